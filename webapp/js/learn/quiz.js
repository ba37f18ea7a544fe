// The check of understanding: the questions of a chapter (README, "Adding a question"), each a
// <section class="quiz" id="quiz-SLUG-N"> of the body, answered in the page. Every course page loads this
// module (page.html); it adds to each question its label, its Check button and its verdict line, built from
// the words of template#quiz-words, so a chapter's markup holds only the question, its options and why each is
// right or wrong. The builder (QuizMarkup) has already refused a question that could not be marked.
//
// Multiple choice (data-answer="X"): Check shows why the chosen option is right or wrong; once it is right,
// why every option is. A number (data-tolerance="T"): its exact value and the numbers its words show come from
// the core, in the chapter's script, through numberQuestion(); until then Check is disabled. Enter in an
// answer checks it, like the button. Answers right are kept by progress.js.

import { answeredRight, keepAnsweredRight } from './progress.js';

/** Exact values of the number questions, by question id, as the chapters' scripts computed them with the core. */
const exactValues = new Map();

/**
 * Gives number question `id` its exact value, `answer` (computed by the core), and fills its words' numbers:
 * for each name of `values`, every element data-value="name" of the question (in its text, its working, its
 * hint) shows that text. Formatting is the caller's, since it knows how many decimals a number deserves.
 * @throws Error if the question is not a number question of this page or a number of its words is left unfilled
 */
export function numberQuestion(id, { answer, values = {} }) {
  const section = document.getElementById(id);
  if (!section?.matches('section.quiz[data-tolerance]')) throw new Error(`#${id} is not a number question of this page`);
  if (!Number.isFinite(answer)) throw new Error(`question ${id}: its answer ${answer} is not a number`);
  for (const slot of section.querySelectorAll('[data-value]')) {
    if (!(slot.dataset.value in values)) throw new Error(`question ${id} shows data-value="${slot.dataset.value}", which its script does not give`);
    slot.textContent = values[slot.dataset.value];
  }
  exactValues.set(id, answer);
  section.querySelector('.quiz-check').disabled = false;
}

/**
 * A number as a reader types it, or NaN: "0.73", ".73", "0,73" (a decimal comma), "−1.5" (a real minus),
 * "101,770" or "101 770" (thousands), "7.3e-1". A comma followed by groups of exactly three digits is read as
 * a thousands separator; any other single comma as the decimal point.
 */
export function readNumber(text) {
  let number = text.trim().replace(/[\s_\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (/^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/.test(number)) {
    number = number.replaceAll(',', '');
  } else if (/^[^,.]*,[^,.]*$/.test(number)) {
    number = number.replace(',', '.');
  }
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(number) ? Number(number) : NaN;
}

function words() {
  const template = document.getElementById('quiz-words');
  if (!template) throw new Error('this page has no template#quiz-words (page.html, part chapter-main)');
  return template.content;
}

function setUp(section, words) {
  const number = section.querySelector('.quiz-number');
  section.prepend(words.querySelector('.quiz-label').cloneNode(true));
  const actions = words.querySelector('.quiz-actions').cloneNode(true);
  section.querySelector('.quiz-why').before(actions);
  const check = actions.querySelector('.quiz-check');
  if (number) {
    const tolerance = words.querySelector('.quiz-tolerance').cloneNode(true);
    tolerance.querySelector('.quiz-tolerance-value').textContent = section.dataset.tolerance;
    number.after(tolerance);
    check.disabled = !exactValues.has(section.id);
  }
  check.addEventListener('click', () => mark(section, words));
  section.addEventListener('keydown', event => {
    if (event.key === 'Enter' && event.target.matches('input')) {
      event.preventDefault();
      if (!check.disabled) mark(section, words);
    }
  });
  if (answeredRight(section.id)) {
    section.classList.add('answered');
    say(section, words, 'before');
  }
}

/** Checks the reader's answer and shows the verdict and the explanations it calls for. */
function mark(section, words) {
  for (const why of section.querySelectorAll('.quiz-why')) why.classList.remove('shown');
  for (const label of section.querySelectorAll('label')) label.classList.remove('right', 'wrong');
  const right = section.dataset.answer === undefined ? markNumber(section, words) : markChoice(section, words);
  if (right === undefined) return;
  section.dataset.result = right ? 'right' : 'wrong';
  say(section, words, right ? 'right' : 'wrong');
  if (right) {
    section.classList.add('answered');
    keepAnsweredRight(section.id);
  }
}

/** true, false, or undefined (nothing chosen: the verdict asks for a choice). */
function markChoice(section, words) {
  const chosen = section.querySelector('input[type="radio"]:checked');
  if (!chosen) {
    say(section, words, 'choose');
    return undefined;
  }
  const right = chosen.value === section.dataset.answer;
  for (const option of section.querySelectorAll('input[type="radio"]')) {
    if (!right && option !== chosen) continue;   // a wrong choice shows only its own why: the others stay to try
    option.closest('label').classList.add(option.value === section.dataset.answer ? 'right' : 'wrong');
    section.querySelector(`.quiz-why[data-option="${option.value}"]`).classList.add('shown');
  }
  return right;
}

function markNumber(section, words) {
  const typed = section.querySelector('.quiz-number').value;
  const value = readNumber(typed);
  if (Number.isNaN(value)) {
    say(section, words, typed.trim() === '' ? 'empty' : 'unreadable');
    return undefined;
  }
  const exact = exactValues.get(section.id);
  const right = Math.abs(value - exact) <= Number(section.dataset.tolerance) * (1 + 1e-9);
  section.querySelector(`.quiz-why[data-option="${right ? 'right' : 'wrong'}"]`).classList.add('shown');
  return right;
}

function say(section, words, verdict) {
  const line = section.querySelector('.quiz-verdict');
  line.textContent = words.querySelector(`[data-verdict="${verdict}"]`).textContent;
  line.dataset.verdict = verdict;
}

const questions = document.querySelectorAll('section.quiz');
if (questions.length > 0) {
  const chapterWords = words();
  for (const section of questions) setUp(section, chapterWords);
}

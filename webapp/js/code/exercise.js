// An exercise page of "code it yourself" (learn/code/SLUG.html): the editor with the learner's code (kept in
// this browser on every change), Run (the function on the first example, and what it logged), Check (every
// case against the Java core, with a hint when the answers are those of a known mistake), Show me (the
// reference beside the core's Java) and Reset. The learner's code only ever runs in the sandbox (runner.js).
import { startChapter } from '../learn/core.js';
import { Sandbox } from './runner.js';
import { createEditor } from './editor.js';
import { stepAndEarlier, mistaken } from './steps/index.js';
import { generator } from './cases.js';
import { verdict, show, hasNonFinite, TOLERANCE } from './check.js';
import { earlierSources, mistakeVariants, sourceName, runsReference } from './sources.js';
import { say, sayText } from './words.js';
import { errorMessage } from './errors.js';
import * as progress from './progress.js';

const section = document.getElementById('exercise');
const { step, earlier } = stepAndEarlier(section.dataset.step);
const sandbox = new Sandbox();
const result = document.getElementById('result');

/** The same cases on every visit: the seed is the step's place in the track. */
const casesOf = () => step.cases(generator(1 + earlier.length));

startChapter(async java => {
  const textarea = document.getElementById('editor');
  textarea.value = progress.code(step.id) ?? step.starter;
  const editor = await createEditor(textarea);
  editor.onChange(text => {
    progress.saveCode(step.id, text);
    document.getElementById('storage-note').hidden = progress.kept();
  });
  document.getElementById('reference').textContent = step.reference;
  showEarlier();

  document.getElementById('run').addEventListener('click', () => run(editor));
  document.getElementById('check').addEventListener('click', () => check(editor, java));
  document.getElementById('show-me').addEventListener('click', event => {
    const solution = document.getElementById('solution');
    solution.hidden = !solution.hidden;
    event.currentTarget.setAttribute('aria-expanded', String(!solution.hidden));
    event.currentTarget.textContent = solution.hidden ? event.currentTarget.dataset.label : sayText('show-me.hide');
  });
  document.getElementById('show-me').dataset.label = document.getElementById('show-me').textContent;
  document.getElementById('reset').addEventListener('click', () => {
    if (!confirm(sayText('reset.confirm'))) return;
    editor.setValue(step.starter);
    progress.forgetCode(step.id);
    progress.savePassed(step.id, false);
    result.replaceChildren();
    editor.markLine(null);
  });
  section.dataset.ready = 'true';
});

/** The earlier steps this one calls, each with its state and a switch to the reference. */
function showEarlier() {
  const list = document.getElementById('earlier-list');
  document.getElementById('earlier').hidden = earlier.length === 0;
  earlier.forEach((before, k) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${before.id}.html`;
    link.append(say('earlier.step', { number: k + 1 }));
    const state = document.createElement('span');
    state.className = progress.passed(before.id) ? 'passed' : 'not-passed';
    state.append(say(progress.passed(before.id) ? 'earlier.passed' : 'earlier.not-passed'));
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.dataset.step = before.id;
    box.checked = runsReference(before);
    box.disabled = progress.code(before.id) === null;   // nothing of the learner's to run instead
    box.addEventListener('change', () => progress.saveUsesReference(before.id, box.checked));
    label.append(box, ' ', say('earlier.use-reference'));
    item.append(link, ' ', state, ' ', label);
    list.append(item);
  });
}

/** The sandbox's answer to an error, shown in the result area; the learner's line is marked in the editor. */
function showError(error, editor) {
  const own = error.kind === 'exception' && (error.source ?? sourceName(step)) === sourceName(step);
  editor.markLine(own && error.line ? error.line : null);
  result.replaceChildren(paragraph(errorMessage(error, sourceName(step)), 'fail'));
  result.dataset.outcome = error.kind;
  result.dataset.hint = '';
}

async function run(editor) {
  result.replaceChildren(paragraph(say('check.running')));
  const answer = await sandbox.run({ sources: earlierSources(earlier), variants: [learnerVariant(editor)],
                                     harness: step.harness, cases: casesOf().slice(0, 1) });
  if (answer.error) return answer.error.kind === 'replaced' ? undefined : showError(answer.error, editor);
  editor.markLine(null);
  const parts = [paragraph(say('run.output')), block(show(answer.outputs[0][0], 2000))];
  if (answer.logs.length) parts.push(paragraph(say('run.logs')), block(answer.logs.join('\n')));
  result.replaceChildren(...parts);
  result.dataset.outcome = 'ran';
}

async function check(editor, java) {
  result.replaceChildren(paragraph(say('check.running')));
  const cases = casesOf();
  const expected = cases.map(input => step.expected(java, input));
  const answer = await sandbox.run({ sources: earlierSources(earlier), variants: [learnerVariant(editor), ...mistakeVariants(step, mistaken)],
                                     harness: step.harness, cases });
  if (answer.error && !answer.outputs) return answer.error.kind === 'replaced' ? undefined : showError(answer.error, editor);
  editor.markLine(null);
  const [actual, ...mistakeOutputs] = answer.outputs;
  const mistakes = Object.fromEntries(Object.keys(step.mistakes).map((key, k) => [key, mistakeOutputs[k]]));
  const outcome = verdict(expected, actual, mistakes);
  progress.savePassed(step.id, outcome.pass);
  if (answer.error) {   // it threw on some inputs: the error first, and the mistake its other answers show
    showError(answer.error, editor);
    if (outcome.hint) result.append(paragraph(say(`hint.${outcome.hint}`), 'hint', outcome.hint));
    result.dataset.hint = outcome.hint ?? '';
    return;
  }
  const number = value => Number.isFinite(value) ? value.toExponential(2) : String(value);
  if (outcome.pass) {
    result.replaceChildren(paragraph(say('check.pass', { cases: outcome.cases, largest: number(outcome.largest), tolerance: TOLERANCE }), 'pass'));
  } else {
    const k = outcome.first.index;
    // A difference of shape has no size: it is said as such, without numbers.
    const parts = [outcome.first.shape
      ? paragraph(say('check.fail-shape', { case: k + 1, cases: outcome.cases }), 'fail')
      : paragraph(say('check.fail', { case: k + 1, cases: outcome.cases, difference: number(outcome.first.difference),
                                      tolerance: TOLERANCE, largest: number(outcome.largest) }), 'fail')];
    if (outcome.hint) parts.push(paragraph(say(`hint.${outcome.hint}`), 'hint', outcome.hint));
    else if (outcome.first.shape) parts.push(paragraph(say('check.shape'), 'hint'));
    else if (hasNonFinite(actual[k]) && !hasNonFinite(expected[k])) parts.push(paragraph(say('check.not-finite'), 'hint'));
    parts.push(paragraph(say('check.input')), block(show(cases[k])),
               paragraph(say('check.expected')), block(show(expected[k])),
               paragraph(say('check.actual')), block(show(actual[k])));
    result.replaceChildren(...parts);
  }
  result.dataset.outcome = outcome.pass ? 'pass' : 'fail';
  result.dataset.hint = outcome.hint ?? '';
}

const learnerVariant = editor => ({ name: sourceName(step), text: editor.value() });

function paragraph(content, className = '', hint = '') {
  const p = document.createElement('p');
  if (className) p.className = className;
  if (hint) p.dataset.hint = hint;
  p.append(content);
  return p;
}

function block(text) {
  const pre = document.createElement('pre');
  pre.textContent = text;
  return pre;
}

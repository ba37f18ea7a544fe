// Judging a classifier: a network the site ships runs over MNIST's 10,000 test images in the page, a few
// hundred at a time (ClassifierJudge, through the core), and this page shows its confusion matrix, precision
// and recall, the most confident mistakes, a reliability chart, and its answer to a noise image.

import { byId, el } from '../dom.js';
import { paintGrey } from '../images.js';
import { startChapter, fmt } from './core.js';
import { coreMessage } from '../core-words.js';
import { frame, drawAxes } from './plot.js';
import { words } from './words.js';
import { number, count, t, problemText } from '../i18n.js';
import { numberQuestion } from './quiz.js';
import { fetchBundledModel } from '../bundled-models.js';
import { downloadDataset } from '../dataset-download.js';
import { confusionTable } from '../components/evaluation.js';

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const SIDE = 28;
const PER_SLICE = 500;   // test images per call: well under 50 ms, so the page stays responsive
const MB = 1024 * 1024;

startChapter(async (java, schema) => {
  const status = byId('judge-status');
  const retry = byId('judge-retry');
  const noise = byId('noise-next');
  const modelChoice = byId('judge-model');
  let noiseSeed = 1;
  let judging = 0;        // which judgement is current: a new choice makes the slices of an older one stop
  let testImages = null;  // MNIST's test images on their way into the core (a promise), forgotten if that fails
  let judged = null;      // the model in the core (its judgement shown, or on its way), null before the first
  let wanted = null;      // the model the reader chose last: what a retry judges

  /**
   * Judges model `name` and shows it. A failed download (of the test images or the model) or a file the core
   * refuses leaves what the page shows as it was, says what went wrong and offers a retry.
   */
  async function judge(name) {
    const run = ++judging;
    wanted = name;
    retry.hidden = true;
    status.classList.remove('error');
    try {
      testImages ??= loadTestImages(java, schema, status).catch(error => {
        testImages = null;   // so that a retry downloads them again
        throw error;
      });
      await testImages;
      if (run !== judging) return;
      const { bytes, error } = await fetchBundledModel(name);
      if (run !== judging) return;
      const problem = error ? t('files.downloadFailed', { file: `models/${name}.snn`, problem: error })
        : coreMessage(java.lessonJudgeModel(new Int8Array(bytes.buffer)));
      if (problem) throw new Error(problem);
      judged = name;
      modelChoice.value = name;   // a retry's model may not be the one the chooser names
      noise.disabled = false;
      showNoise();
      const total = java.lessonJudgeTestSize();
      for (let done = 0; done < total;) {
        if (run !== judging) return;
        done = java.lessonJudgeSome(PER_SLICE);
        status.textContent = words('judge-words-judging', { done: number(done), total: number(total) });
        await new Promise(resolve => setTimeout(resolve));   // let the page draw and answer between slices
      }
      if (run !== judging) return;
      show(JSON.parse(java.lessonJudgeReport()));
      status.textContent = words('judge-words-done', { total: count(total) });   // Chinese: 全部 1 万张
    } catch (error) {
      if (run !== judging) return;
      status.textContent = words('judge-words-failed', { problem: problemText(error) });
      status.classList.add('error');
      retry.hidden = false;
      if (judged) modelChoice.value = judged;   // the chooser names the network whose judgement is shown
    }
  }

  function show(report) {
    byId('judge-accuracy').textContent = `${fmt(100 * report.accuracy, 2)}%`;
    byId('judge-accuracy').dataset.value = String(report.accuracy);
    byId('judge-confusion').replaceChildren(confusionTable(report.confusion, DIGITS, {
      corner: words('judge-words-corner'),
      caption: words('judge-words-caption'),
      cell: (count, truth, predicted) => words('judge-words-cell', { count, truth, predicted }),
    }));
    showClasses(report);
    showMistakes(report.mistakes);
    showReliability(report);
    askPrecision(report);
  }

  /** The number question, on the digit with the lowest precision: its column of the matrix, its precision from Java. */
  function askPrecision({ precision, confusion }) {
    const known = precision.map(p => p ?? Infinity);   // null: a digit never answered, no precision
    const digit = known.indexOf(Math.min(...known));
    const answered = confusion.reduce((sum, row) => sum + row[digit], 0);
    numberQuestion('quiz-judging-1', {
      answer: precision[digit],
      values: { digit: DIGITS[digit], answered: number(answered), right: number(confusion[digit][digit]),
        precision: fmt(precision[digit], 4) },
    });
  }

  function showClasses({ precision, recall, confusion }) {
    const head = el('tr', {}, ...['class', 'precision', 'recall', 'images'].map(name => el('th', { scope: 'col' }, words('judge-head-' + name))));
    byId('judge-classes').replaceChildren(head, ...DIGITS.map((digit, k) => el('tr', {},
      el('th', { scope: 'row' }, digit),
      el('td', { 'data-value': String(precision[k]) }, percent(precision[k])),
      el('td', { 'data-value': String(recall[k]) }, percent(recall[k])),
      el('td', {}, number(confusion[k].reduce((a, b) => a + b, 0))))));
  }

  function showMistakes({ index, label, predicted, confidence }) {
    byId('judge-mistakes').replaceChildren(...index.map((image, k) => {
      const canvas = el('canvas', { width: SIDE, height: SIDE, class: 'pixelated', 'aria-hidden': 'true' });
      paintGrey(canvas, Array.from(java.lessonJudgeImage(image), v => (v & 255) / 255), SIDE, SIDE);
      return el('figure', { class: 'miss', 'data-index': String(image) }, canvas,
        el('figcaption', {}, el('span', { class: 'truth' }, String(label[k])), ' → ',
          el('span', { class: 'wrong' }, String(predicted[k])), el('br'), `${fmt(100 * confidence[k], 2)}%`));
    }));
  }

  function showReliability({ binConfidence, binAccuracy, binCount }) {
    const bins = binCount.length;
    const plot = frame(byId('judge-reliability'), { xMin: 0, xMax: 1, yMin: 0, yMax: 1, margin: 36 });
    const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
    drawAxes(plot, { xTicks: ticks, yTicks: ticks });
    const c = plot.context;
    binAccuracy.forEach((right, b) => {
      if (right === null) return;   // an empty bin
      c.fillStyle = '#58a6ff';
      c.fillRect(plot.x(b / bins) + 2, plot.y(right), plot.x(1 / bins) - plot.x(0) - 4, plot.y(0) - plot.y(right));
    });
    c.strokeStyle = '#f0883e';
    c.lineWidth = 2;
    c.setLineDash([6, 4]);
    c.beginPath();
    c.moveTo(plot.x(0), plot.y(0));
    c.lineTo(plot.x(1), plot.y(1));
    c.stroke();
    c.setLineDash([]);
    const head = el('tr', {}, ...['bin', 'images', 'confidence', 'right'].map(name => el('th', { scope: 'col' }, words('judge-head-' + name))));
    const rows = binCount.map((count, b) => ({ count, b })).filter(({ count }) => count > 0).reverse()
      .map(({ count, b }) => el('tr', {}, el('th', { scope: 'row' }, `${fmt(b / bins, 1)}–${fmt((b + 1) / bins, 1)}`),
        el('td', {}, number(count)), el('td', {}, percent(binConfidence[b])), el('td', {}, percent(binAccuracy[b]))));
    byId('judge-bins').replaceChildren(head, ...rows);
  }

  function showNoise() {
    const result = java.lessonJudgeNoise(noiseSeed);
    const pixels = result.slice(0, SIDE * SIDE);
    const probabilities = Array.from(result.slice(SIDE * SIDE));
    paintGrey(byId('noise-image'), Array.from(pixels), SIDE, SIDE);
    const best = probabilities.indexOf(Math.max(...probabilities));
    byId('noise-digit').textContent = DIGITS[best];
    byId('noise-confidence').textContent = `${fmt(100 * probabilities[best], 2)}%`;
    byId('noise-confidence').dataset.value = String(probabilities[best]);
    const head = el('tr', {}, el('th', { scope: 'col' }, words('noise-head-digit')), ...DIGITS.map(d => el('th', { scope: 'col' }, d)));
    const row = el('tr', {}, el('th', { scope: 'row' }, words('noise-head-probability')),
      ...probabilities.map(p => el('td', {}, fmt(p, 3))));
    byId('noise-probabilities').replaceChildren(head, row);
  }

  noise.addEventListener('click', () => {
    noiseSeed++;
    showNoise();
  });
  modelChoice.addEventListener('change', () => judge(modelChoice.value));
  retry.addEventListener('click', () => judge(wanted));
  await judge(modelChoice.value);
});

/** Downloads MNIST's test images and labels (not the training set: nothing trains here) into the core. */
async function loadTestImages(java, schema, status) {
  const mnist = schema.datasets.find(dataset => dataset.id === 'mnist');
  const { checksums, files } = await downloadDataset({ ...mnist, files: mnist.files.slice(2) }, (loaded, total) => {
    status.textContent = words('judge-words-download', { loaded: fmt(loaded / MB, 1), total: fmt(total / MB, 1) });
  });
  const problem = coreMessage(java.lessonJudgeTest(checksums, ...files.map(buffer => new Int8Array(buffer))));
  if (problem) throw new Error(problem);
}

function percent(value) {
  return value === null || Number.isNaN(value) ? '–' : `${fmt(100 * value, 1)}%`;
}

// The capstone (learn/code/mnist.html): the learner's own functions, and nothing of the core, train on MNIST
// in the sandbox's worker. The page downloads the dataset (dataset-download.js, checked against its SHA-256
// list), unzips it and hands the bytes over (transferred, not copied); the worker reports the loss every few
// hundred images for the live chart, its progress through the test images, and each epoch's test accuracy.
import { loadCore } from '../core-loader.js';
import { downloadDataset } from '../dataset-download.js';
import { createCharts } from '../components/charts.js';
import { Sandbox } from './runner.js';
import { STEPS } from './steps/index.js';
import { earlierSources, sourceName } from './sources.js';
import * as progress from './progress.js';
import { say, sayText } from './words.js';
import { errorMessage } from './errors.js';
import { number, problemText } from '../i18n.js';

/** MNIST's image side: 28 x 28 pixels, one byte each. */
const PIXELS = 28 * 28;
/**
 * The worker reports the mean loss once the batches since its last report hold this many images (10 batches
 * of 32; every batch from 320 images up): often enough for a smooth curve, rarely enough to stay cheap at a
 * batch of 1, and each batch of a large one, whose batches take seconds.
 */
const REPORT_IMAGES = 320;
/**
 * Training may go this long without a sign of life before the worker is taken for stuck. At the largest settings
 * (512 hidden neurons, batches of 1,000) a batch of the reference solutions took 3-9 s in Chromium on a 2-core
 * machine under a load average of 10-15, and a learner's code may be slower, so a batch is too coarse a sign:
 * each dense layer's pass is one too (SIGN_OF_LIFE_MS). The longest silence measured there was then 2-6 s.
 */
const TRAINING_TIMEOUT_MS = 20000;
/** A dense layer's pass (denseForward, denseBackward) tells the page the worker lives, at most this often. */
const SIGN_OF_LIFE_MS = 1000;
/** The test images go through the learner's predict this many at a time, each slice reported. */
const TEST_SLICE = 1000;
/** The seed of the network's first weights and of the shuffling: the same settings train the same network. */
const SEED = 1;

const UPLOT_STYLE = new URL('../../vendor/uplot/dist/uPlot.min.css', import.meta.url).href;

const status = document.getElementById('train-status');
const trainButton = document.getElementById('train');
const stopButton = document.getElementById('stop');
const sandbox = new Sandbox();
let charts = null;
let dataset = null;   // the downloaded .gz files, kept for the next run

/**
 * What runs in the worker, after every step's code: a network of the chosen size with small random weights,
 * then epochs of the learner's trainEpoch over a fresh shuffle, each followed by the learner's predict on the
 * test images. It reports { epoch, batch, batches, loss }, { epoch, tested, total } and { epoch, accuracy },
 * and { alive: true } when a dense layer's pass ends a second or more after the last report.
 */
function train({ trainImages, trainLabels, testImages, testLabels, settings }, report) {
  const { hidden, learningRate, batchSize, epochs, count, seed, pixels, reportImages, signOfLifeMs, testSlice } = settings;
  let lastReport = performance.now();
  const tell = value => {
    lastReport = performance.now();
    report(value);
  };
  // The earlier steps' dense layers, as the learner's trainEpoch and predict call them, each followed by a sign
  // of life when the last report is long enough ago; a name the learner's code does not define is left alone.
  for (const name of ['denseForward', 'denseBackward']) {
    const layer = self[name];
    if (typeof layer !== 'function') continue;
    self[name] = (...inputs) => {
      const output = layer(...inputs);
      if (performance.now() - lastReport >= signOfLifeMs) tell({ alive: true });
      return output;
    };
  }
  const rows = (bytes, n) => {
    const all = new Float32Array(n * pixels);
    for (let k = 0; k < all.length; k++) all[k] = bytes[k] / 255;
    return Array.from({ length: n }, (_, k) => all.subarray(k * pixels, (k + 1) * pixels));
  };
  const images = rows(trainImages, count);
  const labels = Array.from(trainLabels.subarray(0, count));
  const test = rows(testImages, testLabels.length);
  let state = seed >>> 0;   // mulberry32, as js/code/cases.js
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Weights of a normal spread 1/sqrt(inputs) (LeCun's choice, which suits the sigmoid), biases 0.
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const weights = (inputs, outputs) => Array.from({ length: inputs }, () =>
    Array.from({ length: outputs }, () => gaussian() / Math.sqrt(inputs)));
  const network = { W1: weights(pixels, hidden), b1: new Array(hidden).fill(0), W2: weights(hidden, 10), b2: new Array(10).fill(0) };
  const batches = Math.ceil(count / batchSize);
  let accuracy = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = Array.from({ length: count }, (_, k) => k);
    for (let k = count - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let batch = 0;
    let sum = 0;        // of the losses since the last report
    let summed = 0;     // how many batches that is
    trainEpoch(network, images, labels, order, batchSize, learningRate, loss => {
      batch++;
      sum += loss;
      summed++;
      if (summed * batchSize >= reportImages || batch === batches) {
        tell({ epoch, batch, batches, loss: sum / summed });
        sum = 0;
        summed = 0;
      }
    });
    let right = 0;
    for (let start = 0; start < test.length; start += testSlice) {
      const answers = predict(network, test.slice(start, start + testSlice));
      answers.forEach((answer, k) => { if (answer === testLabels[start + k]) right++; });
      tell({ epoch, tested: Math.min(start + testSlice, test.length), total: test.length });
    }
    accuracy = right / test.length;
    tell({ epoch, accuracy });
  }
  return { accuracy };
}

async function gunzip(buffer) {
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Each .gz file checked against the dataset's SHA-256 list, then unzipped and stripped of its IDX header. */
async function decode({ checksums, files }, names) {
  const expected = new Map(checksums.trim().split('\n').map(line => line.trim().split(/\s+/).reverse()));
  return Promise.all(files.map(async (buffer, k) => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
    const hex = Array.from(digest, byte => byte.toString(16).padStart(2, '0')).join('');
    if (expected.get(names[k]) !== hex) {
      throw new Error(sayText('train.checksum', { file: names[k], found: hex, expected: expected.get(names[k]) }));
    }
    const bytes = await gunzip(buffer);
    return bytes.subarray(names[k].includes('images') ? 16 : 8);
  }));
}

/** The settings as typed, or null (and the fields marked) when one is out of its range. */
function readSettings() {
  const fields = { hidden: 'hidden-size', learningRate: 'learning-rate', batchSize: 'batch-size', epochs: 'epochs', count: 'train-images' };
  const settings = {};
  let valid = true;
  for (const [name, id] of Object.entries(fields)) {
    const input = document.getElementById(id);
    const value = Number(input.value);
    const ok = input.value.trim() !== '' && Number.isFinite(value) && value >= Number(input.min) && value <= Number(input.max)
      && (name === 'learningRate' || Number.isInteger(value));
    if (ok) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    valid &&= ok;
    settings[name] = value;
  }
  return valid ? settings : null;
}

async function start() {
  const settings = readSettings();
  if (!settings) {
    status.replaceChildren(say('train.bad-setting'));
    return;
  }
  trainButton.disabled = true;
  stopButton.disabled = false;
  delete status.dataset.outcome;
  const started = performance.now();
  try {
    const { java } = await loadCore();
    const mnist = JSON.parse(java.settingsSchema()).datasets.find(entry => entry.id === 'mnist');
    dataset ??= await downloadDataset(mnist, (loaded, total) =>
      status.replaceChildren(say('train.downloading', { percent: Math.floor(100 * loaded / Math.max(total, 1)) })));
    status.replaceChildren(say('train.preparing'));
    const [trainImages, trainLabels, testImages, testLabels] = await decode(dataset, mnist.files);
    charts ??= await createCharts({ lossHost: document.getElementById('loss-chart'), accuracyHost: document.getElementById('accuracy-chart') });
    charts.clear();
    const input = { trainImages, trainLabels, testImages, testLabels,
                    settings: { ...settings, seed: SEED, pixels: PIXELS, reportImages: REPORT_IMAGES,
                                signOfLifeMs: SIGN_OF_LIFE_MS, testSlice: TEST_SLICE } };
    const capstone = STEPS[STEPS.length - 1];
    const answer = await sandbox.run({
      sources: earlierSources(STEPS.slice(0, -1)),
      variants: [{ name: sourceName(capstone), text: progress.code(capstone.id) ?? capstone.reference }],
      harness: train, cases: [input], timeout: TRAINING_TIMEOUT_MS,
      transfer: [trainImages.buffer, trainLabels.buffer, testImages.buffer, testLabels.buffer],
      onProgress: report => show(report, settings),
    });
    if (answer.error?.kind === 'replaced') {
      status.replaceChildren(say('train.stopped'));
    } else if (answer.error?.kind === 'timeout') {
      status.replaceChildren(say('train.timeout', { seconds: answer.error.seconds, hidden: settings.hidden,
                                                    batch: settings.batchSize }));
      status.dataset.outcome = 'timeout';
    } else if (answer.error) {
      status.replaceChildren(errorMessage(answer.error, sourceName(capstone)));
      status.dataset.outcome = 'error';
    } else {
      const accuracy = answer.outputs[0][0].accuracy;
      status.replaceChildren(say('train.done', { accuracy: (100 * accuracy).toFixed(2), seconds: Math.round((performance.now() - started) / 1000) }));
      status.dataset.outcome = 'done';
      status.dataset.accuracy = String(accuracy);
    }
  } catch (error) {
    status.replaceChildren(say('train.failed', { message: problemText(error) }));
    status.dataset.outcome = 'error';
  } finally {
    trainButton.disabled = false;
    stopButton.disabled = true;
  }
}

function show(report, settings) {
  if (report.loss !== undefined) {
    charts.addBatch({ epoch: report.epoch, batch: report.batch, batchesPerEpoch: report.batches, loss: report.loss });
    status.replaceChildren(say('train.progress', { epoch: report.epoch, epochs: settings.epochs, batch: report.batch,
                                                   batches: report.batches, loss: report.loss.toFixed(3) }));
  } else if (report.tested !== undefined) {
    status.replaceChildren(say('train.testing', { epoch: report.epoch, tested: number(report.tested),
                                                  total: number(report.total) }));
  } else if (report.accuracy !== undefined) {
    charts.addEvaluation({ epoch: report.epoch, testAccuracy: report.accuracy, trainAccuracy: NaN });
    status.replaceChildren(say('train.epoch-done', { epoch: report.epoch, accuracy: (100 * report.accuracy).toFixed(2) }));
  }
}

// The page's chrome puts a step's body before its exercise; training comes after writing predict, so it moves below.
document.getElementById('exercise').after(document.getElementById('capstone'));
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = UPLOT_STYLE;
document.head.append(style);
trainButton.addEventListener('click', start);
// Stopping is starting nothing: a new run replaces the old, and an empty one ends at once.
stopButton.addEventListener('click', () => sandbox.run({ variants: [{ name: 'stop.js', text: '' }], harness: () => null, cases: [] }));

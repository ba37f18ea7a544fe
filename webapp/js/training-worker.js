// The training worker. The Java trainer (core/scratchnet.wasm, or core/scratchnet.js where the browser has
// no WebAssembly GC) runs here, off the main thread, so the page keeps drawing and predicting while it trains.
//
// It trains in short slices: a few mini-batches, then back to the event loop, so that 'pause', 'step' or new
// settings from the page are handled within a few tens of milliseconds. The evaluation after each epoch
// (10,000 test images, seconds for a conv net) runs in slices too: the core says when one is due, and no
// batch trains until it is done. The page talks to it only through
// engine.js; messages in are {cmd, ...}, messages out are the engine's events (see engine.js).
//
// A classic worker script (not a module) because importScripts is how both TeaVM outputs load in a worker.
// Written without async/await and spread syntax so that HtmlUnit's JS engine, which the tests of the JS
// build use, can run it too.
'use strict';

const SLICE_MS = 40;          // how long one slice of training or evaluation may hold the worker
const BATCH_EVENT_MS = 100;   // 'batch' events at most ~10 per second: the page redraws on each
const SNAPSHOT_MS = 500;      // weights to the page ~2 per second: a model file is a few hundred kB

// Read before any importScripts: in HtmlUnit (the tests of the JS build) self.location then changes.
const coreKind = /[?&]core=js\b/.test(self.location.search) ? 'js' : 'wasm';

// '../js/' rather than '': HtmlUnit also resolves importScripts against the page, not the worker script;
// from a page in any folder next to js/ this path finds the same files.
importScripts('../js/worker-core.js', '../js/slice-scheduler.js');

let state = 'idle';           // 'idle' | 'training' | 'paused' | 'done' (the page adds 'loading')
let datasetId = null;
let generation = 0;           // of the page's model this worker trains: the latest adoptModel's or reset's
let batchesPerSlice = 1;      // adapted so that one slice takes about SLICE_MS
let imagesPerSlice = 1;       // the same for evaluation (the core rounds it up to a whole batch of images)
let stepping = false;         // a Step under way while paused: the evaluation due, its batch, the one that makes due
let stepBatchLeft = false;    // the Step's batch is still to train
let pending = { samples: 0, millis: 0, lossSum: 0, batches: 0 };   // since the last 'batch' event
let lastBatchEvent = 0;
let lastSnapshot = 0;

let java = null;              // the core's exported functions, once loaded
const waiting = [];           // messages that arrived while the WasmGC core was still loading

self.onmessage = event => {
  if (java) handleSafely(event.data);
  else waiting.push(event.data);
};

// The JS build loads synchronously. The WasmGC build compiles asynchronously; the messages that arrive
// meanwhile are handled in order once it is ready.
loadWorkerCore('../core/', coreKind, exports => {
  java = exports;
  waiting.splice(0).forEach(handleSafely);
}, words => post({ type: 'error', words }));

function handleSafely(message) {
  try {
    handle(message);
  } catch (error) {
    post({ type: 'error', message: String(error && error.message || error), problem: error && error.problem });
  }
}

function handle(message) {
  switch (message.cmd) {
    case 'loadDataset': return receiveDataset(message);
    case 'adoptModel': return adopt(message);
    case 'reset': return reset(message);
    case 'train': return train(message.settings);
    case 'pause': return pause();
    case 'resume': return state === 'paused' ? startSlices() : undefined;
    case 'step': return step();
    case 'exportRun': return exportRun();
    case 'importRun': return importRun(message);
    default: throw new Error('unknown command ' + message.cmd);
  }
}

// (Not called loadDataset: the JS build of the core defines a global of that name in this worker.)
function receiveDataset(message) {
  const id = message.id;
  const started = Date.now();
  const bytes = message.files.map(buffer => new Int8Array(buffer));   // Int8Array: TeaVM's fast path for byte[]
  let answer;
  try {
    answer = java.loadDataset(id, message.checksums, bytes[0], bytes[1], bytes[2], bytes[3]);
  } catch (thrown) {   // e.g. out of memory on a small phone: the page must hear that the load failed
    post({ type: 'datasetFailed', id, words: { key: 'files.decodeFailed', values: { problem: String(thrown && thrown.message || thrown) } } });
    return;
  }
  if (answer) {
    post({ type: 'datasetFailed', id, problem: JSON.parse(answer) });
    return;
  }
  datasetId = id;
  setState('idle');   // the page showed 'loading'; a run over the old data cannot continue
  post({ type: 'datasetLoaded', id, decodeMillis: Date.now() - started });
}

// The page's model from now on: weights sent before this belong to an older one (see postSnapshot).
function adopt(message) {
  generation = message.generation;
  throwCoreProblem(java.adoptModel(new Int8Array(message.bytes)));
}

// `settings.spec` is the core's own network spec for the settings (engine.js asks the core for it).
function reset(message) {
  generation = message.generation;
  setState('idle');
  throwCoreProblem(java.resetTraining(message.settings.spec, message.settings.seed));
  postSnapshot();
}

function train(settings) {
  if (settings.dataset !== datasetId) throw new Error(`the dataset '${settings.dataset}' is not loaded`);
  throwCoreProblem(java.startTraining(settings.spec, settings.optimizer, settings.learningRate, settings.weightDecay,
    settings.batchSize, settings.epochs, settings.seed, settings.augment));
  startSlices();
}

function pause() {
  stepping = false;
  if (state !== 'training') return;
  flushBatchEvent();   // the batches since the last event: the page then shows exactly where it stopped
  postSnapshot();      // and the weights they made, before 'paused' (the page saves its model then)
  setState('paused');
}

// One batch, in slices like training: first the rest of an evaluation that is due, then the batch, then the
// evaluation it makes due if it ends an epoch. The state stays 'paused' (or becomes 'done').
function step() {
  if (state === 'training' || stepping) return;
  if (state === 'done' || state === 'idle') {
    throw new Error('step needs a paused training run: start training, then pause');
  }
  stepping = stepBatchLeft = true;
  scheduleSlice();
}

function stepSlice() {
  if (!stepBatchLeft) {   // trained, and evaluated if it ended an epoch: the Step is over
    stepping = false;
    return;
  }
  stepBatchLeft = false;
  const result = runBatches(1);
  if (!result) return;   // diverged: runBatches reported it and sent the restored weights
  flushBatchEvent();
  postSnapshot();
  scheduleSlice();
}

// The run so far, for the page to keep across a reload. The batches since the last 'batch' event go out
// first, so the charts the page stores with it end exactly where the run does.
function exportRun() {
  flushBatchEvent();
  const run = java.exportRun();
  const bytes = run ? new Uint8Array(run) : null;
  post({ type: 'runState', bytes }, bytes ? [bytes.buffer] : []);
}

// A run kept by the page: training goes on from exactly where it stopped (its dataset is loaded by now).
function importRun(message) {
  const answer = java.importRun(new Int8Array(message.bytes));
  if (answer) {
    post({ type: 'runRestored', problem: JSON.parse(answer) });
    return;
  }
  post({ type: 'runRestored', problem: null });
  setState(java.runDone() ? 'done' : 'paused');
}

// Any change of state ends a Step under way (a pause, a reset, a blow-up, the run's end).
function setState(next) {
  stepping = false;
  state = next;
  post({ type: 'state', state });
}

const scheduleSlice = createSliceScheduler(runSlice, coreKind === 'wasm');

function startSlices() {
  setState('training');
  scheduleSlice();
}

function runSlice() {
  if (state !== 'training' && !stepping) return;
  try {
    if (java.evaluationDue()) evaluateSlice();
    else if (stepping) stepSlice();
    else trainSlice();
  } catch (error) {   // not a message handler, so nothing else would tell the page
    setState('paused');
    post({ type: 'error', message: String(error && error.message || error) });
  }
}

function trainSlice() {
  const result = runBatches(batchesPerSlice);
  if (!result) return;   // diverged: runBatches paused and reported it
  const now = Date.now();
  if (now - lastBatchEvent >= BATCH_EVENT_MS || result.epochEnded || result.done) flushBatchEvent();
  if (now - lastSnapshot >= SNAPSHOT_MS || result.epochEnded || result.done) postSnapshot();
  scheduleSlice();   // an epoch's end made its evaluation due: the next slices run it
}

// Evaluates about SLICE_MS worth of test images; at the end, the report goes to the page, and the run is
// done if that was its last epoch.
function evaluateSlice() {
  const started = Date.now();
  const progress = JSON.parse(java.evaluateSome(imagesPerSlice));
  imagesPerSlice = nextSliceSize(progress.images, Date.now() - started, SLICE_MS);
  if (!progress.done) {
    if (Date.now() - lastBatchEvent >= BATCH_EVENT_MS) {
      post({ type: 'evaluating', evaluated: progress.evaluated, total: progress.total });
      lastBatchEvent = Date.now();
    }
    scheduleSlice();
    return;
  }
  postEvaluation();
  if (java.runDone()) setState('done');
  else scheduleSlice();
}

// Trains `count` batches (fewer at an epoch's end) and keeps the numbers for the next 'batch' event.
// Returns the core's report, or null if the loss stopped being a number.
function runBatches(count) {
  const started = Date.now();
  const result = JSON.parse(java.trainBatches(count));
  const millis = Date.now() - started;
  if (result.batches > 0) {
    pending.samples += result.samples;
    pending.millis += millis;
    pending.lossSum += result.loss * result.batches;
    pending.batches += result.batches;
    pending.last = result;
  }
  if (result.diverged) {
    flushBatchEvent();   // the batches before the blow-up, as they were
    postSnapshot();      // the weights put back, before 'paused'
    setState('paused');
    post({ type: 'diverged', epoch: result.epoch, batch: result.batch, batchesPerEpoch: result.batchesPerEpoch,
      loss: result.blowUpLoss, restoredAccuracy: result.restoredAccuracy });
    return null;
  }
  if (result.batches === count && count === batchesPerSlice) {
    batchesPerSlice = nextSliceSize(batchesPerSlice, millis, SLICE_MS);
  }
  return result;
}

function flushBatchEvent() {
  const { last } = pending;
  if (!last || pending.batches === 0) return;
  post({
    type: 'batch',
    epoch: last.epoch,
    batch: last.batch,
    batchesPerEpoch: last.batchesPerEpoch,
    loss: pending.lossSum / pending.batches,
    samplesPerSecond: pending.millis > 0 ? pending.samples * 1000 / pending.millis : 0,
  });
  pending = { samples: 0, millis: 0, lossSum: 0, batches: 0 };
  lastBatchEvent = Date.now();
}

// Tagged with the generation of the model it grew from: the page drops a snapshot that was on its way
// while the visitor imported or reset a model, instead of letting it overwrite that one.
function postSnapshot() {
  const bytes = new Uint8Array(java.snapshotModel());   // a copy we own, so its buffer can be transferred
  post({ type: 'weights', bytes }, [bytes.buffer]);
  lastSnapshot = Date.now();
}

function postEvaluation() {
  const report = JSON.parse(java.evaluation());
  const gallery = new Uint8Array(java.evaluationGallery());
  const size = gallery.length / Math.max(1, report.misclassifiedLabels.length);   // pixels per image
  const misclassified = report.misclassifiedLabels.map((label, k) => ({
    label,
    predicted: report.misclassifiedPredicted[k],
    pixels: gallery.slice(k * size, (k + 1) * size),
  }));
  post({
    type: 'evaluation',
    epoch: report.epoch,
    testLoss: report.testLoss,
    testAccuracy: report.testAccuracy,
    trainAccuracy: report.trainAccuracy,
    confusion: report.confusion,
    misclassified,
    // The weights just evaluated, when they are the best of the run so far: the page may save those.
    best: report.best ? new Uint8Array(java.snapshotModel()) : null,
  });
}

// Every message names the generation of the model it is about: the page drops what an older one sent.
function post(message, transfer) {
  message.generation = generation;
  self.postMessage(message, transfer || []);
}

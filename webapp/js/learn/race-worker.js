// Chapter 9's worker: loads MNIST into the core and races three optimisers (OptimizerRace) in short
// slices, so that the page stays responsive and a pause takes effect at once.
//
// A classic worker (not a module) because importScripts is how both TeaVM outputs load in a worker; the
// dataset download, an ES module shared with the main page's engine, comes in through import().
'use strict';

importScripts('../worker-core.js', '../slice-scheduler.js');

const SLICE_MS = 60;
const MB = 1024 * 1024;

let java = null;
let schedule = null;              // queues the next slice (slice-scheduler.js), once the core is loaded
let dataLoaded = false;
let run = null;                   // the current race: { batchesPerEpoch, evaluateEvery, maxBatches, done, sinceEvaluation, perSlice }
let paused = false;

// WasmGC where the browser has it, else the JS build.
const core = new Promise((resolve, reject) => loadWorkerCore('../../core/', 'wasm', (exports, kind) => {
  java = exports;
  schedule = createSliceScheduler(slice, kind === 'wasm');
  resolve();
}, message => reject(new Error(message))));

self.onmessage = event => {
  core.then(() => handle(event.data)).catch(error => post({ type: 'error', message: String(error && error.message || error) }));
};

async function handle(message) {
  if (message.cmd === 'pause') {
    paused = true;
    return;
  }
  if (message.cmd === 'resume') {
    if (paused && run) {
      paused = false;
      schedule();
    }
    return;
  }
  if (message.cmd !== 'start') throw new Error('unknown command ' + message.cmd);
  if (!dataLoaded) await loadMnist();
  const error = java.lessonRaceReset(message.trainSize, message.seed);
  if (error) throw new Error(error);
  const batchesPerEpoch = java.lessonRaceBatchesPerEpoch();
  run = {
    batchesPerEpoch,
    evaluateEvery: Math.min(batchesPerEpoch, 400),
    maxBatches: message.epochs * batchesPerEpoch,
    done: 0,
    sinceEvaluation: 0,
    perSlice: 1,
  };
  paused = false;
  post({ type: 'started' });
  evaluate();
  schedule();
}

async function loadMnist() {
  const mnist = JSON.parse(java.settingsSchema()).datasets.find(dataset => dataset.id === 'mnist');
  const { downloadDataset } = await import('../dataset-download.js');
  const { checksums, files } = await downloadDataset(mnist, (loaded, total) =>
    post({ type: 'status', text: `Downloading MNIST: ${(loaded / MB).toFixed(1)} of ${(total / MB).toFixed(1)} MB…` }));
  post({ type: 'status', text: 'Checking and unpacking…' });
  const [trainImages, trainLabels, testImages, testLabels] = files.map(buffer => new Int8Array(buffer));
  const error = java.lessonRaceLoad(checksums, trainImages, trainLabels, testImages, testLabels);
  if (error) throw new Error(error);
  dataLoaded = true;
}

// A few batches, as many as fit in SLICE_MS, then back to the event loop. One slice is queued at a time,
// so a new 'start' simply continues with the new race.
function slice() {
  const current = run;
  if (!current || paused) return;
  const count = Math.min(current.perSlice, current.maxBatches - current.done, current.evaluateEvery - current.sinceEvaluation);
  const started = Date.now();
  const result = java.lessonRaceTrain(count);
  const took = Math.max(1, Date.now() - started);
  current.perSlice = nextSliceSize(count, took, SLICE_MS);
  current.done += count;
  current.sinceEvaluation += count;
  post({ type: 'losses', epoch: current.done / current.batchesPerEpoch, losses: Array.from(result.slice(0, 3)) });
  if (current.sinceEvaluation >= current.evaluateEvery || current.done >= current.maxBatches) {
    current.sinceEvaluation = 0;
    evaluate();
  }
  if (current.done >= current.maxBatches) {
    run = null;
    post({ type: 'done' });
    return;
  }
  schedule();
}

function evaluate() {
  post({ type: 'accuracy', epoch: run.done / run.batchesPerEpoch, values: Array.from(java.lessonRaceAccuracies()) });
}

function post(message) {
  self.postMessage(message);
}

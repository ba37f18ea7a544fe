// The course's race worker: loads MNIST into the core and trains several networks side by side in short
// slices, so that the page stays responsive and a pause takes effect at once. Two races, named by the page's
// 'start' message: chapter 9's 'optimizers' (OptimizerRace: SGD, momentum and Adam) and the overfitting
// chapter's 'cures' (OverfitRace: a run without a cure beside one per cure, then the test images once at the end).
//
// A classic worker (not a module) because importScripts is how both TeaVM outputs load in a worker; the
// dataset download, an ES module shared with the main page's engine, comes in through import().
'use strict';

importScripts('../worker-core.js', '../slice-scheduler.js');

const SLICE_MS = 60;

let java = null;
let schedule = null;              // queues the next slice (slice-scheduler.js), once the core is loaded
let run = null;                   // the current race: { race, batchesPerEpoch, evaluateEvery, maxBatches, done, sinceEvaluation, perSlice }
let paused = false;
let loadedInto = null;            // the race whose core object holds MNIST (each keeps its own copy)

// What each race calls in the core (BrowserExports). train returns one loss per network (the optimizers'
// race adds the epoch after them); accuracies what the page draws after an epoch; finished and test, where
// present, end a race before its last epoch and give the numbers shown once it is over.
const RACES = {
  optimizers: {
    load: (...files) => java.lessonRaceLoad(...files),
    reset: message => java.lessonRaceReset(message.trainSize, message.seed),
    batchesPerEpoch: () => java.lessonRaceBatchesPerEpoch(),
    train: batches => Array.from(java.lessonRaceTrain(batches)).slice(0, -1),
    accuracies: () => java.lessonRaceAccuracies(),
    finished: () => false,
    test: null,
  },
  cures: {
    load: (...files) => java.lessonCureLoad(...files),
    reset: message => java.lessonCureReset(message.trainSize, message.epochs, message.cures, message.earlyStopping, message.seed),
    batchesPerEpoch: () => java.lessonCureBatchesPerEpoch(),
    train: batches => Array.from(java.lessonCureTrain(batches)),
    accuracies: () => java.lessonCureAccuracies(),
    finished: () => java.lessonCureFinished(),
    test: () => java.lessonCureTest(),
  },
};

// WasmGC where the browser has it, else the JS build.
const core = new Promise((resolve, reject) => loadWorkerCore('../../core/', 'wasm', (exports, kind) => {
  java = exports;
  schedule = createSliceScheduler(slice, kind === 'wasm');
  resolve();
}, words => reject(Object.assign(new Error(words.values.problem), { words }))));

self.onmessage = event => {
  // A problem goes with its words for the page to word in its language: the worker's own ({ key, values }: a
  // download failed) or the core's ({ problem, values }, core-words.js).
  core.then(() => handle(event.data)).catch(error => post({ type: 'error', message: String(error && error.message || error),
    words: error && error.words, problem: error && error.problem }));
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
  const race = RACES[message.race ?? 'optimizers'];
  if (!race) throw new Error('unknown race ' + message.race);
  if (loadedInto !== race) await loadMnist(race);
  throwCoreProblem(race.reset(message));
  const batchesPerEpoch = race.batchesPerEpoch();
  run = {
    race,
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

async function loadMnist(race) {
  const mnist = JSON.parse(java.settingsSchema()).datasets.find(dataset => dataset.id === 'mnist');
  const { downloadDataset } = await import('../dataset-download.js');
  // Progress as numbers: each page words it in its own language.
  const { checksums, files } = await downloadDataset(mnist, (loaded, total) => post({ type: 'download', loaded, total }));
  post({ type: 'unpacking' });
  const [trainImages, trainLabels, testImages, testLabels] = files.map(buffer => new Int8Array(buffer));
  throwCoreProblem(race.load(checksums, trainImages, trainLabels, testImages, testLabels));
  loadedInto = race;
}

// A few batches, as many as fit in SLICE_MS, then back to the event loop. One slice is queued at a time,
// so a new 'start' simply continues with the new race.
function slice() {
  const current = run;
  if (!current || paused) return;
  const count = Math.min(current.perSlice, current.maxBatches - current.done, current.evaluateEvery - current.sinceEvaluation);
  const started = Date.now();
  const losses = current.race.train(count);
  const took = Math.max(1, Date.now() - started);
  current.perSlice = nextSliceSize(count, took, SLICE_MS);
  current.done += count;
  current.sinceEvaluation += count;
  post({ type: 'losses', epoch: current.done / current.batchesPerEpoch, losses });
  if (current.sinceEvaluation >= current.evaluateEvery || current.done >= current.maxBatches) {
    current.sinceEvaluation = 0;
    evaluate();
  }
  if (current.done >= current.maxBatches || current.race.finished()) {
    run = null;
    post({ type: 'done', test: current.race.test ? Array.from(current.race.test()) : null });
    return;
  }
  schedule();
}

function evaluate() {
  post({ type: 'accuracy', epoch: run.done / run.batchesPerEpoch, values: Array.from(run.race.accuracies()) });
}

function post(message) {
  self.postMessage(message);
}

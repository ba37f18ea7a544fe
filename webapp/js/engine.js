// The engine: the page's only door to the neural network, which is written in Java and compiled by TeaVM.
//
// Two copies of the compiled core run at once (the second from the first time it is needed):
//  - here on the main thread, the predictor: one forward pass per drawing, fast enough to call on every
//    pointer move, plus the weights and activations the page draws;
//  - in a Web Worker (training-worker.js), the trainer: minutes of number crunching that must not freeze
//    the page. It sends its weights over every half second as a model file, which the predictor loads.
//
// The core (core-loader.js) comes as WebAssembly with garbage collection (WasmGC) where the browser
// supports it, and as plain JavaScript (slower) where it does not. Settings the caller leaves out take
// the page's defaults from the core's settings table (settings.js); the network spec for a setting
// comes from the core too, so no JavaScript knows how many inputs or classes a dataset has.

import { loadSettings } from './settings.js';
import { downloadDataset } from './dataset-download.js';
import { t, problemText } from './i18n.js';
import { coreMessage, coreText, worded } from './core-words.js';


/**
 * Loads the core on the main thread and resolves to the engine. The training worker starts the first time
 * something needs it (a dataset, training, a reset), so a page that only predicts, such as an embedded
 * drawing pad, never loads the core a second time.
 *
 * `onEvent` receives these events:
 *  - dataProgress {dataset, loaded, total}: bytes of a dataset downloaded so far;
 *  - state {state}: 'idle' | 'loading' | 'training' | 'paused' | 'done';
 *  - batch {epoch, batch, batchesPerEpoch, loss, samplesPerSecond}: a few times a second while training;
 *  - model: the model changed (a training snapshot or a reset's new weights); read it with model();
 *  - evaluation {epoch, testLoss, testAccuracy, trainAccuracy, confusion, misclassified, best}: after each
 *    epoch; `best` is the model file of the weights evaluated when they are the run's best so far, else null;
 *    trainAccuracy is the epoch's own, counted while its batches trained (not a second pass over the images);
 *  - evaluating {evaluated, total}: a few times a second while an epoch's evaluation runs (no batch trains
 *    meanwhile): test images evaluated so far, of how many;
 *  - diverged {epoch, batch, batchesPerEpoch, loss, restoredAccuracy}: the loss blew up (loss: the batch
 *    loss that did, null when not a number); training paused with the weights last evaluated good back
 *    (restoredAccuracy: their test accuracy, null for the weights the run started from);
 *  - error {message}.
 * Events about a model the page has since replaced (an import, a reset) are dropped.
 */
export async function createEngine({ onEvent = () => {} } = {}) {
  const settings = await loadSettings();
  const { kind, java } = settings.core;
  const { DEFAULTS } = settings;

  check(java.createModel(specFor(DEFAULTS), DEFAULTS.seed));
  let model = describe(java);
  // Counts the page's models: each import and reset makes a new one. The worker tags its weights with
  // the generation they grew from; weights of an older one (on their way while the visitor imported a
  // file) are dropped, not loaded over the newer model.
  let generation = 0;
  let loadedDataset = null;       // the dataset the worker holds
  let datasetLoading = null;      // {id, promise, resolve, reject} while one loads
  let worker = null;              // the training worker, once started
  let adoptOnStart = null;        // a model file loaded before the worker started: it trains on from that
  let keptRun = null;             // {bytes, dataset}: a run kept from the last visit, handed over on first use
  let runStateWaiting = [];       // resolvers of exportRun() calls, in order
  let restoreWaiting = null;      // {resolve, reject} while the worker restores a kept run
  let holding = false;            // the trainer's progress waits while the visitor draws (holdProgress)
  let held = null;                // the latest 'weights' message that arrived meanwhile
  let heldBatches = [];           // and the 'batch' events, in order
  let ownBytes = null;            // while show() shows another model: the page's own model file, kept up to date by the trainer

  /** The core's network spec for these settings; a bad architecture is an error with the core's message. */
  function specFor(full) {
    const result = settings.architecture(full);
    if ('error' in result) throw new Error(result.error);
    return result.spec;
  }

  /** The settings as the worker takes them: complete, with the core's spec. */
  function forWorker(partial) {
    const full = { ...DEFAULTS, ...partial };
    return { ...full, spec: specFor(full) };
  }

  /** The training worker, started on first use; it first adopts the model the page loaded meanwhile. */
  function trainer() {
    if (worker) return worker;
    worker = new Worker(new URL(`training-worker.js?core=${kind}`, import.meta.url));
    worker.onmessage = onWorkerMessage;
    worker.onerror = event => {
      const message = t('files.workerFailed', { problem: event.message || t('files.workerScriptFailed') });
      if (datasetLoading) datasetLoading.reject(new Error(message));   // or it would wait for ever
      onEvent({ type: 'error', message });
    };
    if (adoptOnStart) worker.postMessage({ cmd: 'adoptModel', bytes: adoptOnStart, generation });
    adoptOnStart = null;
    return worker;
  }

  function onWorkerMessage({ data: message }) {
    // The worker's own words about a problem ({ key, values }), in the page's language: a worker has no page.
    if (message.words) message.message = problemText(message);
    // The core's words about a problem ({ problem, values }), in the page's language.
    if (message.problem) message.message = coreText(message.problem);
    if (message.type === 'runState') {   // answers exportRun() whatever the generation: it must not hang
      runStateWaiting.shift()?.(message.generation === generation ? message.bytes : null);
      return;
    }
    // What the worker says about itself (its state, data, errors) always counts; what it says about a
    // model (weights, batches, evaluations, blow-ups) only if that model is still the page's.
    const aboutTheWorker = ['state', 'error', 'datasetLoaded', 'datasetFailed', 'runRestored'].includes(message.type);
    if (message.generation !== generation && !aboutTheWorker) return;
    switch (message.type) {
      case 'weights': {
        // A snapshot from the trainer becomes the page's model (the latest one, once the visitor stops drawing).
        if (holding) held = message;
        else loadSnapshot(message);
        return;
      }
      case 'datasetLoaded':
        loadedDataset = message.id;
        if (datasetLoading && datasetLoading.id === message.id) datasetLoading.resolve();
        return;
      case 'datasetFailed':
        if (datasetLoading && datasetLoading.id === message.id) datasetLoading.reject(new Error(message.message));
        return;
      case 'runRestored':
        if (message.problem) restoreWaiting?.reject(new Error(message.message));
        else restoreWaiting?.resolve();
        restoreWaiting = null;
        return;
      case 'batch':
        if (holding) heldBatches.push(message);
        else onEvent(message);
        return;
      default:
        releaseHeld();   // a pause, an evaluation (which the page saves with its model) follow what came before
        onEvent(message);
    }
  }

  // The trainer wrote the snapshot a moment ago, so a failure here is a bug, reported rather than hidden.
  function loadSnapshot(message) {
    if (ownBytes) {   // another model is shown (show()): the trainer's weights wait for showOwn()
      ownBytes = message.bytes;
      return;
    }
    const error = coreMessage(java.loadModel(toInt8(message.bytes)));
    if (error) onEvent({ type: 'error', message: t('files.unreadableSnapshot', { problem: error }) });
    else {
      model = describe(java);
      onEvent({ type: 'model' });
    }
  }

  function releaseHeld() {
    const message = held;
    const batches = heldBatches;
    held = null;
    heldBatches = [];
    // In one task, so the charts redraw once for all of them; none about a model replaced meanwhile.
    batches.filter(batch => batch.generation === generation).forEach(onEvent);
    if (message && message.generation === generation) loadSnapshot(message);
  }

  function loadDataset(id) {
    const dataset = settings.datasets[id];
    if (!dataset) {
      return Promise.reject(new Error(t('files.unknownDataset', { id, expected: Object.keys(settings.datasets) })));
    }
    if (loadedDataset === id) return Promise.resolve();
    if (datasetLoading && datasetLoading.id === id) return datasetLoading.promise;
    const loading = { id };
    loading.promise = new Promise((resolve, reject) => Object.assign(loading, { resolve, reject }));
    datasetLoading = loading;
    onEvent({ type: 'state', state: 'loading' });
    downloadDataset(dataset, (loaded, total) => onEvent({ type: 'dataProgress', dataset: id, loaded, total })).then(({ checksums, files }) => {
      // The worker verifies the checksums and decodes; the buffers move to it without a copy.
      trainer().postMessage({ cmd: 'loadDataset', id, checksums, files }, files);
    }).catch(error => loading.reject(new Error(problemText(error))));
    const settle = () => { if (datasetLoading === loading) datasetLoading = null; };
    // On success the worker reports its state; on failure nothing is loading any more.
    loading.promise.then(settle, () => { settle(); onEvent({ type: 'state', state: 'idle' }); });
    return loading.promise;
  }

  /**
   * Hands a kept run to the worker before anything else trains: its dataset loads first (the download
   * waits until the visitor presses Resume, Step or Train, so a visit to draw costs nothing).
   */
  async function handOverKeptRun() {
    if (!keptRun) return;
    const { bytes, dataset } = keptRun;
    await loadDataset(dataset);
    if (keptRun?.bytes !== bytes) return;   // replaced meanwhile (a reset or an import)
    keptRun = null;
    const restored = new Promise((resolve, reject) => { restoreWaiting = { resolve, reject }; });
    trainer().postMessage({ cmd: 'importRun', bytes });
    await restored;
  }

  /** Loads a model file into the predictor; returns null, or why it was refused (nothing loaded then). */
  function loadModel(bytes) {
    try {
      return coreMessage(java.loadModel(toInt8(bytes)));
    } catch (thrown) {
      return String(thrown && thrown.message || thrown);
    }
  }

  return {
    coreKind: kind,                // 'wasm' or 'js': which build of the core runs (shown on the page)
    model: () => structuredClone(model),
    settings,                      // the core's settings table (settings.js), for the page's own use

    loadModelBytes(bytes) {
      const error = loadModel(bytes);
      if (error) return { ok: false, error };
      model = describe(java);
      ownBytes = null;   // this is the page's own model now, whatever was shown before
      generation++;
      keptRun = null;
      // Training goes on from this model: the worker takes it now, or when it starts.
      if (worker) worker.postMessage({ cmd: 'adoptModel', bytes: java.exportModel(), generation });
      else adoptOnStart = java.exportModel();
      return { ok: true, model: this.model() };
    },

    /**
     * Shows a model file in place of the page's own model, for predictions and the diagram only: the
     * trainer, its model and its run go on untouched, and its snapshots wait until showOwn(). Returns
     * { ok } or { ok: false, error } (the shown model unchanged).
     */
    show(bytes) {
      const own = ownBytes ?? new Uint8Array(java.exportModel());
      const error = loadModel(bytes);
      if (error) return { ok: false, error };
      ownBytes = own;
      model = describe(java);
      return { ok: true };
    },

    /** Shows the page's own model again after show(): the trainer's latest weights. */
    showOwn() {
      if (!ownBytes) return;
      const bytes = ownBytes;
      ownBytes = null;
      check(java.loadModel(toInt8(bytes)));
      model = describe(java);
    },

    exportModel: () => new Uint8Array(java.exportModel()),

    preprocess: (rgba, width, height) => java.preprocess(toInt8(rgba), width, height),

    /** The pad's drawing (pad.js drawing()) -> the network's input, drawn from its strokes by the core. */
    drawingToInput: ({ points, lengths, background, frame }) => (background
      ? java.drawOver(background, points, lengths, frame) : java.preprocessStrokes(points, lengths)),

    predict(image) {
      // One call returns every layer's result end to end: the input, then each of model.layers at its offset.
      const all = java.layerOutputs(image);
      const activations = [all.subarray(0, image.length),
        ...model.layers.map(({ offset, outputs }) => all.subarray(offset, offset + outputs))];
      return { probabilities: activations[activations.length - 1], activations };
    },

    incomingWeights: (layer, neuron) => java.incomingWeights(layer, neuron),
    /** Convolution `layer`'s filters (an index into model.layers), filter by filter, then one bias each. */
    kernels: layer => java.kernels(layer),

    weights(layer) {
      return { in: model.sizes[layer], out: model.sizes[layer + 1], values: java.weights(layer) };
    },

    loadDataset,

    async train(partial) {
      const full = forWorker(partial);
      await handOverKeptRun();
      await loadDataset(full.dataset);
      trainer().postMessage({ cmd: 'train', settings: full });
    },
    /**
     * While `hold` is true, the trainer's progress waits: its 'batch' events are queued, and of its weight
     * snapshots only the latest is kept. They arrive when the hold ends, or just before any other event
     * (a state, an evaluation). Loading a large model, redrawing the diagram and the charts take a slow machine tens of
     * milliseconds each, so the page holds them while the visitor draws.
     */
    holdProgress(hold) {
      holding = hold;
      if (!hold) releaseHeld();
    },
    pause: () => trainer().postMessage({ cmd: 'pause' }),
    async resume() {
      await handOverKeptRun();
      trainer().postMessage({ cmd: 'resume' });
    },
    async step() {
      await handOverKeptRun();
      trainer().postMessage({ cmd: 'step' });
    },
    /** New random weights for `partial` settings; they arrive as a 'model' event. */
    reset(partial) {
      const full = forWorker(partial);
      generation++;
      keptRun = null;
      trainer().postMessage({ cmd: 'reset', settings: full, generation });
    },

    /**
     * Resolves to the run so far as bytes (a RunFile of the core) to keep across a reload, or null when
     * there is none (nothing trained since the last reset or import, or no worker yet).
     */
    exportRun() {
      if (keptRun) return Promise.resolve(keptRun.bytes);   // not handed over yet: it is still the run
      if (!worker) return Promise.resolve(null);
      return new Promise(resolve => {
        runStateWaiting.push(resolve);
        worker.postMessage({ cmd: 'exportRun' });
      });
    },

    /**
     * Takes a run kept from the last visit (exportRun's bytes) over `dataset`: Resume, Step and Train go
     * on from it. The core checks it first; returns { ok } or { ok: false, error } (nothing taken).
     */
    keepRun(bytes, dataset) {
      const error = coreMessage(java.checkRun(toInt8(bytes)));
      if (error) return { ok: false, error };
      keptRun = { bytes, dataset };
      return { ok: true };
    },
  };
}

// {spec, sizes, activation, parameters, dataset, classNames, inputShape, layers} (net.scratchnet.web.ModelInfo),
// the class names in the page's language; dataset and classNames are null for an untrained network.
function describe(java) {
  return worded(JSON.parse(java.modelInfo()));
}

// A view of the same bytes as Int8Array: the core's byte[] parameters copy fastest from that type.
function toInt8(bytes) {
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// The core's answer: null, or what is wrong (coreMessage), thrown.
function check(answer) {
  const error = coreMessage(answer);
  if (error) throw new Error(error);
}

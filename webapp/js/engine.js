// The engine: the page's only door to the neural network, which is written in Java and compiled by TeaVM.
//
// Two copies of the compiled core run at once (the second from the first time it is needed):
//  - here on the main thread, the predictor: one forward pass per drawing, fast enough to call on every
//    pointer move, plus the weights and activations the page draws;
//  - in a Web Worker (training-worker.js), the trainer: minutes of number crunching that must not freeze
//    the page. It sends its weights over every half second as a model file, which the predictor loads.
//
// The core comes as WebAssembly with garbage collection (WasmGC) where the browser supports it, and as
// plain JavaScript (slower) where it does not.

// The page's own defaults: a setting the caller leaves out means what the form shows.
import { DEFAULTS } from './settings.js';

const CORE = new URL('../core/', import.meta.url);
const DATA = new URL('../data/', import.meta.url);
const DATASET_FOLDERS = { mnist: 'mnist', fashion: 'fashion-mnist' };
// The order the core's loadDataset expects.
const DATASET_FILES = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz',
  't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'];

/**
 * Loads the core on the main thread and resolves to the engine. The training worker starts the first time
 * something needs it (a dataset, training, a reset), so a page that only predicts, such as an embedded
 * drawing pad, never loads the core a second time.
 * `onEvent` receives the events listed in the team contract: dataProgress, state, batch, model,
 * evaluation, diverged, error.
 */
export async function createEngine({ onEvent = () => {} } = {}) {
  const { kind, java } = await loadCore();

  check(java.createModel(specOf(DEFAULTS), DEFAULTS.seed));
  let model = describe(java);
  let loadedDataset = null;       // the dataset the worker holds
  let datasetLoading = null;      // {id, promise, resolve, reject} while one loads
  let worker = null;              // the training worker, once started
  let adoptOnStart = null;        // a model file loaded before the worker started: it trains on from that

  /** The training worker, started on first use; it first adopts the model the page loaded meanwhile. */
  function trainer() {
    if (worker) return worker;
    worker = new Worker(new URL(`training-worker.js?core=${kind}`, import.meta.url));
    worker.onmessage = onWorkerMessage;
    worker.onerror = event => {
      const message = 'training worker: ' + (event.message || 'its script could not be loaded');
      if (datasetLoading) datasetLoading.reject(new Error(message));   // or it would wait for ever
      onEvent({ type: 'error', message });
    };
    if (adoptOnStart) worker.postMessage({ cmd: 'adoptModel', bytes: adoptOnStart });
    adoptOnStart = null;
    return worker;
  }

  function onWorkerMessage({ data: message }) {
    switch (message.type) {
      case 'weights': {
        // A snapshot from the trainer: it becomes the page's model. The trainer wrote it a moment ago,
        // so a failure here is a bug, reported as an error event rather than hidden.
        const error = java.loadModel(toInt8(message.bytes));
        if (error) onEvent({ type: 'error', message: 'the trainer sent an unreadable model: ' + error });
        else {
          model = describe(java);
          onEvent({ type: 'model' });
        }
        return;
      }
      case 'datasetLoaded':
        loadedDataset = message.id;
        if (datasetLoading && datasetLoading.id === message.id) datasetLoading.resolve();
        return;
      case 'datasetFailed':
        if (datasetLoading && datasetLoading.id === message.id) datasetLoading.reject(new Error(message.message));
        return;
      default:
        onEvent(message);
    }
  }

  function loadDataset(id) {
    if (!(id in DATASET_FOLDERS)) {
      return Promise.reject(new Error(`unknown dataset '${id}' (expected ${Object.keys(DATASET_FOLDERS).join(' or ')})`));
    }
    if (loadedDataset === id) return Promise.resolve();
    if (datasetLoading && datasetLoading.id === id) return datasetLoading.promise;
    const loading = { id };
    loading.promise = new Promise((resolve, reject) => Object.assign(loading, { resolve, reject }));
    datasetLoading = loading;
    onEvent({ type: 'state', state: 'loading' });
    download(id, onEvent).then(({ checksums, files }) => {
      // The worker verifies the checksums and decodes; the buffers move to it without a copy.
      trainer().postMessage({ cmd: 'loadDataset', id, checksums, files }, files);
    }).catch(loading.reject);
    const settle = () => { if (datasetLoading === loading) datasetLoading = null; };
    // On success the worker reports its state; on failure nothing is loading any more.
    loading.promise.then(settle, () => { settle(); onEvent({ type: 'state', state: 'idle' }); });
    return loading.promise;
  }

  return {
    coreKind: kind,                // 'wasm' or 'js': which build of the core runs (shown on the page)
    model: () => ({ ...model, sizes: [...model.sizes] }),

    loadModelBytes(bytes) {
      let error;
      try {
        error = java.loadModel(toInt8(bytes));
      } catch (thrown) {
        error = String(thrown && thrown.message || thrown);
      }
      if (error) return { ok: false, error };
      model = describe(java);
      // Training goes on from this model: the worker takes it now, or when it starts.
      if (worker) worker.postMessage({ cmd: 'adoptModel', bytes: java.exportModel() });
      else adoptOnStart = java.exportModel();
      return { ok: true, model: this.model() };
    },

    exportModel: () => new Uint8Array(java.exportModel()),

    preprocess: (rgba, width, height) => java.preprocess(toInt8(rgba), width, height),

    predict(image) {
      // One call returns every layer's output end to end; cut it at the layer sizes.
      const all = java.activations(image);
      const activations = [];
      let offset = 0;
      for (const size of model.sizes) {
        activations.push(all.slice(offset, offset + size));
        offset += size;
      }
      return { probabilities: activations[activations.length - 1], activations };
    },

    incomingWeights: (layer, neuron) => java.incomingWeights(layer, neuron),

    weights(layer) {
      return { in: model.sizes[layer], out: model.sizes[layer + 1], values: java.weights(layer) };
    },

    loadDataset,

    async train(settings) {
      const full = withDefaults(settings);
      await loadDataset(full.dataset);
      trainer().postMessage({ cmd: 'train', settings: full });
    },
    pause: () => trainer().postMessage({ cmd: 'pause' }),
    resume: () => trainer().postMessage({ cmd: 'resume' }),
    step: () => trainer().postMessage({ cmd: 'step' }),
    reset: settings => trainer().postMessage({ cmd: 'reset', settings: withDefaults(settings) }),
  };
}

// WasmGC first; if the browser cannot compile it (no GC proposal, e.g. older Safari), the JS build.
async function loadCore() {
  try {
    await import(new URL('classes.wasm-runtime.js', CORE));
    const teavm = await globalThis.TeaVM.wasmGC.load(new URL('scratchnet.wasm', CORE).href);
    return { kind: 'wasm', java: teavm.exports };
  } catch (wasmProblem) {
    console.info('WebAssembly GC unavailable, using the JavaScript build of the core:', wasmProblem);
    // With no module system around, TeaVM's UMD wrapper puts the exported functions on globalThis.
    await import(new URL('scratchnet.js', CORE));
    return { kind: 'js', java: globalThis };
  }
}

// Fetches SHA256SUMS and the four .gz files of a dataset, reporting progress over all of them.
async function download(id, onEvent) {
  const folder = new URL(DATASET_FOLDERS[id] + '/', DATA);
  const checksumsResponse = await fetchOk(new URL('SHA256SUMS', folder));
  const checksums = await checksumsResponse.text();
  const responses = await Promise.all(DATASET_FILES.map(name => fetchOk(new URL(name, folder))));
  const sizes = responses.map(response => Number(response.headers.get('Content-Length')) || 0);
  const total = sizes.reduce((a, b) => a + b, 0);
  let loaded = 0;
  const progress = () => onEvent({ type: 'dataProgress', dataset: id, loaded, total: Math.max(total, loaded) });
  progress();
  const files = await Promise.all(responses.map(async response => {
    const chunks = [];
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks.push(part.value);
      loaded += part.value.length;
      progress();
    }
    return concat(chunks).buffer;
  }));
  return { checksums, files };
}

async function fetchOk(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`cannot download ${url.pathname}: ${error.message}`);
  }
  if (!response.ok) throw new Error(`cannot download ${url.pathname}: HTTP ${response.status}`);
  return response;
}

function concat(chunks) {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

// {spec, sizes, activation, parameters, dataset}; dataset is null for an untrained network.
function describe(java) {
  return JSON.parse(java.modelInfo());
}

function withDefaults(settings) {
  return { ...DEFAULTS, ...settings };
}

function specOf(settings) {
  return [784, ...settings.hidden, 10].join('-') + ' ' + settings.activation;
}

// A view of the same bytes as Int8Array: the core's byte[] parameters copy fastest from that type.
function toInt8(bytes) {
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function check(error) {
  if (error) throw new Error(error);
}

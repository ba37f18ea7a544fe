// The main page: wires the drawing pad, the diagram, the training controls and the result views to
// the engine (engine.js), which owns the network. This file only forwards actions and draws events.

import { createEngine } from './engine.js';
import { byId } from './dom.js';
import { datasetTitle } from './classes.js';
import { settingsFromQuery, settingsToQuery, FIELDS, DEFAULTS } from './settings.js';
import { createSettingsForm } from './settings-form.js';
import { createLivePrediction } from './live-prediction.js';
import { createPredictionView } from './prediction.js';
import { createDiagram } from './diagram.js';
import { createCharts } from './charts.js';
import { createEvaluationView } from './evaluation.js';
import { createProgressView } from './progress-view.js';
import { createNotices } from './notices.js';
import { loadStartingModel, persist, downloadModel, importModel } from './model-files.js';
import { addEmbedButton } from './embed/embed-button.js';

const notices = createNotices(byId('notices'));                 // page-wide: URL, starting model
const trainingNotices = createNotices(byId('training-notices')); // next to the buttons that caused them
const status = byId('status');
const buttons = {
  train: byId('train'), resume: byId('resume'), step: byId('step'), reset: byId('reset'),
  export: byId('export'), import: byId('import-button'),
};
const fileInput = byId('import');
const modelInfo = byId('model-info');

let engine = null;
let state = 'idle';       // the engine's last 'state' event
let busy = false;         // the page is waiting for the engine (loading data, resetting, ...)
let formValid = true;
let runEpochs = DEFAULTS.epochs;  // epochs of the run in progress, for "epoch 2 of 5"
let storageProblemShown = false;
let saveOnNextModel = false;      // a reset's new weights arrive later, as a 'model' event

// ---- settings: URL -> form -> URL ----

const fromUrl = settingsFromQuery(location.search);
let settings = fromUrl.settings;
for (const { param, value, error } of fromUrl.problems) {
  const name = Object.keys(FIELDS).find(key => FIELDS[key].param === param);
  notices.show(`The URL parameter "${param}" has a bad value "${value}" (${error}), so it is back to its default, ${FIELDS[name].write(DEFAULTS[name])}.`, 'warning');
}

const form = createSettingsForm(byId('settings'), {
  onChange: next => { settings = next; writeUrl(); },
  onValidity: ok => { formValid = ok; updateButtons(); },
});
form.fill(settings);

function writeUrl() {
  history.replaceState(null, '', settingsToQuery(settings) + location.hash);
}

// ---- embed buttons: each widget's iframe snippet, as it is set up now ----

const shownDataset = () => engine?.model().dataset || settings.dataset;
const pretrained = 'It shows the site\'s pretrained network for this dataset, not one you trained here.';
addEmbedButton(byId('draw-title'), () => ({ widget: 'pad', params: { dataset: shownDataset() }, note: pretrained }));
addEmbedButton(byId('network-title'), () => ({ widget: 'network', params: { dataset: shownDataset() }, note: pretrained }));
addEmbedButton(byId('train-title'), () => ({
  widget: 'trainer', params: Object.fromEntries(new URLSearchParams(settingsToQuery(settings))),
}));

// ---- views ----

const predictionView = createPredictionView({
  preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities'),
});
predictionView.setDataset(settings.dataset);
predictionView.show(new Float32Array(784), null);

const progress = createProgressView();
const evaluationView = createEvaluationView({ matrixHost: byId('confusion'), galleryHost: byId('gallery') });
const chartsReady = createCharts({ lossHost: byId('loss-chart'), accuracyHost: byId('accuracy-chart') });
let diagram = null;

// ---- live prediction, at most once per animation frame ----

const live = createLivePrediction({
  canvas: byId('pad'), view: predictionView,
  onError: message => notices.show(message, 'error'),
});
byId('clear').addEventListener('click', () => live.pad.clear());

/** Redraws everything that depends on the model (after a load, a reset or a training snapshot). */
let modelQueued = false;
function scheduleModelRefresh() {
  if (modelQueued) return;
  modelQueued = true;
  requestAnimationFrame(() => {
    modelQueued = false;
    refreshModel();
  });
}

function refreshModel() {
  const model = engine.model();
  // An untrained network has no dataset yet: it gets the class names of the one it is set up for.
  const dataset = model.dataset || settings.dataset;
  const trainedOn = model.dataset ? `trained on ${datasetTitle(dataset)}` : 'not trained yet (random weights)';
  modelInfo.textContent = `This network: ${model.sizes.join('-')}, ${model.activation}, ` +
    `${model.parameters.toLocaleString('en')} weights and biases, ${trainedOn}.`;
  predictionView.setDataset(dataset);
  diagram.setModel({ ...model, dataset });
  live.now();
}

// ---- engine events ----

function onEvent(event) {
  switch (event.type) {
    case 'dataProgress':
      progress.dataLoading(event);
      break;
    case 'state':
      state = event.state;
      showState();
      updateButtons();
      if (state === 'paused' || state === 'done') save();
      break;
    case 'batch':
      progress.batch(event, runEpochs);
      status.textContent = `Training: epoch ${event.epoch} of ${runEpochs}, batch ${event.batch} of ${event.batchesPerEpoch}.`;
      chartsReady.then(charts => charts.addBatch(event));
      break;
    case 'model':
      if (!engine) break;
      scheduleModelRefresh();
      if (saveOnNextModel) save();
      saveOnNextModel = false;
      break;
    case 'evaluation':
      progress.evaluation(event);
      chartsReady.then(charts => charts.addEvaluation(event));
      evaluationView.show(event, engine ? engine.model().dataset : settings.dataset);
      if (state === 'done') showState();
      save();
      break;
    case 'diverged':
      trainingNotices.show(`The loss blew up (it stopped being a finite number), so training is paused and the last ` +
        `good weights are back: nothing is lost. Try a learning rate smaller than ${settings.learningRate}.`, 'error');
      break;
    case 'error':
      trainingNotices.show(event.message, 'error');
      break;
  }
}

function showState() {
  const accuracy = byId('test-accuracy').textContent;
  status.textContent = {
    idle: 'Ready. Draw on the pad, or train a network below.',
    loading: 'Loading the dataset…',
    training: 'Training…',
    paused: 'Paused. Resume, take a single Step, or Train with new settings.',
    done: `Training finished${accuracy !== '–' ? `: ${accuracy} of the test images right` : ''}. Draw to try it.`,
  }[state] ?? `Engine state: ${state}`;
}

async function save() {
  if (!engine) return;
  const problem = await persist(engine);
  if (problem && !storageProblemShown) trainingNotices.show(problem, 'warning');
  storageProblemShown ||= Boolean(problem);
}

// Leaving or hiding the tab mid-epoch keeps the latest weights too (the next evaluation may never come).
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') save();
});

// ---- buttons ----

function updateButtons() {
  const ready = engine !== null && !busy;
  const training = state === 'training';
  const loading = state === 'loading';
  buttons.train.textContent = training ? 'Pause' : 'Train';
  buttons.train.disabled = !ready || loading || (!training && !formValid);
  buttons.resume.disabled = !ready || state !== 'paused';
  buttons.step.disabled = !ready || state !== 'paused';  // the engine steps within a paused run
  buttons.reset.disabled = !ready || loading || !formValid;
  buttons.export.disabled = !ready;
  buttons.import.disabled = !ready || training || loading;
  form.setLocked(training || loading || busy);
}

/** Runs an engine action with the buttons disabled; a failure becomes a visible message. */
async function act(action) {
  busy = true;
  updateButtons();
  try {
    await action();
  } catch (error) {
    trainingNotices.show(error?.message ?? String(error), 'error');
  } finally {
    busy = false;
    updateButtons();
  }
}

const datasets = new Map();  // dataset id -> loading promise, so each is fetched once
function ensureDataset(id) {
  if (!datasets.has(id)) {
    status.textContent = `Loading ${datasetTitle(id)}…`;
    const loading = Promise.resolve(engine.loadDataset(id));
    loading.catch(() => datasets.delete(id));  // allow a retry after a failure
    datasets.set(id, loading);
  }
  return datasets.get(id);
}

/** True when training with `next` would replace the current network with a new one. */
function needsNewNetwork(next) {
  const model = engine.model();
  return model.sizes.slice(1, -1).join() !== next.hidden.join() || model.activation !== next.activation;
}

/** True when `next` trains on another dataset than the current network learnt: digits are no start for clothes. */
function changesDataset(next) {
  const { dataset } = engine.model();
  return Boolean(dataset) && dataset !== next.dataset;
}

function startOver() {
  chartsReady.then(charts => charts.clear());
  evaluationView.clear();
  progress.clear();
}

// train() and resume() may only settle when the run ends, so they are not awaited under act():
// the Pause button has to stay usable meanwhile.
function run(promise) {
  Promise.resolve(promise).catch(error => trainingNotices.show(error?.message ?? String(error), 'error'));
}

buttons.train.addEventListener('click', () => {
  if (state === 'training') {
    run(engine.pause());
    return;
  }
  const next = form.read();
  if (!next) return;
  act(async () => {
    await ensureDataset(next.dataset);
    const otherDataset = changesDataset(next);
    if (otherDataset) await engine.reset(next);
    if (otherDataset || needsNewNetwork(next)) startOver();
    chartsReady.then(charts => charts.newRun());
    runEpochs = next.epochs;
    status.textContent = 'Starting…';
    run(engine.train(next));
  });
});

buttons.resume.addEventListener('click', () => run(engine.resume()));

buttons.step.addEventListener('click', () => run(engine.step()));

buttons.reset.addEventListener('click', () => act(async () => {
  const next = form.read();
  if (!next) return;
  if (state === 'training') await engine.pause();
  saveOnNextModel = true;
  await engine.reset(next);
  startOver();
  status.textContent = 'New random weights. Press Train to train them from scratch.';
}));

buttons.export.addEventListener('click', () => downloadModel(engine));
buttons.import.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => act(async () => {
  const file = fileInput.files[0];
  fileInput.value = '';
  if (!file) return;
  const result = await importModel(engine, file);
  if (!result.ok) {
    trainingNotices.show(`Could not import "${file.name}": ${result.error}. Your current model is unchanged.`, 'error');
    return;
  }
  adoptModelSettings(new Set());
  state = 'idle';  // an imported model starts no run: there is nothing to resume or step
  showState();
  startOver();
  refreshModel();
  save();
  trainingNotices.show(`Imported "${file.name}".`, 'info');
}));

/** Copies the current model's architecture into the form, except fields listed in `keep`. */
function adoptModelSettings(keep) {
  const model = engine.model();
  const adopted = { ...settings };
  if (!keep.has('hidden')) adopted.hidden = model.sizes.slice(1, -1);
  if (!keep.has('activation') && !FIELDS.activation.read(String(model.activation)).error) adopted.activation = model.activation;
  if (!keep.has('dataset') && !FIELDS.dataset.read(String(model.dataset)).error) adopted.dataset = model.dataset;
  settings = adopted;
  form.fill(settings);
  writeUrl();
}

// ---- start ----

async function start() {
  updateButtons();
  try {
    engine = await createEngine({ onEvent });
  } catch (error) {
    status.textContent = 'The network engine could not start, so the page cannot predict or train.';
    notices.show(`The engine failed to load (${error?.message ?? error}). Try reloading the page; if that does ` +
      'not help, this browser may be too old: the page needs a recent Chrome, Edge, Firefox or Safari.', 'error');
    return;
  }
  live.setEngine(engine);
  byId('core-kind').textContent = engine.coreKind === 'js' ? 'JavaScript (this browser lacks WebAssembly GC)' : 'WebAssembly';
  diagram = createDiagram({
    host: byId('diagram'), engine,
    detail: {
      title: byId('neuron-title'), canvas: byId('neuron-weights'),
      caption: byId('neuron-caption'), activation: byId('neuron-activation'),
    },
  });
  live.setDiagram(diagram);
  status.textContent = 'Loading the model…';
  const { source, problems } = await loadStartingModel(engine, settings.dataset);
  for (const problem of problems) notices.show(problem, 'warning');
  if (source === null) await engine.reset(settings);
  if (source === 'saved') notices.show('Welcome back: your model from last time is restored.', 'info');
  adoptModelSettings(fromUrl.given);
  refreshModel();
  showState();
  updateButtons();
}

start();

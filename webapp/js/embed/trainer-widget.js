// The trainer widget: a small network trained right in the reader's tab, with its loss chart. It
// starts from random weights; the training data (several MB) downloads only when Train is pressed.
// Compact mode trains with the settings of the URL; full mode shows them in the form to change.
// Unlike the main page, nothing is saved in the browser: a reader's widget must not replace the
// model they keep on the ScratchNet site itself.

import { createEngine } from '../engine.js';
import { byId } from '../dom.js';
import { datasetTitle } from '../classes.js';
import { createSettingsForm } from '../settings-form.js';
import { createCharts } from '../charts.js';
import { createProgressView } from '../progress-view.js';
import { createNotices } from '../notices.js';
import { createPredictionView } from '../prediction.js';
import { createLivePrediction } from '../live-prediction.js';
import { modelSummary, sameArchitecture } from './predictor.js';

const OPTIMIZERS = { sgd: 'SGD', momentum: 'SGD with momentum', adam: 'Adam' };
const DOWNLOAD = { mnist: '11 MB', fashion: '31 MB' };  // the four .gz files of each dataset

export async function mountTrainer({ params, status }) {
  const trainingNotices = createNotices(byId('training-notices'));
  const trainButton = byId('train');
  const resetButton = byId('reset');
  let settings = params.settings;
  let engine = null;
  let state = 'idle';
  let busy = false;
  let formValid = true;
  let runEpochs = settings.epochs;
  const downloaded = new Set();  // datasets already here

  const form = createSettingsForm(byId('settings'), {
    onChange: next => { settings = next; showModel(); },
    onValidity: ok => { formValid = ok; updateButtons(); },
  });
  form.fill(settings);
  const progress = createProgressView();
  const full = params.mode === 'full';
  const chartsReady = createCharts({ lossHost: byId('loss-chart'), accuracyHost: full ? byId('accuracy-chart') : null });

  // A small pad to try the network on, as it trains and after.
  const view = createPredictionView({ preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities') });
  view.setDataset(settings.dataset);
  view.show(new Float32Array(784), null);
  const live = createLivePrediction({ canvas: byId('pad'), view, onError: message => trainingNotices.show(message, 'error') });
  byId('clear').addEventListener('click', () => live.pad.clear());

  function showModel() {
    byId('data-hint').textContent = downloaded.has(settings.dataset)
      ? `${datasetTitle(settings.dataset)} is loaded.`
      : `The training data (about ${DOWNLOAD[settings.dataset]}) downloads when you press Train.`;
    if (!engine) return;
    const model = engine.model();
    view.setDataset(model.dataset ?? settings.dataset);
    live.now();
    const recipe = `${OPTIMIZERS[settings.optimizer]}, learning rate ${settings.learningRate}, ${settings.epochs} ` +
      `epoch${settings.epochs === 1 ? '' : 's'} of ${datasetTitle(settings.dataset)}`;
    byId('model-info').textContent = `Network ${modelSummary(model, settings.dataset)} Training: ${recipe}.`;
  }

  function updateButtons() {
    const ready = engine !== null && !busy;
    const training = state === 'training';
    trainButton.textContent = training ? 'Pause' : 'Train';
    trainButton.disabled = !ready || state === 'loading' || (!training && !formValid);
    resetButton.disabled = !ready || state === 'loading' || !formValid;
    form.setLocked(training || state === 'loading' || busy);
  }

  function showState() {
    const accuracy = byId('test-accuracy').textContent;
    status.textContent = {
      idle: 'Ready: press Train.',
      loading: 'Loading the training data…',
      training: 'Training…',
      paused: 'Paused. Train to go on.',
      done: `Finished${accuracy !== '–' ? `: ${accuracy} of the test images right` : ''}.`,
    }[state] ?? state;
  }

  function onEvent(event) {
    switch (event.type) {
      case 'dataProgress':
        progress.dataLoading(event);
        if (event.total > 0 && event.loaded >= event.total) {
          downloaded.add(event.dataset);
          showModel();
        }
        break;
      case 'state':
        state = event.state;
        showState();
        updateButtons();
        break;
      case 'batch':
        progress.batch(event, runEpochs);
        status.textContent = `Training: epoch ${event.epoch} of ${runEpochs}.`;
        chartsReady.then(charts => charts.addBatch(event));
        break;
      case 'model': showModel(); break;
      case 'evaluation':
        progress.evaluation(event);
        chartsReady.then(charts => charts.addEvaluation(event));
        if (state === 'done') showState();
        break;
      case 'diverged':
        trainingNotices.show(`The loss blew up, so training is paused and the last good weights are back. ` +
          `Try a learning rate smaller than ${settings.learningRate}.`, 'error');
        break;
      case 'error': trainingNotices.show(event.message, 'error'); break;
    }
  }

  function startOver() {
    chartsReady.then(charts => charts.clear());
    progress.clear();
  }

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

  trainButton.addEventListener('click', () => {
    if (state === 'training') {
      engine.pause();
      return;
    }
    const next = form.read();
    if (!next) return;
    act(async () => {
      await engine.loadDataset(next.dataset);
      const model = engine.model();
      const otherDataset = Boolean(model.dataset) && model.dataset !== next.dataset;
      const otherShape = !sameArchitecture(model, next);
      if (otherDataset) engine.reset(next);
      if (otherDataset || otherShape) startOver();
      chartsReady.then(charts => charts.newRun());
      runEpochs = next.epochs;
      status.textContent = 'Starting…';
      engine.train(next).catch(error => trainingNotices.show(error?.message ?? String(error), 'error'));
    });
  });

  resetButton.addEventListener('click', () => act(async () => {
    const next = form.read();
    if (!next) return;
    if (state === 'training') engine.pause();
    engine.reset(next);
    startOver();
    status.textContent = 'New random weights. Press Train.';
  }));

  updateButtons();
  showModel();
  status.textContent = 'Loading the network…';
  engine = await createEngine({ onEvent });
  live.setEngine(engine);
  // The engine starts with random weights of the default architecture; another one comes from the
  // trainer (its worker starts then; otherwise only when Train is pressed).
  if (!sameArchitecture(engine.model(), settings)) engine.reset(settings);
  showModel();
  showState();
  updateButtons();
}

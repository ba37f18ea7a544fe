// The main page: wires the drawing pad, the diagram, the training controls and the result views to
// the engine (engine.js), which owns the network. This file only forwards actions and draws events.

import { createEngine } from './engine.js';
import { byId } from './dom.js';
import { createSettingsForm } from './components/settings-form.js';
import { createLivePrediction } from './components/live-prediction.js';
import { createSamples } from './components/samples.js';
import { createPredictionView } from './components/prediction.js';
import { createDiagram } from './components/diagram.js';
import { createCharts } from './components/charts.js';
import { createEvaluationView } from './components/evaluation.js';
import { createProgressView } from './components/progress-view.js';
import { createTrainingController, blowUpText } from './components/training-controller.js';
import { addEmbedButton } from './components/embed-button.js';
import { modelSummary, layersText } from './components/model-text.js';
import { createNotices } from './notices.js';
import { loadSavedModel, persist, downloadModel, importModel } from './model-files.js';
import { BUNDLED_MODELS, defaultModel, fetchBundledModel, loadBundledModel } from './bundled-models.js';
import { createModelChooser, YOURS } from './components/model-chooser.js';
import { createRunKeeper } from './run-keeper.js';
import { t, number } from './i18n.js';

const notices = createNotices(byId('notices'));                 // page-wide: URL, starting model
const trainingNotices = createNotices(byId('training-notices')); // next to the buttons that caused them
const status = byId('status');
const exportButton = byId('export');
const importButton = byId('import-button');
const fileInput = byId('import');
const modelInfo = byId('model-info');

let saveOnNextModel = false;      // a reset's new weights arrive later, as a 'model' event
let savedAccuracy = null;         // test accuracy of the model saved in this browser (null: not evaluated)

// Views that need no engine, so that the page is drawn while the core loads.
const predictionView = createPredictionView({
  preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities'),
});
predictionView.show(null, null);
const evaluationView = createEvaluationView({ matrixHost: byId('confusion'), galleryHost: byId('gallery') });
const chartsReady = createCharts({ lossHost: byId('loss-chart'), accuracyHost: byId('accuracy-chart') });
const live = createLivePrediction({
  canvas: byId('pad'), view: predictionView,
  onError: message => notices.show(message, 'error'),
});
const padHint = byId('pad-hint');
const padHintParts = [...padHint.childNodes];   // "Draw a digit: ...", put back when the pad is cleared
byId('clear').addEventListener('click', () => {
  live.pad.clear();
  padHint.replaceChildren(...padHintParts);
});
let showPadItem = () => {};   // puts the current dataset's word in .pad-item, once the engine knows it

async function start() {
  let engine;
  let controller = null;
  try {
    engine = await createEngine({ onEvent: event => onEvent(event) });
  } catch (error) {
    status.textContent = t('main.engineFailed');
    notices.show(t('main.engineFailedNotice', { problem: error?.message ?? error }), 'error');
    return;
  }
  const table = engine.settings;

  // ---- settings: URL -> form -> URL ----

  const fromUrl = table.fromQuery(location.search);
  let settings = fromUrl.settings;
  // `model=` names the network the pad answers with: a bundled one, or `yours`, the visitor's own (the model
  // saved in this browser, or the one trained or imported since). The URL always names the one shown.
  const modelParam = new URLSearchParams(location.search).get('model');
  const named = modelParam === YOURS || BUNDLED_MODELS.includes(modelParam) ? modelParam : null;
  let chosen = null;     // the network shown: a bundled name or YOURS (null until the starting model is in)
  let own = null;        // the engine's own network, which it trains: YOURS, or the bundled one it started with
  const form = createSettingsForm(byId('settings'), table, {
    onChange: next => { settings = next; writeUrl(); },
    onValidity: ok => controller?.setFormValid(ok),
  });
  form.fill(settings, fromUrl.given.has('learningRate'));

  function writeUrl() {
    history.replaceState(null, '', table.toQuery(settings) + (chosen ? `&model=${chosen}` : '') + location.hash);
  }

  // ---- embed buttons: each widget's iframe snippet, as it is set up now ----

  const shownDataset = () => engine.model().dataset || settings.dataset;

  // ---- the pad's words and test images: those of the dataset the shown network reads ----

  showPadItem = () => {
    const { item } = table.datasets[shownDataset()];
    for (const span of document.querySelectorAll('.pad-item')) span.textContent = item;
    byId('pad').setAttribute('aria-label', t('main.padLabel', { item }));
  };
  const samples = createSamples(table.datasets);
  const sampleButton = byId('sample');
  sampleButton.disabled = false;
  sampleButton.addEventListener('click', async () => {
    const dataset = shownDataset();
    try {
      const { label, pixels, rows, cols } = await samples.next(dataset);
      live.pad.showImage(pixels, rows, cols);
      const name = table.classNames(engine.model(), dataset)[label];
      padHint.textContent = t('main.testImage', { name });
    } catch (error) {
      notices.show(t('main.noTestImage', { problem: error?.message ?? error }), 'error');
    }
  });
  const pretrained = t('main.embedPretrained');
  const shownModel = () => (chosen && chosen !== YOURS ? { model: chosen } : { dataset: shownDataset() });   // a bundled model shown: that one
  addEmbedButton(byId('draw-title'), () => ({ widget: 'pad', params: shownModel(), note: pretrained }));
  addEmbedButton(byId('network-title'), () => ({ widget: 'network', params: shownModel(), note: pretrained }));
  addEmbedButton(byId('train-title'), () => ({
    widget: 'trainer', params: Object.fromEntries(new URLSearchParams(table.toQuery(settings))),
  }));

  // ---- the model: text, class names, diagram ----

  const progress = createProgressView({ datasetTitle: table.datasetTitle });
  const diagram = createDiagram({
    host: byId('diagram'), engine,
    detail: {
      title: byId('neuron-title'), canvas: byId('neuron-weights'),
      caption: byId('neuron-caption'), activation: byId('neuron-activation'),
    },
  });
  live.setEngine(engine);
  live.setDiagram(diagram);
  byId('core-kind').textContent = engine.coreKind === 'js' ? t('main.coreJs') : 'WebAssembly';

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
    const classNames = table.classNames(model, settings.dataset);
    const summary = modelSummary(model);
    modelInfo.textContent = model.dataset ? t('main.modelTrained', { summary, dataset: table.datasetTitle(model.dataset) })
      : t('main.modelUntrained', { summary });
    modelInfo.title = t('main.modelLayers', { layers: layersText(model) });
    predictionView.setClassNames(classNames);
    showPadItem();
    diagram.setModel({ ...model, classNames, image: table.imageShape(model, settings.dataset) });
    live.now();
  }

  // ---- the chooser: which network answers the pad ----

  const chooser = createModelChooser(byId('model-choice'), choose);
  let latestChoice = null;
  let choosing = Promise.resolve();   // one choice at a time, in order

  /** The visitor chose `name`: shown once the choices before it are done, unless another came meanwhile. */
  function choose(name) {
    latestChoice = name;
    choosing = choosing.then(async () => {
      if (name !== latestChoice) return;   // stepped past with the arrow keys
      const problem = await show(name).catch(error => error?.message ?? String(error));
      if (problem) {
        notices.show(problem, 'error');
        chooser.show(chosen, own === YOURS);
      }
      refreshModel();
    });
  }

  /**
   * Shows `name` (a bundled model or YOURS) on the pad and the diagram; resolves to null, or what went
   * wrong (the model shown before stays). Another network than the engine's own is only shown: the trainer
   * keeps its network and its run, and choosing the own one back brings them with their latest weights.
   */
  async function show(name) {
    if (name === own) {
      engine.showOwn();
    } else {
      const { bytes, error } = await fetchBundledModel(name);
      const result = error ? { error } : engine.show(bytes);
      if (result.error) return t('main.pretrainedFailed', { file: `models/${name}.snn`, problem: result.error });
    }
    chosen = name;
    chooser.show(chosen, own === YOURS);
    writeUrl();
    return null;
  }

  /** The engine's network is the visitor's own now (trained, reset or imported), and the pad shows it. */
  function ownChosen() {
    own = chosen = YOURS;
    chooser.show(chosen, true);
    writeUrl();
  }

  // A training button trains the engine's own network, so the pad shows it again first (before the
  // controller's own click listeners, which read the engine's model).
  byId('train').parentElement.addEventListener('click', () => {
    if (own === null || chosen === own) return;
    engine.showOwn();
    chosen = own;
    chooser.show(chosen, own === YOURS);
    writeUrl();
    refreshModel();
  }, { capture: true });

  // ---- training ----

  controller = createTrainingController({
    buttons: { train: byId('train'), resume: byId('resume'), step: byId('step'), reset: byId('reset') },
    form, status, notices: trainingNotices, progress, chartsReady,
    texts: {
      idle: t('main.idle'),
      loading: t('main.loading'),
      training: t('training.training'),
      paused: (at, epochs) => at ? t('main.pausedAt', { epoch: at.epoch, epochs, batch: at.batch, batches: at.batchesPerEpoch })
        : t('main.paused'),
      step: (event, epochs) => t('main.step', { epoch: event.epoch, epochs, batch: event.batch, batches: event.batchesPerEpoch,
        loss: number(event.loss, { minimumFractionDigits: 4, maximumFractionDigits: 4 }) }),
      done: accuracy => accuracy ? t('main.doneAccuracy', { accuracy }) : t('main.done'),
      reset: t('main.reset'),
      fresh: t('main.fresh'),
      batch: (event, epochs) => t('main.batch', { epoch: event.epoch, epochs, batch: event.batch, batches: event.batchesPerEpoch }),
      testing: (epoch, epochs, { evaluated, total }) => t('main.testing', { epoch, epochs,
        evaluated: number(evaluated), total: number(total) }),
      diverged: blowUpText,
    },
    hooks: {
      onState: state => {
        if (state === 'paused' || state === 'done') runKeeper.keep();
        // A run makes the engine's network the visitor's, even before its first weights reach the page.
        if (state === 'training' && own !== YOURS) {
          own = YOURS;
          chooser.show(chosen, true);
        }
      },
      onStep: () => runKeeper.keep(),
      onModel: () => {
        if (chosen !== YOURS) ownChosen();
        scheduleModelRefresh();
        if (saveOnNextModel) save(engine.exportModel(), null);
        saveOnNextModel = false;
      },
      onEvaluation: event => {
        evaluationView.show(event, table.classNames(engine.model(), settings.dataset));
        // Only weights evaluated no worse than the saved model replace it.
        if (event.best && (savedAccuracy === null || event.testAccuracy >= savedAccuracy)) {
          save(event.best, event.testAccuracy);
        }
        runKeeper.noteEvaluation(event);
        runKeeper.keep();
      },
      onStartOver: () => evaluationView.clear(),
      onReset: () => {
        saveOnNextModel = true;   // the visitor asked for new weights: they replace the saved model
        runKeeper.forget();
      },
      onButtons: ({ ready, training, loading }) => {
        exportButton.disabled = !ready;
        importButton.disabled = !ready || training || loading;
      },
    },
  });
  // Events can only come once the worker runs, which needs the controller's buttons.
  function onEvent(event) {
    controller?.onEvent(event);
  }

  /** Saves a model file with its test accuracy (null: not evaluated) as the one the next visit starts with. */
  async function save(bytes, accuracy) {
    const problem = await persist(bytes, accuracy);
    if (problem) trainingNotices.show(problem, 'warning', 'storage');
    else savedAccuracy = accuracy;
  }

  const runKeeper = createRunKeeper({
    engine, controller, chartsReady,
    onProblem: problem => trainingNotices.show(problem, 'warning', 'storage'),
  });

  // Leaving or hiding the tab mid-epoch keeps the run as it is (the next evaluation may never come).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') runKeeper.keep();
  });

  exportButton.addEventListener('click', () => downloadModel(engine));
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => controller.act(async () => {
    const file = fileInput.files[0];
    fileInput.value = '';
    if (!file) return;
    const result = await importModel(engine, file);
    if (!result.ok) {
      trainingNotices.show(t('main.importFailed', { file: file.name, problem: result.error }), 'error');
      return;
    }
    ownChosen();
    adoptModelSettings(new Set());
    controller.setIdle();
    controller.startOver();
    refreshModel();
    runKeeper.forget();
    save(engine.exportModel(), null);   // the visitor chose it: it replaces the saved model
    trainingNotices.show(t('main.imported', { file: file.name }), 'info');
  }));

  /**
   * Copies the current model's architecture into the form, except fields listed in `keep` (the URL's): a
   * fully connected model as its hidden sizes and activation (when those make exactly its network), any
   * other as its whole spec. A URL that chose hidden sizes or an activation keeps the spec field empty.
   */
  function adoptModelSettings(keep) {
    const model = engine.model();
    const adopted = { ...settings };
    const hidden = model.sizes.slice(1, -1);
    const asHidden = table.architecture({ hidden, activation: String(model.activation), dataset: settings.dataset });
    const fullyConnected = asHidden.spec === model.spec;
    if (!['architecture', 'hidden', 'activation'].some(name => keep.has(name))) {
      adopted.architecture = fullyConnected ? '' : model.spec;
    }
    if (fullyConnected && !keep.has('hidden')) adopted.hidden = hidden;
    if (fullyConnected && !keep.has('activation') && !table.FIELDS.activation.read(String(model.activation)).error) adopted.activation = model.activation;
    if (!keep.has('dataset') && !table.FIELDS.dataset.read(String(model.dataset)).error) adopted.dataset = model.dataset;
    settings = adopted;
    form.fill(settings);
    writeUrl();
  }

  // ---- the starting model ----

  // The engine's own network loads first: the visitor's (saved in this browser), else the pretrained one
  // the URL names or the dataset's best, from which the first Train starts a new network; a kept run
  // comes after it (a model loaded later would replace the run). Then the network the URL names is shown.
  status.textContent = t('main.loadingModel');
  if (modelParam !== null && !named) {
    notices.show(t('main.badModelParam', { value: modelParam, expected: [...BUNDLED_MODELS, YOURS] }), 'warning');
  }
  const saved = await loadSavedModel(engine);
  savedAccuracy = saved.accuracy;
  for (const problem of saved.problems) notices.show(problem, 'warning');
  let wanted = named ?? (saved.loaded ? YOURS : defaultModel(settings.dataset));
  if (wanted === YOURS && !saved.loaded) {
    wanted = defaultModel(settings.dataset);
    notices.show(t('main.noOwnNetwork', { model: wanted }), 'info');
  }
  if (saved.loaded) {
    own = YOURS;
    adoptModelSettings(fromUrl.given);
  } else {
    const problem = await loadBundledModel(engine, wanted);
    if (problem) {
      notices.show(t('main.pretrainedFailedRandom', { file: `models/${wanted}.snn`, problem }), 'warning');
      engine.reset(settings);   // its weights arrive as a 'model' event: the visitor's own network
    } else {
      own = wanted;
    }
  }
  const kept = await runKeeper.restore(problem => notices.show(problem, 'warning'));
  if (kept) {
    settings = { ...table.DEFAULTS, ...kept.settings };   // a run kept before a setting existed has its default
    form.fill(settings, true);   // the run's own rate
    if (kept.evaluation) {
      progress.evaluation(kept.evaluation);
      evaluationView.show(kept.evaluation, table.classNames(engine.model(), settings.dataset));
    }
    controller.restore(kept);
  }
  if (own !== null) {
    const problem = await show(wanted);
    if (problem) {
      notices.show(problem, 'warning');
      await show(own);
    } else if (own === YOURS && !named) {
      notices.show(t('main.welcomeBack'), 'info');
    }
  }
  if (own !== null && own !== YOURS && !kept) controller.trainFromScratch();   // the site's network, not yours
  // Named only now, after the starting model may have changed the fallback (a saved or pretrained
  // model's architecture): the warning names the value the form shows.
  for (const { name, param, value, error } of fromUrl.problems) {
    const shown = table.FIELDS[name].write(settings[name]);
    notices.show(shown === '' ? t('main.badParamEmpty', { param, value, problem: error })
      : t('main.badParam', { param, value, problem: error, shown }), 'warning');
  }
  refreshModel();
  controller.setEngine(engine);
  controller.showState();
}

start();

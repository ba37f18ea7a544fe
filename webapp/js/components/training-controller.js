// The training controls of the main page and of the embeddable trainer: the Train/Pause, Reset, Resume
// and Step buttons, the status line, the engine's events and starting over. Each page passes its own
// views and words; what happens when a button is pressed is written here, once.
//
// A pressed button that disables itself while the engine works (Train while a dataset loads) keeps the
// keyboard focus (see setDisabled): a truly disabled button would drop it to <body>, where Space scrolls.

import { t, number } from '../i18n.js';

/**
 * The notice after a blow-up (an engine 'diverged' event during a run with `settings`): what happened,
 * what was put back, what to try.
 */
export function blowUpText(event, settings) {
  const at = { epoch: event.epoch, batch: event.batch };
  const what = event.loss === null ? t('training.blowUpNotANumber', at)
    : t('training.blowUpRanAway', { ...at, loss: event.loss.toExponential(1) });
  const back = event.restoredAccuracy === null ? t('training.blowUpBackToStart')
    : t('training.blowUpBackToBest', { accuracy: number(event.restoredAccuracy, { style: 'percent', minimumFractionDigits: 2 }) });
  return t('training.blowUp', { what, back, rate: settings.learningRate, smaller: +(settings.learningRate / 10).toPrecision(2) });
}

/**
 * `buttons`: { train, reset, resume?, step? }; `form`: the settings form (settings-form.js); `status`:
 * the status line; `notices`: where errors go; `progress`: the progress view; `chartsReady`: a promise
 * of the charts; `texts`: { idle, loading, training, reset: status texts; fresh (with trainFromScratch()): the notice
 * when Train starts a new network over the pretrained one; paused(position, epochs) with position the last 'batch' event or null;
 * done(accuracy text or null); batch(event, epochs) while training; testing(epoch, epochs, { evaluated, total })
 * while an epoch's test images run; step(event, epochs) after a Step;
 * diverged(event, settings) }; `hooks` (all optional): onDataProgress(event), onState(state), onModel(),
 * onEvaluation(event), onStep(event) after a Step's batch, onStartOver(), onReset() just before a reset,
 * onButtons({ ready, training, loading }) for a page's own buttons.
 */
export function createTrainingController({ buttons, form, status, notices, progress, chartsReady, texts, hooks = {} }) {
  let engine = null;
  let state = 'idle';       // the engine's last 'state' event
  let busy = false;         // waiting for the engine (loading data, resetting, ...)
  let formValid = true;
  let runEpochs = 0;        // epochs of the run in progress, for "epoch 2 of 5"
  let position = null;      // the run's last 'batch' event: where it stands
  let settings = null;      // the settings of the last Train or Reset
  let newWeights = false;   // Reset gave new random weights, not trained since
  let fromScratch = false;  // the next Train starts a new network (the page shows a pretrained one)
  const guarded = new WeakSet();  // buttons whose presses are ignored while they are aria-disabled

  /**
   * Disables a button. The one that has the focus stays focusable instead: aria-disabled (screen readers
   * say "dimmed", style.css greys it) and its presses are ignored, so the focus never falls to <body>.
   */
  function setDisabled(button, disabled) {
    if (!button) return;
    if (!guarded.has(button)) {
      guarded.add(button);
      // Capture on the target runs before the page's own click listeners, so it can stop them.
      button.addEventListener('click', event => {
        if (button.getAttribute('aria-disabled') !== 'true') return;
        event.preventDefault();
        event.stopImmediatePropagation();
      }, { capture: true });
    }
    const keepFocus = disabled && document.activeElement === button;
    button.disabled = disabled && !keepFocus;
    if (keepFocus) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
  }

  function updateButtons() {
    const ready = engine !== null && !busy;
    const training = state === 'training';
    const loading = state === 'loading';
    buttons.train.textContent = training ? t('training.pause') : t('training.train');
    setDisabled(buttons.train, !ready || loading || (!training && !formValid));
    setDisabled(buttons.resume, !ready || state !== 'paused');
    setDisabled(buttons.step, !ready || state !== 'paused');   // the engine steps within a paused run
    setDisabled(buttons.reset, !ready || loading || !formValid);
    form.setLocked(training || loading || busy);
    hooks.onButtons?.({ ready, training, loading });
  }

  function showState() {
    const accuracy = document.getElementById('test-accuracy').textContent;
    if (state === 'idle' && newWeights) status.textContent = texts.reset;
    else if (state === 'paused') status.textContent = texts.paused(position, runEpochs);
    else if (state === 'done') status.textContent = texts.done(accuracy !== '–' ? accuracy : null);
    else status.textContent = texts[state] ?? state;
  }

  function onEvent(event) {
    switch (event.type) {
      case 'dataProgress':
        progress.dataLoading(event);
        hooks.onDataProgress?.(event);
        break;
      case 'state':
        if (state === 'loading' && event.state !== 'loading') progress.dataOver();
        state = event.state;
        showState();
        updateButtons();
        hooks.onState?.(state);
        break;
      case 'batch':
        position = event;
        progress.batch(event, runEpochs);
        // Paused, a batch is a Step's; at a pause the last batches come just before the 'paused' state.
        status.textContent = state === 'paused' ? texts.step(event, runEpochs) : texts.batch(event, runEpochs);
        chartsReady.then(charts => charts.addBatch(event));
        if (state === 'paused') hooks.onStep?.(event);
        break;
      case 'model':
        hooks.onModel?.();
        break;
      case 'evaluating':
        progress.evaluating(event);
        // The epoch's batches are done: while its test images run, the status says so, not "batch N of N".
        if (state === 'training' && position) status.textContent = texts.testing(position.epoch, runEpochs, event);
        break;
      case 'evaluation':
        progress.evaluation(event);
        chartsReady.then(charts => charts.addEvaluation(event));
        hooks.onEvaluation?.(event);
        if (state === 'done') showState();
        break;
      case 'diverged':
        position = event;   // the batch that blew up: where the run is paused
        showState();
        notices.show(texts.diverged(event, settings), 'error', 'diverged');   // replaces the last one
        break;
      case 'error':
        notices.show(event.message, 'error');
        break;
    }
  }

  /** Runs an engine action with the buttons disabled; a failure becomes a visible message. */
  async function act(action) {
    busy = true;
    updateButtons();
    try {
      await action();
    } catch (error) {
      notices.show(error?.message ?? String(error), 'error');
    } finally {
      busy = false;
      updateButtons();
    }
  }

  /** Clears what belonged to the previous network: charts, progress, the page's own views. */
  function startOver() {
    chartsReady.then(charts => charts.clear());
    progress.clear();
    position = null;
    hooks.onStartOver?.();
  }

  // engine.train() resolves once the run is handed to the worker (after its dataset has loaded); the
  // run itself goes on and reports through events. It is not awaited under act(), so that the Pause
  // button is usable as soon as the run starts.
  function run(promise) {
    Promise.resolve(promise).catch(error => notices.show(error?.message ?? String(error), 'error'));
  }

  buttons.train.addEventListener('click', () => {
    if (state === 'training') {
      engine.pause();
      return;
    }
    const next = form.read();
    if (!next) return;
    act(async () => {
      await engine.loadDataset(next.dataset);
      const { dataset } = engine.model();
      // Digits are no start for clothes: another dataset than the network learnt starts afresh; so does
      // the first Train over the site's pretrained network, which the visitor did not train.
      const afresh = fromScratch || (Boolean(dataset) && dataset !== next.dataset);
      if (afresh) engine.reset(next);
      if (afresh || !engine.settings.sameArchitecture(engine.model(), next)) startOver();
      chartsReady.then(charts => charts.newRun());
      settings = next;
      runEpochs = next.epochs;
      status.textContent = t('training.starting');
      if (fromScratch) notices.show(texts.fresh, 'info', 'fresh');
      fromScratch = newWeights = false;
      run(engine.train(next));
    });
  });

  buttons.resume?.addEventListener('click', () => run(engine.resume()));
  buttons.step?.addEventListener('click', () => run(engine.step()));

  // A Reset during training stops the run too: the worker drops it for the new weights, and whatever it
  // sent about the old ones meanwhile is dropped by the engine (it belongs to an older generation).
  buttons.reset.addEventListener('click', () => act(async () => {
    const next = form.read();
    if (!next) return;
    settings = next;
    runEpochs = 0;
    newWeights = true;
    fromScratch = false;
    hooks.onReset?.();
    engine.reset(next);
    startOver();
    state = 'idle';
    showState();
  }));

  return {
    onEvent, act, updateButtons, showState, startOver,
    /** The engine, once it has loaded: the buttons work from then on. */
    setEngine(next) {
      engine = next;
      updateButtons();
    },
    setFormValid(ok) {
      formValid = ok;
      updateButtons();
    },
    /** An imported model starts no run: there is nothing to resume or step. */
    setIdle() {
      state = 'idle';
      newWeights = fromScratch = false;
      showState();
      updateButtons();
    },
    /** The next Train trains a new network from random weights (the page shows the site's pretrained one). */
    trainFromScratch() {
      fromScratch = true;
    },
    /** Where the run stands, to keep across a reload: { state, runEpochs, position, settings }. */
    runView: () => ({ state, runEpochs, position, settings }),
    /** Shows a run kept from the last visit (runView()), paused or done: Resume and Step go on with it. */
    restore(view) {
      ({ state, runEpochs, position, settings } = view);
      fromScratch = newWeights = false;
      if (position) progress.batch(position, runEpochs);
      showState();
      updateButtons();
    },
    state: () => state,
  };
}

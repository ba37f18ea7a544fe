// The training controls of the main page and of the embeddable trainer: the Train/Pause, Reset, Resume
// and Step buttons, the status line, the engine's events and starting over. Each page passes its own
// views and words; what happens when a button is pressed is written here, once.
//
// A pressed button that disables itself while the engine works (Train while a dataset loads) keeps the
// keyboard focus (see setDisabled): a truly disabled button would drop it to <body>, where Space scrolls.

/**
 * `buttons`: { train, reset, resume?, step? }; `form`: the settings form (settings-form.js); `status`:
 * the status line; `notices`: where errors go; `progress`: the progress view; `chartsReady`: a promise
 * of the charts; `texts`: { [state]: status text or a function of the test accuracy text, batch(event,
 * epochs), diverged(settings) }; `hooks` (all optional): onDataProgress(event), onState(state), onModel(),
 * onEvaluation(event),
 * onStartOver(), onReset() just before a reset, onButtons({ ready, training, loading }) for a page's
 * own buttons.
 */
export function createTrainingController({ buttons, form, status, notices, progress, chartsReady, texts, hooks = {} }) {
  let engine = null;
  let state = 'idle';       // the engine's last 'state' event
  let busy = false;         // waiting for the engine (loading data, resetting, ...)
  let formValid = true;
  let runEpochs = 0;        // epochs of the run in progress, for "epoch 2 of 5"
  let settings = null;      // the settings of the last Train or Reset
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
    buttons.train.textContent = training ? 'Pause' : 'Train';
    setDisabled(buttons.train, !ready || loading || (!training && !formValid));
    setDisabled(buttons.resume, !ready || state !== 'paused');
    setDisabled(buttons.step, !ready || state !== 'paused');   // the engine steps within a paused run
    setDisabled(buttons.reset, !ready || loading || !formValid);
    form.setLocked(training || loading || busy);
    hooks.onButtons?.({ ready, training, loading });
  }

  function showState() {
    const accuracy = document.getElementById('test-accuracy').textContent;
    const text = texts[state];
    status.textContent = typeof text === 'function' ? text(accuracy !== '–' ? accuracy : null) : text ?? state;
  }

  function onEvent(event) {
    switch (event.type) {
      case 'dataProgress':
        progress.dataLoading(event);
        hooks.onDataProgress?.(event);
        break;
      case 'state':
        state = event.state;
        showState();
        updateButtons();
        hooks.onState?.(state);
        break;
      case 'batch':
        progress.batch(event, runEpochs);
        status.textContent = texts.batch(event, runEpochs);
        chartsReady.then(charts => charts.addBatch(event));
        break;
      case 'model':
        hooks.onModel?.();
        break;
      case 'evaluation':
        progress.evaluation(event);
        chartsReady.then(charts => charts.addEvaluation(event));
        hooks.onEvaluation?.(event);
        if (state === 'done') showState();
        break;
      case 'diverged':
        notices.show(texts.diverged(settings), 'error');
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
      // Digits are no start for clothes: another dataset than the network learnt starts afresh.
      const otherDataset = Boolean(dataset) && dataset !== next.dataset;
      if (otherDataset) engine.reset(next);
      if (otherDataset || !engine.settings.sameArchitecture(engine.model(), next)) startOver();
      chartsReady.then(charts => charts.newRun());
      settings = next;
      runEpochs = next.epochs;
      status.textContent = 'Starting…';
      run(engine.train(next));
    });
  });

  buttons.resume?.addEventListener('click', () => engine.resume());
  buttons.step?.addEventListener('click', () => engine.step());

  buttons.reset.addEventListener('click', () => act(async () => {
    const next = form.read();
    if (!next) return;
    if (state === 'training') engine.pause();
    settings = next;
    hooks.onReset?.();
    engine.reset(next);
    startOver();
    status.textContent = texts.reset;
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
      showState();
      updateButtons();
    },
    state: () => state,
  };
}

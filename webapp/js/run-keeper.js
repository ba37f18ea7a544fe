// The training run kept in this browser: saved while a run goes on (after every epoch, at a pause, a
// blow-up or the end, when the tab is hidden, and every few seconds) and after it ends, so that after a
// reload the page shows it again, charts and last evaluation included, and Resume goes on exactly where
// it stopped. The run itself is the core's RunFile (weights, optimiser, position, shuffling: the run
// goes on bit for bit as if never interrupted); the view is what the page showed of it.

import { saveRun, loadRun, forgetRun } from './storage.js';
import { t } from './i18n.js';

const KEEP_MS = 15000;   // while training, at most this much of a run is lost to a crash

/**
 * `controller`: the training controller (its runView() and restore()); `chartsReady`: the charts;
 * `onProblem(text)`: a storage failure, shown as a warning (the run goes on; nothing else is lost).
 */
export function createRunKeeper({ engine, controller, chartsReady, onProblem }) {
  let evaluation = null;   // the run's last 'evaluation' event, without its model bytes
  let keeping = null;      // the save under way: one at a time
  let again = false;       // asked to save while one was under way: save once more after it

  setInterval(() => { if (controller.state() === 'training') keep(); }, KEEP_MS);

  /** Notes the run's latest evaluation (an engine 'evaluation' event), to show again after a reload. */
  function noteEvaluation({ best, ...shown }) {
    evaluation = shown;
  }

  /** Saves the run as it is now; resolves when saved (or failed, which onProblem hears). */
  function keep() {
    if (keeping) {
      again = true;
      return keeping;
    }
    keeping = (async () => {
      try {
        const bytes = await engine.exportRun();
        if (!bytes) return;
        const charts = await chartsReady;
        const view = { ...controller.runView(), charts: charts.history(), evaluation };
        // A run in progress comes back paused: the visitor resumes it.
        if (view.state !== 'done') view.state = 'paused';
        await saveRun(bytes, view);
      } catch (error) {
        onProblem(t('files.runKeepFailed', { problem: error?.message ?? error }));
      } finally {
        keeping = null;
        if (again) {
          again = false;
          keep();
        }
      }
    })();
    return keeping;
  }

  /** Forgets the kept run (a reset or an import starts another network). */
  async function forget() {
    evaluation = null;
    try {
      await keeping;
      await forgetRun();
    } catch (error) {
      // Nothing to undo: a run that cannot be forgotten is refused by the core or replaced by the next one.
    }
  }

  /**
   * Brings back the kept run, if any: the engine takes it (Resume, Step and Train go on from it) and the
   * charts show its history again. Resolves to its view { state, runEpochs, position, settings, evaluation }
   * for the page to show, or null. A damaged run is reported through `report(text)` and forgotten.
   */
  async function restore(report) {
    let kept;
    try {
      kept = await loadRun();
    } catch (error) {
      return null;   // storage is unavailable: loading the model said so already
    }
    if (!kept) return null;
    let problem;
    try {
      const result = engine.keepRun(kept.bytes, kept.view.settings.dataset);
      if (result.ok) {
        if (kept.view.charts) (await chartsReady).restore(kept.view.charts);
        evaluation = kept.view.evaluation;
        return kept.view;
      }
      problem = result.error;
    } catch (error) {
      problem = error?.message ?? String(error);
    }
    report(t('files.runRestoreFailed', { problem }));
    forget();
    return null;
  }

  return { keep, forget, restore, noteEvaluation };
}

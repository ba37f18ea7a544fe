// The page's side of the race worker (race-worker.js), shared by the chapters that race networks (9, the
// optimisers; 11, the cures of overfitting). What every race says the same way is shown here, in the chapter's
// words PREFIX-download, PREFIX-unpacking, PREFIX-error and PREFIX-failed: the data's download, its unpacking, a
// problem the worker reported (a failed download, a file the core refused) and a worker that failed itself. After
// either of the last two, `start` is the reader's again, to try again, and `pause` is off. The race's own
// messages (started, losses, accuracy, done) go to the chapter.

import { fmt } from './core.js';
import { workerText } from '../core-words.js';
import { words } from './words.js';
import { t } from '../i18n.js';

const MB = 1024 * 1024;

/**
 * Starts the race worker and passes each of its messages to `handlers[type]`, after showing the shared ones in
 * `status`. Returns what the chapter sends its commands to: { postMessage(command) }. A worker that failed
 * (its script did not load, or it threw) is replaced by a new one at the next command.
 */
export function startRace({ prefix, status, start, pause }, handlers) {
  const stopped = () => {
    start.disabled = false;
    pause.disabled = true;
  };
  let worker = spawn();

  function spawn() {
    const spawned = new Worker(new URL('race-worker.js', import.meta.url));
    spawned.onmessage = ({ data: message }) => {
      switch (message.type) {
        case 'download':
          status.textContent = words(`${prefix}-download`, { loaded: fmt(message.loaded / MB, 1), total: fmt(message.total / MB, 1) });
          return;
        case 'unpacking':
          status.textContent = words(`${prefix}-unpacking`);
          return;
        case 'error':
          status.textContent = words(`${prefix}-error`, { problem: workerText(message) });
          stopped();
          return;
      }
      const handle = handlers[message.type];
      if (!handle) throw new Error('unknown message from the race worker: ' + message.type);
      handle(message);
    };
    spawned.onerror = event => {
      status.textContent = words(`${prefix}-failed`, { message: event.message || t('files.workerScriptFailed') });
      spawned.terminate();
      worker = null;
      stopped();
    };
    return spawned;
  }

  return { postMessage: command => (worker ??= spawn()).postMessage(command) };
}

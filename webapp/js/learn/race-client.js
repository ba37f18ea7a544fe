// The page's side of the race worker (race-worker.js), shared by the chapters that race networks (9, the
// optimisers; 11, the cures of overfitting). What every race says the same way is shown here, in the chapter's
// words PREFIX-download, PREFIX-unpacking and PREFIX-failed: the data's download, its unpacking, and a worker that
// failed or reported a problem. The race's own messages (started, losses, accuracy, done) go to the chapter.

import { fmt } from './core.js';
import { workerText } from '../core-words.js';
import { words } from './words.js';

const MB = 1024 * 1024;

/**
 * Starts the race worker and passes each of its messages to `handlers[type]`, after showing the shared ones in
 * `status`; an error also gives the reader `start` back. Returns the worker, for the chapter's commands.
 */
export function startRace({ prefix, status, start }, handlers) {
  const worker = new Worker(new URL('race-worker.js', import.meta.url));
  worker.onmessage = ({ data: message }) => {
    switch (message.type) {
      case 'download':
        status.textContent = words(`${prefix}-download`, { loaded: fmt(message.loaded / MB, 1), total: fmt(message.total / MB, 1) });
        return;
      case 'unpacking':
        status.textContent = words(`${prefix}-unpacking`);
        return;
      case 'error':
        status.textContent = workerText(message);
        start.disabled = false;
        return;
    }
    const handle = handlers[message.type];
    if (!handle) throw new Error('unknown message from the race worker: ' + message.type);
    handle(message);
  };
  worker.onerror = event => { status.textContent = words(`${prefix}-failed`, { message: event.message }); };
  return worker;
}

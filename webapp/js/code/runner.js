// The page's side of the sandbox: a hidden <iframe sandbox="allow-scripts"> of code-sandbox.html (an opaque
// origin: the learner's code cannot touch this page or the site's storage), to which each run is posted as
// data. One run at a time: a new one replaces the one before. See js/code/sandbox.js for the messages.

/** How long a learner's code may run without a sign of life before it is stopped. */
export const TIMEOUT_MS = 4000;

/** How long the sandbox page may take to load before a run says it cannot start. */
const SANDBOX_START_MS = 10000;

/**
 * The sandbox page, at the site's root: found from this script (js/code/), not from the page, whose folder
 * depends on its language (learn/code/, zh/learn/code/).
 */
const SANDBOX_PAGE = new URL('../../code-sandbox.html', import.meta.url).href;

export class Sandbox {
  constructor() {
    this.frame = document.createElement('iframe');
    this.frame.sandbox = 'allow-scripts';
    this.frame.hidden = true;
    this.pending = null;
    this.nextId = 1;
    this.ready = new Promise(resolve => {
      addEventListener('message', event => {
        // Only the frame's own messages, and only while it is the opaque-origin sandbox ('null').
        if (event.source !== this.frame.contentWindow || event.origin !== 'null'
            || typeof event.data !== 'object' || event.data === null) return;
        if (event.data.ready) resolve();
        else this.receive(event.data);
      });
    });
    this.frame.src = SANDBOX_PAGE;
    document.body.append(this.frame);
  }

  /**
   * Runs `variants` (the learner's code first) after `sources`, calling `harness` (a function of this page's
   * modules, sent as its text) on each of `cases` after each. Resolves to { outputs, logs, error } (error null, or
   * the learner's first exception on a case) or { error } alone, and never rejects.
   */
  async run({ sources = [], variants, harness, cases, transfer = [], timeout = TIMEOUT_MS, onProgress = () => {} }) {
    const started = await Promise.race([this.ready.then(() => true),
      new Promise(resolve => setTimeout(() => resolve(false), SANDBOX_START_MS))]);
    if (!started) return { error: { kind: 'no-sandbox' } };
    if (this.pending) this.pending.resolve({ error: { kind: 'replaced' } });
    const id = this.nextId++;
    return new Promise(resolve => {
      this.pending = { id, resolve, onProgress };
      this.frame.contentWindow.postMessage({ id, sources, variants, harness: String(harness), cases, timeout, transfer }, '*', transfer);
    });
  }

  receive(message) {
    const pending = this.pending;
    if (!pending || message.id !== pending.id) return;
    if (message.progress !== undefined) {
      pending.onProgress(message.progress);
      return;
    }
    this.pending = null;
    pending.resolve(message.outputs ? { outputs: message.outputs, logs: message.logs, error: message.error } : { error: message.error });
  }
}

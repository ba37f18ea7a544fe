// The course's door to the Java core. Each chapter loads the same compiled core as the main page
// (core-loader.js: once per page, shared with the chapter's drawing desk) and calls BrowserExports'
// lesson* functions directly: a lesson computes in a millisecond or two, so unlike the main page's
// training it needs no worker (chapter 9 excepted: its race runs in a worker, which loads its own core).

import { loadCore } from '../core-loader.js';
import { t } from '../i18n.js';

/**
 * Runs a chapter's `start(java, schema)` once the core is loaded (its exports and its settings table); a failure is shown in the page's
 * status line (and thrown on, so that it is also a page error) instead of leaving dead widgets. A chapter
 * whose core runs elsewhere (chapter 9: in its worker) passes `{ core: false }` and gets no arguments.
 */
export async function startChapter(start, { core = true } = {}) {
  const status = document.getElementById('chapter-status');
  try {
    const { java, schema } = core ? await loadCore() : {};
    await start(java, schema);
    status.textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.textContent = t('chapter.failed', { problem: error.message ?? error });
    status.classList.add('error');
    throw error;
  }
}

/** A number for display: fixed decimals, a real minus sign, "–" for a missing one. */
export function fmt(value, decimals = 3) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const shown = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;   // no "−0.000"
  return shown.toFixed(decimals).replace('-', '−');
}

// The course's door to the Java core. Each chapter loads the same compiled core as the main page (the
// browser has it cached) and calls BrowserExports' lesson* functions directly: a lesson computes in a
// millisecond or two, so unlike the main page's training it needs no worker (chapter 9 excepted).

const CORE = new URL('../../core/', import.meta.url);

/** Resolves to the core's exported functions: WasmGC where the browser has it, else the JS build. */
export async function loadCore() {
  try {
    await import(new URL('classes.wasm-runtime.js', CORE));
    const teavm = await globalThis.TeaVM.wasmGC.load(new URL('scratchnet.wasm', CORE).href);
    return teavm.exports;
  } catch (wasmProblem) {
    console.info('WebAssembly GC unavailable, using the JavaScript build of the core:', wasmProblem);
    await import(new URL('scratchnet.js', CORE));   // TeaVM's UMD wrapper puts the exports on globalThis
    return globalThis;
  }
}

/**
 * Runs a chapter's `start(java)` once the core is loaded; a failure is shown in the page's
 * status line (and thrown on, so that it is also a page error) instead of leaving dead widgets.
 */
export async function startChapter(start) {
  const status = document.getElementById('chapter-status');
  try {
    const java = await loadCore();
    await start(java);
    status.textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.textContent = `This chapter's widgets could not start: ${error.message ?? error}`;
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

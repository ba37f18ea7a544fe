// Loads the compiled core inside a Web Worker: the worker-side twin of core-loader.js, shared by the
// training worker (training-worker.js) and chapter 9's race worker (learn/race-worker.js).
//
// A classic script, pulled in with importScripts, because importScripts is how both TeaVM outputs load in
// a worker. Written without async/await and spread syntax so that HtmlUnit's JS engine, which the tests
// of the JS build use, can run it too; plain callbacks rather than promises, because HtmlUnit runs no
// promise callbacks inside workers.
'use strict';

/**
 * Loads the core from `coreFolder` (relative to the worker script, e.g. '../core/') and calls
 * `ready(java, kind)` with its exported functions and 'wasm' or 'js'. `kind` 'js' asks for the JS build
 * at once (it loads synchronously, so `ready` runs before this returns); otherwise WasmGC is tried first
 * and the JS build is the fallback. `failed(words)` runs if neither loads, with the problem as
 * words { key, values } for the page to word (a worker has no document: see i18n.js's problemText).
 */
function loadWorkerCore(coreFolder, kind, ready, failed) {
  function loadJs() {
    try {
      // With no module system around, TeaVM's UMD wrapper puts the exported functions on the global scope.
      importScripts(coreFolder + 'scratchnet.js');
    } catch (error) {
      failed({ key: 'files.coreFailed', values: { problem: String(error && error.message || error) } });
      return;
    }
    ready(self, 'js');
  }
  if (kind === 'js') {
    loadJs();
    return;
  }
  // A runtime that fails to load or to start (no WebAssembly GC, e.g. older Safari) falls back to the JS
  // build, as core-loader.js does on the page: both a throw here and a rejected load lead to loadJs.
  let loading;
  try {
    importScripts(coreFolder + 'classes.wasm-runtime.js');
    // The SIMD kernels, where the browser runs them: see simd-kernels.js, which sits in js/ beside this file.
    importScripts(coreFolder + '../js/simd-kernels.js');
    loading = simdCoreOptions(coreFolder).then(function (options) {
      return TeaVM.wasmGC.load(coreFolder + 'scratchnet.wasm', options);
    });
  } catch (wasmProblem) {
    loadJs();
    return;
  }
  loading.then(function (teavm) {
    ready(teavm.exports, 'wasm');
  }, loadJs);
}

/**
 * Throws what the core's answer says is wrong: `answer` is null (nothing is) or the JSON of a
 * net.scratchnet.words.Message. The error's message is the English; its `problem` ({problem, values}) goes to
 * the page with it, which words it in its own language (core-words.js): a worker has no page language.
 */
function throwCoreProblem(answer) {
  if (!answer) return;
  const problem = JSON.parse(answer);
  const error = new Error(problem.message);
  error.problem = problem;
  throw error;
}

// The one door to the compiled Java core for every page: the main page, the course, the embeds. The core
// comes as WebAssembly with garbage collection (WasmGC) where the browser supports it, and as plain
// JavaScript (slower) where it does not. It loads once per page: every caller shares the same promise, so
// a chapter whose drawing desk and widgets both ask for it still compiles it once.
// (Workers load it through worker-core.js: a classic worker has importScripts, not import.)

import { worded } from './core-words.js';

const CORE = new URL('../core/', import.meta.url);

let loading = null;

/** Resolves to { kind: 'wasm' | 'js', java: the core's exported functions, schema: the settings table }. */
export function loadCore() {
  loading ??= load();
  return loading;
}

async function load() {
  const { kind, java } = await compile();
  // The settings table (net.scratchnet.settings.TrainingSettings): parsed once, its names in the page's
  // language, shared by everyone.
  return { kind, java, schema: worded(JSON.parse(java.settingsSchema())) };
}

// WasmGC first; if the browser cannot compile it (no GC proposal, e.g. older Safari), the JS build.
async function compile() {
  try {
    await import(new URL('classes.wasm-runtime.js', CORE));
    // The SIMD kernels, where the browser runs them (simd-kernels.js): the core's fastest matrix products.
    await import('./simd-kernels.js');
    const options = await globalThis.simdCoreOptions(CORE.href);
    const teavm = await globalThis.TeaVM.wasmGC.load(new URL('scratchnet.wasm', CORE).href, options);
    return { kind: 'wasm', java: teavm.exports };
  } catch (wasmProblem) {
    console.info('WebAssembly GC unavailable, using the JavaScript build of the core:', wasmProblem);
    // With no module system around, TeaVM's UMD wrapper puts the exported functions on globalThis.
    await import(new URL('scratchnet.js', CORE));
    return { kind: 'js', java: globalThis };
  }
}

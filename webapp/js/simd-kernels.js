// The SIMD kernels for the WebAssembly core: core/products.wasm, which the build assembles from
// src/main/wat/products.wat (net.scratchnet.math.simd explains the route). The core declares them as imports of a
// module named "simd"; this file supplies that module, instantiated on the core's own linear memory, so that the
// kernels read and write the numbers Java copies there.
//
// A classic script that puts one function on the global scope: core-loader.js imports it on the page,
// worker-core.js pulls it in with importScripts in a worker. Plain promises and functions, as in worker-core.js.
'use strict';

/**
 * Resolves to the options for TeaVM.wasmGC.load that give the core its "simd" imports: the kernels where the
 * browser validates them (it runs WebAssembly SIMD), otherwise stand-ins that tell the core the kernels are not
 * there, so that it keeps its Java loops. `coreFolder` is the URL of the core's folder, ending in '/'.
 */
globalThis.simdCoreOptions = function (coreFolder) {
  return fetch(coreFolder + 'products.wasm')
    .then(function (response) { return response.ok ? response.arrayBuffer() : null; })
    .then(function (bytes) { return bytes !== null && WebAssembly.validate(bytes) ? WebAssembly.compile(bytes) : null; })
    .catch(function () { return null; })
    .then(function (kernels) {
      return {
        // TeaVM's loader calls this with the core's imports once it has made the core's memory, and waits
        // for nothing: the kernels are compiled already, so instantiating them here is quick and synchronous.
        installImports: function (imports) {
          if (kernels === null) {
            const missing = function () { throw new Error('the SIMD kernels are not loaded'); };
            imports.simd = {
              available: function () { return 0; }, multiply: missing, gather: missing, scatter: missing,
            };
            return;
          }
          const products = new WebAssembly.Instance(kernels, { env: { memory: imports.env.memory } }).exports;
          imports.simd = {
            available: function () { return 1; },
            multiply: products.multiply,
            gather: products.gather,
            scatter: products.scatter,
          };
        },
      };
    });
};

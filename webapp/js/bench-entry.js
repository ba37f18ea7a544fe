// window.BENCH_ENTRY for the shared browser benchmark: the benchmark's MLP (784-128-10, ReLU, softmax
// cross-entropy, plain SGD, examples in file order) trained by the ScratchNet core compiled to WasmGC.
// The work happens in Java (net.scratchnet.web.BenchTrainer, a no-shuffle copy of the Trainer's loop);
// this file only hands over the bytes. Bytes cross into WasmGC fastest as Int8Array views.
// A module, loaded before the page's load event: window.BENCH_ENTRY is set by the time the harness runs.

import { loadCore } from './core-loader.js';

const SPEC = '784-128-10 relu';   // the shared benchmark's network

// core/build.json is written by the build from the pom: { compiler: "TeaVM <version>" }.
const BUILD = new URL('../core/build.json', import.meta.url);

window.BENCH_ENTRY = Promise.all([loadCore(), fetch(BUILD).then(response => response.json())]).then(([{ kind, java: core, schema }, build]) => {
  if (kind !== 'wasm') throw new Error('the benchmark measures the WasmGC build, which this browser cannot run');
  // Pixels per image: the benchmark's data is MNIST's.
  const pixels = schema.datasets.find(({ id }) => id === 'mnist').inputShape.reduce((a, b) => a * b);
  let seed = 42;
  let initialised = false;
  const int8 = (bytes, length) => new Int8Array(bytes.buffer, bytes.byteOffset, length);
  let network = null;   // {batch, lr} the current network was made for

  function ensureNetwork(batch, lr) {
    if (!initialised || network.batch !== batch || network.lr !== lr) {
      core.benchInit(SPEC, seed, lr, batch);
      network = { batch, lr };
      initialised = true;
    }
  }

  return {
    name: 'scratchnet-wasmgc',
    version: `${build.compiler} WasmGC`,
    init() {
      // Fresh weights; the learning rate and batch size arrive with the first train() call.
      seed++;
      initialised = false;
      return { spec: SPEC, seed };
    },
    train(images, labels, n, batch, lr) {
      ensureNetwork(batch, lr);
      core.benchTrainEpoch(int8(images, n * pixels), int8(labels, n), n);
    },
    predict(images, n) {
      ensureNetwork(32, 0.1);
      return core.benchPredict(int8(images, n * pixels), n);
    },
    predictOne(image) {
      ensureNetwork(32, 0.1);
      return core.benchPredict(int8(image, pixels), 1)[0];
    },
  };
});

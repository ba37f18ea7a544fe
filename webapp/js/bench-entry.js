// window.BENCH_ENTRY for the shared benchmark kit: its MLP (784-128-10) or, with ?workload=cnn, its small CNN,
// trained by the ScratchNet core compiled to WasmGC: softmax cross-entropy, plain SGD, examples in file order.
// The work happens in Java (net.scratchnet.web.BenchTrainer, a no-shuffle copy of the Trainer's loop), and so do
// the networks (net.scratchnet.web.BenchWorkload): this file passes the workload's name and the bytes. Bytes
// cross into WasmGC fastest as Int8Array views.
// A module, loaded before the page's load event: window.BENCH_ENTRY is set by the time the harness runs.

import { loadCore } from './core-loader.js';

// 'mlp' or 'cnn', as the kit asks: it opens bench.html?workload=cnn for its CNN, and checks what we report.
const WORKLOAD = new URLSearchParams(location.search).get('workload') ?? 'mlp';
// The matrix products run on the SIMD kernels where the browser has them, as in the trainer; ?simd=off measures
// the Java loops instead (net.scratchnet.math.simd).
const SIMD = new URLSearchParams(location.search).get('simd') !== 'off';

// core/build.json is written by the build from the pom: { compiler: "TeaVM <version>" }.
const BUILD = new URL('../core/build.json', import.meta.url);

window.BENCH_ENTRY = Promise.all([loadCore(), fetch(BUILD).then(response => response.json())]).then(([{ kind, java: core, schema }, build]) => {
  if (kind !== 'wasm') throw new Error('the benchmark measures the WasmGC build, which this browser cannot run');
  const simd = core.useSimd(SIMD);
  // Pixels per image: the benchmark's data is MNIST's.
  const pixels = schema.datasets.find(({ id }) => id === 'mnist').inputShape.reduce((a, b) => a * b);
  let seed = 42;
  let network = null;   // {batch, lr} the current network was made for; null until one is made after init()
  const int8 = (bytes, length) => new Int8Array(bytes.buffer, bytes.byteOffset, length);

  // The learning rate and batch size arrive with train(): a new network when they differ from the current one's.
  function ensureNetwork(batch, lr) {
    if (network === null || network.batch !== batch || network.lr !== lr) {
      core.benchInit(WORKLOAD, seed, lr, batch);   // throws, naming it, for a workload the core does not know
      network = { batch, lr };
    }
  }

  // Predictions use the trained network as it is; before any training, a fresh one (lr unused).
  function trainedNetwork() {
    if (network === null) ensureNetwork(32, 0.1);
  }

  return {
    name: 'scratchnet-wasmgc',
    version: `${build.compiler} WasmGC${simd ? ' + SIMD kernels' : ''}`,
    workload: WORKLOAD,
    init() {
      // Fresh weights, from the next seed.
      seed++;
      network = null;
      return { workload: WORKLOAD, seed };
    },
    train(images, labels, n, batch, lr) {
      ensureNetwork(batch, lr);
      core.benchTrainEpoch(int8(images, n * pixels), int8(labels, n), n);
    },
    predict(images, n) {
      trainedNetwork();
      return core.benchPredict(int8(images, n * pixels), n);
    },
    predictOne(image) {
      trainedNetwork();
      return core.benchPredict(int8(image, pixels), 1)[0];
    },
  };
});

// window.BENCH_ENTRY for the shared browser benchmark: the benchmark's MLP (784-128-10, ReLU, softmax
// cross-entropy, plain SGD, examples in file order) trained by the ScratchNet core compiled to WasmGC.
// The work happens in Java (net.scratchnet.web.BenchTrainer, a no-shuffle copy of the Trainer's loop);
// this file only hands over the bytes. Bytes cross into WasmGC fastest as Int8Array views.
'use strict';

window.BENCH_ENTRY = TeaVM.wasmGC.load('core/scratchnet.wasm').then(teavm => {
  const core = teavm.exports;
  let seed = 42;
  let initialised = false;
  const int8 = (bytes, length) => new Int8Array(bytes.buffer, bytes.byteOffset, length);
  let network = null;   // {batch, lr} the current network was made for

  function ensureNetwork(batch, lr) {
    if (!initialised || network.batch !== batch || network.lr !== lr) {
      core.benchInit('784-128-10 relu', seed, lr, batch);
      network = { batch, lr };
      initialised = true;
    }
  }

  return {
    name: 'scratchnet-wasmgc',
    version: 'TeaVM 0.15.0 WasmGC',
    init() {
      // Fresh weights; the learning rate and batch size arrive with the first train() call.
      seed++;
      initialised = false;
      return { spec: '784-128-10 relu', seed };
    },
    train(images, labels, n, batch, lr) {
      ensureNetwork(batch, lr);
      core.benchTrainEpoch(int8(images, n * 784), int8(labels, n), n);
    },
    predict(images, n) {
      ensureNetwork(32, 0.1);
      return core.benchPredict(int8(images, n * 784), n);
    },
    predictOne(image) {
      ensureNetwork(32, 0.1);
      return core.benchPredict(int8(image, 784), 1)[0];
    },
  };
});

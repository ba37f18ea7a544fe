// How both workers (training-worker.js, learn/race-worker.js) train without freezing: a few mini-batches,
// back to the event loop so that a 'pause' or 'step' message gets in, then the next slice.
//
// A classic script for importScripts (see worker-core.js for why), with no async/await or spread syntax.
'use strict';

/**
 * Returns schedule(): runs `slice` on the next turn of the event loop. At most one slice is queued at a
 * time, so a pause and a resume within one slice do not start a second chain of them.
 *
 * With `zeroDelay` a MessageChannel message is the turn: setTimeout(0) is clamped to 4 ms after a few
 * rounds, a message is not, and it still lets the worker's messages in between two slices. Only with the
 * WasmGC core: every browser with WasmGC has MessageChannel in workers, while the JS build also runs in
 * HtmlUnit (the tests), where using one kills the worker script.
 */
function createSliceScheduler(slice, zeroDelay) {
  const channel = zeroDelay ? new MessageChannel() : null;
  let queued = false;
  function run() {
    queued = false;
    slice();
  }
  if (channel) channel.port1.onmessage = run;
  return function schedule() {
    if (queued) return;
    queued = true;
    if (channel) channel.port2.postMessage(null);
    else setTimeout(run, 0);
  };
}

/**
 * How many batches the next slice should train so that it takes about `sliceMillis`, after `count` batches
 * took `millis`. The clock has 1 ms steps, so it grows at most 2x per slice.
 */
function nextSliceSize(count, millis, sliceMillis) {
  return Math.max(1, Math.min(count * 2, Math.round(count * sliceMillis / Math.max(millis, 1))));
}

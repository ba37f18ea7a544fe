/**
 * The bridge between the Java network and the browser.
 *
 * <p>TeaVM compiles {@link net.scratchnet.web.BrowserExports} (and everything it reaches: the network, the
 * trainer, the data readers) twice during {@code mvn package}: to WebAssembly with garbage collection
 * ({@code core/scratchnet.wasm}) and to plain JavaScript ({@code core/scratchnet.js}, for browsers without
 * WasmGC and for the HtmlUnit tests). The page's {@code js/engine.js} loads one of them twice over: on the
 * main thread to predict ({@link net.scratchnet.web.Predictor}) and in a Web Worker,
 * {@code js/training-worker.js}, to train ({@link net.scratchnet.web.TrainingSession}).
 */
package net.scratchnet.web;

package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * webapp/js/engine.js in headless Chromium, on the WasmGC build, served over http by {@link StaticServer}
 * with the site's real security headers: the engine API the page is written against.
 */
class EngineInChromiumIT {
    private static StaticServer server;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.start(1280, 1600);
        server = BuiltSite.serve();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * A fresh page (a 404 of the site: same origin and headers, no UI of its own) with a new engine in
     * window.engine; its events collect in window.events.
     */
    @BeforeEach
    void openEngine() {
        chromium.driver().get(server.address() + "no-page-here");
        Object kind = run("""
                const { createEngine } = await import(location.origin + '/js/engine.js');
                window.events = [];
                window.engine = await createEngine({ onEvent: event => window.events.push(event) });
                return engine.coreKind;""");
        assertEquals("wasm", kind, "Chromium supports WebAssembly GC: the engine must not fall back to JS");
    }

    @Test
    void predictsProbabilitiesAndEveryLayersActivations() {
        Map<?, ?> result = (Map<?, ?>) run("""
                const image = new Float32Array(784).fill(0.5);
                const { probabilities, activations } = engine.predict(image);
                return {
                  sizes: engine.model().sizes,
                  sum: probabilities.reduce((a, b) => a + b, 0),
                  lengths: activations.map(a => a.length),
                  inputKept: activations[0][100],
                  lastIsProbabilities: activations[activations.length - 1] === probabilities,
                };""");
        assertEquals(List.of(784L, 16L, 16L, 10L), result.get("sizes"));
        assertEquals(1.0, ((Number) result.get("sum")).doubleValue(), 1e-5);
        assertEquals(List.of(784L, 16L, 16L, 10L), result.get("lengths"));
        assertEquals(0.5, ((Number) result.get("inputKept")).doubleValue(), 1e-7);
        assertEquals(true, result.get("lastIsProbabilities"));
    }

    @Test
    void incomingWeightsAreAColumnOfTheWeightMatrix() {
        Map<?, ?> result = (Map<?, ?>) run("""
                const { in: inputs, out, values } = engine.weights(1);
                const incoming = engine.incomingWeights(1, 3);
                let same = incoming.length === inputs;
                for (let i = 0; i < inputs; i++) same = same && incoming[i] === values[i * out + 3];
                return { inputs, out, length: values.length, same };""");
        assertEquals(16L, result.get("inputs"));
        assertEquals(16L, result.get("out"));
        assertEquals(256L, result.get("length"));
        assertEquals(true, result.get("same"));
    }

    @Test
    void aCorruptModelFileIsRefusedAndTheOldModelKept() {
        Map<?, ?> result = (Map<?, ?>) run("""
                const before = engine.exportModel();
                const garbage = engine.loadModelBytes(new Uint8Array([1, 2, 3, 4, 5]));
                const truncated = engine.loadModelBytes(before.slice(0, before.length - 7));
                const damaged = before.slice();
                damaged[damaged.length >> 1] ^= 0xff;
                const flipped = engine.loadModelBytes(damaged);
                const after = engine.exportModel();
                return {
                  errors: [garbage, truncated, flipped].map(r => r.ok ? 'loaded!' : r.error),
                  unchanged: before.length === after.length && before.every((b, i) => b === after[i]),
                  reload: engine.loadModelBytes(before).ok,
                };""");
        for (Object error : (List<?>) result.get("errors")) {
            assertFalse(error.toString().isBlank() || error.equals("loaded!"), "refused with a message: " + error);
        }
        assertEquals(true, result.get("unchanged"));
        assertEquals(true, result.get("reload"));
    }

    @Test
    void anUnknownDatasetIsRefusedWithAMessage() {
        Object message = run("""
                try { await engine.loadDataset('cifar'); return 'loaded!'; }
                catch (error) { return error.message; }""");
        assertTrue(message.toString().contains("unknown dataset 'cifar'"), message.toString());
    }

    /**
     * One run through the trainer: download and verify MNIST, train, pause, step, resume to the end of the
     * run, evaluate; then a learning rate that makes the loss explode. One scenario, because loading the
     * dataset is the slow part. Three epochs, so that the pause lands before the end: with the SIMD products
     * one epoch of 784-16-10 can be over in about two seconds.
     */
    @Test
    void trainsPausesStepsEvaluatesAndSurvivesDivergence() {
        run("""
                await engine.loadDataset('mnist');
                const settings = { dataset: 'mnist', hidden: [16], activation: 'sigmoid', optimizer: 'sgd',
                                   learningRate: 0.5, batchSize: 32, epochs: 3, seed: 7 };
                engine.reset(settings);
                engine.train(settings);
                return null;""");
        Map<?, ?> progress = (Map<?, ?>) run("""
                const last = events.filter(e => e.type === 'dataProgress').pop();
                return { loaded: last.loaded, total: last.total };""");
        assertEquals(progress.get("total"), progress.get("loaded"));
        assertTrue(((Number) progress.get("total")).longValue() > 10_000_000, "four .gz files: " + progress);

        waitForEvents("batch", 5);
        run("engine.pause(); return null;");
        waitForState("paused");
        long batchesAtPause = count("batch");
        // Batches counted from the start of the run: the pause may land on an epoch's last batch.
        String batchesSoFar = "const e = events.filter(e => e.type === 'batch').pop(); return (e.epoch - 1) * e.batchesPerEpoch + e.batch;";
        Object lastBatch = run(batchesSoFar);
        sleep(300);
        assertEquals(batchesAtPause, count("batch"), "no batch events while paused");

        run("engine.step(); return null;");
        waitForEvents("batch", batchesAtPause + 1);
        Object steppedBatch = run(batchesSoFar);
        assertEquals(((Number) lastBatch).longValue() + 1, ((Number) steppedBatch).longValue(), "a step is one batch");

        run("engine.resume(); return null;");
        Map<?, ?> evaluation = (Map<?, ?>) waitForEvent("evaluation", Duration.ofSeconds(90));
        waitForState("done");
        double accuracy = ((Number) evaluation.get("testAccuracy")).doubleValue();
        assertTrue(accuracy > 0.85, "one epoch of 784-16-10 reaches well over 85%: " + accuracy);
        assertEquals(10, ((List<?>) evaluation.get("confusion")).size());
        List<?> misclassified = (List<?>) evaluation.get("misclassified");
        assertFalse(misclassified.isEmpty());
        Map<?, ?> first = (Map<?, ?>) misclassified.get(0);
        assertTrue(!first.get("label").equals(first.get("predicted")));

        List<?> losses = (List<?>) run("return events.filter(e => e.type === 'batch').map(e => e.loss);");
        double firstLoss = ((Number) losses.get(0)).doubleValue();
        double lastLoss = ((Number) losses.get(losses.size() - 1)).doubleValue();
        assertTrue(lastLoss < firstLoss / 2, "the loss falls: " + firstLoss + " -> " + lastLoss);
        assertTrue(count("model") > 0, "weight snapshots reached the predictor");
        assertEquals("mnist", run("return engine.model().dataset;"));

        run("""
                const settings = { dataset: 'mnist', hidden: [32], activation: 'relu', optimizer: 'sgd',
                                   learningRate: 1e30, batchSize: 32, epochs: 1, seed: 7 };
                engine.reset(settings);
                engine.train(settings);
                return null;""");
        Map<?, ?> diverged = (Map<?, ?>) waitForEvent("diverged", Duration.ofSeconds(30));
        assertEquals(1L, diverged.get("epoch"), diverged.toString());
        assertNull(diverged.get("restoredAccuracy"), "never evaluated: the weights the run started from are back");
        waitForState("paused");
    }

    /**
     * A snapshot of the weights that the trainer sent before the visitor imported a model (here: the one it
     * sends on pause, which reaches the page after the import) must not replace the imported model.
     */
    @Test
    void aLateSnapshotDoesNotReplaceAModelJustImported() {
        run("""
                const settings = { dataset: 'mnist', hidden: [16], activation: 'sigmoid', optimizer: 'sgd',
                                   learningRate: 0.5, batchSize: 32, epochs: 1, seed: 7 };
                engine.reset(settings);
                await engine.train(settings);
                return null;""");
        waitForEvents("batch", 2);
        Object imported = run("""
                const bytes = new Uint8Array(await (await fetch('/models/mnist-128.snn')).arrayBuffer());
                engine.pause();   // the trainer answers with its weights, then 'paused': both after this import
                const result = engine.loadModelBytes(bytes);
                return result.ok ? engine.model().spec : result.error;""");
        assertTrue(imported.toString().startsWith("784-128-10"), "the bundled model imports: " + imported);
        waitForState("paused");
        sleep(300);
        assertEquals(imported, run("return engine.model().spec;"), "the imported model stays");
    }

    /**
     * A browser that cannot load the WasmGC runtime still trains, on the JS build: the training worker, asked
     * for WasmGC as on the page, falls back as the page does. Served here: the site without the runtime.
     */
    @Test
    void theTrainerFallsBackToTheJavaScriptBuildWhenTheWasmRuntimeCannotLoad(@TempDir Path site) throws IOException {
        Path built = BuiltSite.directory();
        for (String file : List.of("index.html", "js/training-worker.js", "js/worker-core.js", "js/slice-scheduler.js",
                "core/scratchnet.js", "core/scratchnet.wasm")) {
            Files.createDirectories(site.resolve(file).getParent());
            Files.copy(built.resolve(file), site.resolve(file));
        }
        try (StaticServer withoutRuntime = StaticServer.start(site, 0)) {
            chromium.driver().get(withoutRuntime.address() + "no-page-here");
            Object reply = run("""
                    const worker = new Worker('/js/training-worker.js');
                    const reply = new Promise(resolve => {
                      worker.onmessage = ({ data }) => { if (data.type === 'weights' || data.type === 'error') resolve(data.type); };
                      worker.onerror = event => resolve('worker failed: ' + event.message);
                      setTimeout(() => resolve('no answer'), 20000);
                    });
                    worker.postMessage({ cmd: 'reset', settings: { spec: '784-8-10 relu', seed: 1 }, generation: 1 });
                    return await reply;""");
            assertEquals("weights", reply, "the reset's new weights, computed by the JS build");
        }
    }

    /** Runs {@code body} as an async function in the page and returns its result; fails if it throws. */
    private static Object run(String body) {
        Object result = chromium.asyncScript(Duration.ofSeconds(60), """
                const done = arguments[arguments.length - 1];
                (async () => { %s })().then(done, error => done({ thrown: String(error && error.stack || error) }));
                """.formatted(body));
        if (result instanceof Map<?, ?> map && map.containsKey("thrown")) {
            throw new AssertionError("the page threw: " + map.get("thrown"));
        }
        return result;
    }

    private static long count(String type) {
        return ((Number) chromium.script("return events.filter(e => e.type === arguments[0]).length;", type)).longValue();
    }

    private static void waitForEvents(String type, long atLeast) {
        chromium.waitFor(Duration.ofSeconds(60), driver -> count(type) >= atLeast);
    }

    private static Object waitForEvent(String type, Duration timeout) {
        return chromium.waitFor(timeout, driver -> chromium.script(
                "return events.find(e => e.type === arguments[0]) || null;", type));
    }

    private static void waitForState(String state) {
        chromium.waitFor(Duration.ofSeconds(30), driver -> (Boolean) chromium.script(
                "const s = events.filter(e => e.type === 'state').pop(); return !!s && s.state === arguments[0];",
                state));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

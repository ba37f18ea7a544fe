package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.data.Sha256;
import net.scratchnet.server.StaticServer;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript build of the core (core/scratchnet.js, the fallback for browsers without WebAssembly GC)
 * in HtmlUnit. HtmlUnit runs JS about 1000 times slower than Chromium, so the workloads are tiny: a
 * network with 4 hidden neurons and a made-up dataset of 40 images.
 */
class JsCoreInHtmlUnitIT {
    private StaticServer server;
    private WebClient browser;
    private HtmlPage page;

    @BeforeEach
    void open() throws IOException {
        server = BuiltSite.serve();
        browser = new WebClient();
        Map<String, byte[]> testFiles = testFiles();
        // /test/... comes from the test (page and tiny dataset); everything else from the real site.
        new WebConnectionWrapper(browser) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                byte[] file = testFiles.get(request.getUrl().getPath());
                if (file == null) {
                    return super.getResponse(request);
                }
                String type = request.getUrl().getPath().endsWith(".html") ? "text/html" : "application/octet-stream";
                return new WebResponse(new WebResponseData(file, 200, "OK",
                        List.of(new NameValuePair("Content-Type", type))), request, 0);
            }
        };
        page = browser.getPage(server.address() + "test/js-core.html");
    }

    @AfterEach
    void close() {
        browser.close();
        server.close();
    }

    @Test
    void predictsWithTheJavaScriptBuild() {
        String result = js("""
                createModel('784-4-10 sigmoid', 3);
                var all = layerOutputs(new Float32Array(784).fill(0.25));
                var sum = 0;
                for (var i = all.length - 10; i < all.length; i++) sum += all[i];
                JSON.stringify({ length: all.length, sum: Math.round(sum * 1e5) / 1e5, type: all.constructor.name,
                                 info: JSON.parse(modelInfo()).sizes });""");
        assertEquals("{\"length\":798,\"sum\":1,\"type\":\"Float32Array\",\"info\":[784,4,10]}", result);
    }

    @Test
    void drawsThePadsStrokesWithTheJavaScriptBuildAndRefusesBrokenOnes() {
        String result = js("""
                var image = preprocessStrokes(new Float32Array([10, 10, 0.5, 100, 200, 0.5]), new Int32Array([2]));
                var ink = 0;
                for (var i = 0; i < image.length; i++) ink += image[i];
                var refused;
                try { preprocessStrokes(new Float32Array([10, 10, 0.5]), new Int32Array([2])); } catch (e) { refused = e.message; }
                JSON.stringify({ length: image.length, inked: ink > 20, refused: refused });""");
        assertEquals("{\"length\":784,\"inked\":true,\"refused\":\"the strokes have 2 points between them, but 1 point"
                + " was given\"}", result);
    }

    @Test
    void refusesACorruptModelAndKeepsTheOldOne() {
        String result = js("""
                createModel('784-4-10 sigmoid', 3);
                var before = exportModel();
                var refused = loadModel(new Int8Array([83, 78, 69, 84, 0, 0]));
                var after = exportModel();
                var same = before.length === after.length;
                for (var i = 0; same && i < before.length; i++) same = before[i] === after[i];
                JSON.stringify({ refused: refused, same: same, reload: loadModel(before) });""");
        assertTrue(result.contains("\"same\":true"), result);
        assertTrue(result.contains("\"reload\":null"), result);
        assertTrue(result.contains("truncated"), "says why: " + result);
    }

    @Test
    void trainsInAWorkerAndEvaluatesAfterTheEpoch() throws Exception {
        js("""
                startWorker({ dataset: 'mnist', hidden: [4], activation: 'sigmoid', optimizer: 'sgd',
                              learningRate: 0.5, weightDecay: 0, batchSize: 10, epochs: 1, seed: 1, augment: false }); 'started';""");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!events().contains("\"state\":\"done\"") && System.currentTimeMillis() < deadline) {
            browser.waitForBackgroundJavaScript(200);
        }
        String events = events();
        assertTrue(events.contains("\"state\":\"done\""), events);
        assertTrue(events.contains("\"type\":\"evaluation\""), events);
        assertTrue(events.contains("\"type\":\"batch\""), events);
        assertTrue(events.contains("\"type\":\"weights\""), events);
        assertTrue(!events.contains("\"type\":\"error\""), events);
    }

    private String js(String script) {
        Object result = page.executeJavaScript(script).getJavaScriptResult();
        return String.valueOf(result);
    }

    private String events() {
        return js("window.events.join('\\n')");
    }

    /** The test page and a made-up dataset in the site's format: gzip IDX files and their SHA256SUMS. */
    private static Map<String, byte[]> testFiles() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = JsCoreInHtmlUnitIT.class.getResourceAsStream("js-core.html")) {
            files.put("/test/js-core.html", in.readAllBytes());
        }
        StringBuilder sums = new StringBuilder();
        for (String[] split : new String[][] {{"train", "40"}, {"t10k", "10"}}) {
            int count = Integer.parseInt(split[1]);
            byte[] images = new byte[16 + count * 784];
            byte[] labels = new byte[8 + count];
            header(images, 0x803, count, true);
            header(labels, 0x801, count, false);
            for (int i = 0; i < count; i++) {
                int label = i % 10;
                labels[8 + i] = (byte) label;
                // Class k: a bright 6x6 square at the k-th spot of a row: easy to learn, easy to tell apart.
                for (int y = 11; y < 17; y++) {
                    for (int x = 0; x < 2; x++) {
                        images[16 + i * 784 + y * 28 + label * 2 + 4 + x] = (byte) 255;
                    }
                }
            }
            add(files, sums, split[0] + "-images-idx3-ubyte.gz", gzip(images));
            add(files, sums, split[0] + "-labels-idx1-ubyte.gz", gzip(labels));
        }
        files.put("/test/data/SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static void header(byte[] idx, int magic, int count, boolean images) {
        int[] values = images ? new int[] {magic, count, 28, 28} : new int[] {magic, count};
        for (int v = 0; v < values.length; v++) {
            for (int b = 0; b < 4; b++) {
                idx[v * 4 + b] = (byte) (values[v] >>> (24 - 8 * b));
            }
        }
    }

    private static void add(Map<String, byte[]> files, StringBuilder sums, String name, byte[] content) {
        files.put("/test/data/" + name, content);
        sums.append(Sha256.hexDigest(content)).append("  ").append(name).append('\n');
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

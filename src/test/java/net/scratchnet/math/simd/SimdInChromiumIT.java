package net.scratchnet.math.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.server.StaticServer;
import net.scratchnet.tools.SimdKernels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SIMD path of the WebAssembly core in headless Chromium, which runs WebAssembly SIMD: the kernels load, give
 * the same products as the Java loops within float rounding, and the site ships exactly what their text
 * assembles to; a browser without SIMD keeps the Java loops.
 */
class SimdInChromiumIT {
    /**
     * The largest distance allowed between the two paths, relative to the sum of the absolute values of the
     * terms of an element (see ProductComparison): each path rounds once per addition, at most 70 of them here,
     * each off by at most 2⁻²⁴ of that sum, so the two can be 2 · 70 · 2⁻²⁴ ≈ 8.3e-6 apart at the very worst.
     */
    private static final double TOLERANCE = 1e-5;

    private static StaticServer server;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.start(800, 600);
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

    @Test
    void simdProductsMatchTheJavaLoopsOnRandomShapes() {
        Map<?, ?> result = (Map<?, ?>) loadCoreAnd("""
                return { kind, simd: java.useSimd(true), distance: java.simdLargestDistance(7, 300) };""");
        assertEquals("wasm", result.get("kind"));
        assertEquals(true, result.get("simd"), "Chromium runs WebAssembly SIMD: the core must use the kernels");
        double distance = ((Number) result.get("distance")).doubleValue();
        assertTrue(distance >= 0 && distance <= TOLERANCE, "SIMD and Java products " + distance + " apart");
    }

    @Test
    void aBrowserWithoutSimdKeepsTheJavaLoops() {
        Map<?, ?> result = (Map<?, ?>) loadCoreAnd("""
                return { kind, simd: java.useSimd(true), distance: java.simdLargestDistance(7, 1) };""",
                "WebAssembly.validate = () => false;");
        assertEquals("wasm", result.get("kind"), "without SIMD the WebAssembly core still loads");
        assertEquals(false, result.get("simd"));
        assertEquals(-1.0, ((Number) result.get("distance")).doubleValue());
    }

    @Test
    void theShippedKernelsAreWhatTheirTextAssemblesTo() throws Exception {
        List<?> served = (List<?>) loadCoreAnd("""
                const bytes = new Uint8Array(await (await fetch('/core/%s')).arrayBuffer());
                return Array.from(bytes);""".formatted(SimdKernels.FILE_NAME));
        byte[] shipped = new byte[served.size()];
        for (int i = 0; i < shipped.length; i++) {
            shipped[i] = (byte) ((Number) served.get(i)).intValue();
        }
        Path source = Path.of("src/main/wat/products.wat");
        assertTrue(Files.isRegularFile(source), "run the tests from the project folder");
        assertArrayEquals(SimdKernels.assemble(source), shipped);
    }

    /** Runs {@code body} on a fresh page (a 404 of the site) after {@code before} and loading the core. */
    private static Object loadCoreAnd(String body, String... before) {
        chromium.driver().get(server.address() + "no-page-here");
        Object result = chromium.asyncScript(Duration.ofSeconds(60), """
                const done = arguments[arguments.length - 1];
                (async () => {
                  %s
                  const { kind, java } = await (await import(location.origin + '/js/core-loader.js')).loadCore();
                  %s
                })().then(done, error => done({ thrown: String(error && error.stack || error) }));
                """.formatted(String.join("\n", before), body));
        if (result instanceof Map<?, ?> map && map.containsKey("thrown")) {
            throw new AssertionError("the page threw: " + map.get("thrown"));
        }
        return result;
    }
}

package net.scratchnet.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A measurement, not a check: how smooth drawing on the main page is on a slow machine while the largest
 * preset (784-256-128-10) trains. Chromium's CPU is slowed 4x (CDP Emulation.setCPUThrottlingRate); a
 * scripted digit of {@value #MOVES} mouse moves is drawn on the pad while the page records the time
 * between animation frames and every long task (over 50 ms). It prints the 95th percentile and the
 * largest frame time, the long tasks, and how long the stroke took to draw.
 *
 * <p>Its numbers depend on the machine and on what else runs on it, so it asserts nothing and runs only
 * when asked: {@code mvn -B verify -Dit.test=DrawingSmoothnessIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dscratchnet.measure=true} (the site must be built).
 * {@code -Dscratchnet.measure.model=NAME} draws with the bundled network NAME chosen beside the pad once the
 * training runs (e.g. {@code mnist-cnn}, the page's default), instead of the network being trained;
 * {@code -Dscratchnet.measure.throttle=1} leaves the CPU as it is.
 */
@EnabledIfSystemProperty(named = "scratchnet.measure", matches = "true")
class DrawingSmoothnessIT {
    private static final int MOVES = 120;          // pointer moves in one digit
    private static final long MOVE_GAP_MS = 16;     // one per frame at 60 Hz: about 2 s of drawing
    // How many times slower Chromium's CPU is made; -Dscratchnet.measure.throttle=1 measures the machine as it is.
    private static final int THROTTLING = Integer.getInteger("scratchnet.measure.throttle", 4);

    @Test
    void drawingWhileTheLargestPresetTrains() throws Exception {
        // -Dscratchnet.measure.site=DIR measures another build of the site (an older one, to compare).
        String site = System.getProperty("scratchnet.measure.site");
        try (StaticServer server = site == null ? BuiltSite.serve() : StaticServer.start(Path.of(site), 0);
             Chromium chromium = Chromium.start(1280, 1000)) {
            chromium.driver().get(server.address()
                    + "?dataset=mnist&hidden=256,128&activation=relu&optimizer=adam&epochs=20&seed=1");
            chromium.waitFor(Duration.ofSeconds(60), driver -> driver.findElement(By.id("train")).isEnabled());
            if (!Boolean.getBoolean("scratchnet.measure.idle")) {   // the same stroke with no training, for comparison
                chromium.driver().findElement(By.id("train")).click();
                WebElement loss = chromium.driver().findElement(By.id("loss"));
                chromium.waitFor(Duration.ofSeconds(120), driver -> loss.getText().matches(".*[0-9].*"));
            }
            String model = System.getProperty("scratchnet.measure.model");
            if (model != null) {
                new Select(chromium.driver().findElement(By.id("model-choice"))).selectByValue(model);
                chromium.waitFor(Duration.ofSeconds(30), driver -> ((String) chromium.script("return location.search;"))
                        .contains("model=" + model));
            }

            chromium.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", THROTTLING));
            Thread.sleep(2000);   // let training settle under the throttle
            measureStroke(chromium, "as it is");
            // -Dscratchnet.measure.css="A|B": the same stroke again with each style sheet added, to find what costs.
            for (String css : System.getProperty("scratchnet.measure.css", "").split("\\|")) {
                if (!css.isBlank()) {
                    chromium.script("document.head.insertAdjacentHTML('beforeend', `<style id=\"experiment\">${arguments[0]}</style>`);", css);
                    measureStroke(chromium, "with " + css);
                    chromium.script("document.getElementById('experiment').remove();");
                }
            }
            chromium.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        }
    }

    private static void measureStroke(Chromium chromium, String label) throws InterruptedException {
        chromium.script("""
                window.__frames = [];
                window.__longTasks = [];
                window.__stop = false;
                window.__observer?.disconnect();
                window.__observer = new PerformanceObserver(list => {
                  for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
                });
                window.__observer.observe({ type: 'longtask' });
                window.__pen = [];
                if (!window.__penWatched) {
                  window.__penWatched = true;
                  for (const type of ['pointerdown', 'pointerup', 'lostpointercapture', 'pointercancel']) {
                    document.getElementById('pad').addEventListener(type, () => window.__pen.push(type));
                  }
                  new MutationObserver(() => { window.__lossShown++; })
                    .observe(document.getElementById('loss'), { childList: true, characterData: true, subtree: true });
                }
                window.__lossShown = 0;
                let last = performance.now();
                const frame = now => {
                  window.__frames.push(now - last);
                  last = now;
                  if (!window.__stop) requestAnimationFrame(frame);
                };
                requestAnimationFrame(frame);""");
        boolean profile = Boolean.getBoolean("scratchnet.profile");
        if (profile) {
            chromium.driver().executeCdpCommand("Profiler.enable", Map.of());
            chromium.driver().executeCdpCommand("Profiler.start", Map.of());
        }
        WebElement pad = chromium.driver().findElement(By.id("pad"));
        chromium.script("arguments[0].scrollIntoView({ block: 'center' });", pad);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) chromium.script("""
                const r = arguments[0].getBoundingClientRect();
                return { x: r.left, y: r.top, size: r.width };""", pad);
        double x0 = box.get("x").doubleValue();
        double y0 = box.get("y").doubleValue();
        double size = box.get("size").doubleValue();
        long started = System.nanoTime();
        List<double[]> points = digitTwo(size);
        mouse(chromium, "mousePressed", x0 + points.get(0)[0], y0 + points.get(0)[1]);
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            long due = started + i * MOVE_GAP_MS * 1_000_000;
            long wait = (due - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            mouse(chromium, "mouseMoved", x0 + point[0], y0 + point[1]);
        }
        double[] end = points.get(points.size() - 1);
        mouse(chromium, "mouseReleased", x0 + end[0], y0 + end[1]);
        double strokeSeconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(300);
        if (profile) {
            printHotFunctions(chromium.driver().executeCdpCommand("Profiler.stop", Map.of()));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) chromium.script("""
                window.__stop = true;
                const frames = window.__frames.slice(1).sort((a, b) => a - b);
                const at = q => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))];
                return { count: frames.length, p50: at(0.5), p95: at(0.95), max: frames[frames.length - 1],
                         longTasks: window.__longTasks.map(Math.round).join(' '),
                         prediction: document.getElementById('prediction').textContent,
                         lossShown: window.__lossShown, pen: window.__pen.join(' ') };""");
        System.out.printf("CPU slowed %dx, %s: %s frames, p50 %.1f ms, p95 %.1f ms, max %.1f ms; long tasks (ms):"
                        + " [%s]; %d moves drawn in %.2f s (%.2f s planned); prediction %s; pointer events %s;"
                        + " loss shown %s times while drawing%n",
                THROTTLING, label, result.get("count"), number(result, "p50"), number(result, "p95"),
                number(result, "max"), result.get("longTasks"), MOVES, strokeSeconds,
                MOVES * MOVE_GAP_MS / 1000.0, result.get("prediction"), result.get("pen"),
                result.get("lossShown"));
        chromium.script("document.getElementById('clear').click();");
    }

    /** The main thread's functions that took most time themselves during the stroke (-Dscratchnet.profile=true). */
    @SuppressWarnings("unchecked")
    private static void printHotFunctions(Map<String, Object> stopped) {
        Map<String, Object> profile = (Map<String, Object>) stopped.get("profile");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
        Map<Long, String> names = new java.util.HashMap<>();
        for (Map<String, Object> node : nodes) {
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            String url = String.valueOf(frame.get("url"));
            names.put(((Number) node.get("id")).longValue(), frame.get("functionName") + " "
                    + url.substring(url.lastIndexOf('/') + 1) + ":" + frame.get("lineNumber"));
        }
        List<Number> samples = (List<Number>) profile.get("samples");
        List<Number> deltas = (List<Number>) profile.get("timeDeltas");
        Map<String, Double> self = new java.util.HashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            self.merge(names.get(samples.get(i).longValue()), deltas.get(i).doubleValue() / 1000, Double::sum);
        }
        self.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(30)
                .forEach(entry -> System.out.printf("%8.1f ms  %s%n", entry.getValue(), entry.getKey()));
    }

    private static double number(Map<String, Object> result, String key) {
        return ((Number) result.get(key)).doubleValue();
    }

    /** A "2" in {@value #MOVES} points on a pad `size` pixels wide: an arc over the top, a diagonal, a base. */
    private static List<double[]> digitTwo(double size) {
        List<double[]> points = new ArrayList<>();
        int arc = MOVES / 2;
        int diagonal = MOVES / 4;
        int base = MOVES - arc - diagonal;
        for (int i = 0; i < arc; i++) {
            double angle = Math.PI * (1.1 - 1.35 * i / arc);
            points.add(new double[] {size * (0.5 + 0.2 * Math.cos(angle)), size * (0.35 - 0.17 * Math.sin(angle))});
        }
        double[] from = points.get(points.size() - 1);
        for (int i = 1; i <= diagonal; i++) {
            double t = (double) i / diagonal;
            points.add(new double[] {from[0] + (size * 0.28 - from[0]) * t, from[1] + (size * 0.75 - from[1]) * t});
        }
        for (int i = 1; i <= base; i++) {
            points.add(new double[] {size * (0.28 + 0.46 * i / base), size * 0.75});
        }
        return points;
    }

    /** One mouse event through the browser's input pipeline; it returns once the page has taken it. */
    private static void mouse(Chromium chromium, String type, double x, double y) {
        chromium.driver().executeCdpCommand("Input.dispatchMouseEvent", Map.of(
                "type", type, "x", x, "y", y, "button", "left", "buttons", type.equals("mouseReleased") ? 0 : 1,
                "clickCount", 1));
    }
}

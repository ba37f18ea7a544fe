package net.scratchnet.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.scratchnet.browser.Chromium;
import net.scratchnet.network.NetworkSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * embed.html and the example post embed-demo.html in headless Chromium: widgets load light and from the
 * site's own origin only, bad parameters fall back visibly and never become markup, and every widget of
 * the post renders, reports its height to the host page and responds to the reader.
 */
class EmbedInChromiumIT {
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final List<String> DEMO_FRAMES = List.of("demo-pad", "demo-neuron", "demo-activation", "demo-network", "demo-trainer");

    private static EmbedSite site;
    private static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start(1000, 900);
        site = EmbedSite.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aPadWidgetLoadsUnderOneMegabyteFromItsOwnOriginAndReadsADrawing() throws InterruptedException {
        open("about:blank");
        Thread.sleep(300);  // what the previous page still had in flight must not count
        site.clearLog();
        open("embed.html?widget=pad");
        waitForStatus("Draw on the black pad.");
        drawOnPad();
        browser.waitFor(LOAD, driver -> !prediction().equals("–"));
        Thread.sleep(500);  // time for anything else the page would still fetch

        List<EmbedSite.Served> log = site.log();
        long bytes = log.stream().mapToLong(EmbedSite.Served::bytes).sum();
        System.out.printf("embed.html?widget=pad: %,d bytes in %d responses: %s%n", bytes, log.size(), log);
        // 728 kB measured (the core is 560 kB of it: it also holds conv layers, run files and the course's lessons,
        // which a core of its own for the course would take out again); 762 kB with the core's words in any
        // language (its problems in the wasm, 21 kB; js/words/en.js, i18n.js and core-words.js, 13 kB); 788 kB once
        // every script's words came from js/words/LANGUAGE.js too (25 kB for all of the site's scripts, loaded whole).
        assertTrue(bytes < 800_000, "a pad widget costs well under 1 MB: " + bytes);
        assertTrue(log.stream().noneMatch(s -> s.path().endsWith("training-worker.js")),
                "a pad only predicts: it never starts the training worker (a second copy of the core)");
        assertTrue(log.stream().noneMatch(s -> s.path().startsWith("/data/")), "no training data for a pad: " + log);
        assertEquals(List.of(), browser.script("""
                return performance.getEntriesByType('resource').map(e => e.name)
                  .filter(name => !name.startsWith(location.origin + '/') && !/^(data|blob):/.test(name));"""),
                "every request stays on the site's origin");
        assertEquals("none", browser.script("return getComputedStyle(document.getElementById('pad')).touchAction;"),
                "touches on the pad draw; they never scroll the host page");
    }

    @Test
    void theNeuronAndActivationWidgetsLoadTheCoreButNoEngineWorkerModelOrData() throws InterruptedException {
        for (String widget : List.of("neuron", "activation")) {
            open("about:blank");
            Thread.sleep(300);  // what the previous page still had in flight must not count
            site.clearLog();
            open("embed.html?widget=" + widget);
            waitForStatus(widget.equals("neuron") ? "Move the sliders." : "Move the slider.");
            Thread.sleep(500);  // time for anything else the page would still fetch

            List<EmbedSite.Served> log = site.log();
            long bytes = log.stream().mapToLong(EmbedSite.Served::bytes).sum();
            System.out.printf("embed.html?widget=%s: %,d bytes in %d responses: %s%n", widget, bytes, log.size(), log);
            // Most of it is the core (560 kB of wasm; 649 kB in all measured), which grows a little with each of
            // the course's lessons; 684 kB with the core's words in any language, 708 kB with every script's words
            // (see the pad's, above).
            assertTrue(bytes < 720_000, "a " + widget + " widget costs well under 1 MB: " + bytes);
            assertTrue(log.stream().anyMatch(s -> s.path().startsWith("/core/")), "its numbers come from the core: " + log);
            assertTrue(log.stream().noneMatch(s -> s.path().endsWith("engine.js") || s.path().endsWith("training-worker.js")
                    || s.path().startsWith("/models/") || s.path().startsWith("/data/")),
                    "a " + widget + " needs no engine, worker, model or data: " + log);
        }
    }

    @Test
    void badParametersFallBackToDefaultsWithAVisibleNoteAndNeverBecomeMarkup() {
        open("embed.html?widget=%3Cimg%20src%3Dx%20onerror%3D%22window.hacked%3D1%22%3E&hidden=-3&lr=NaN"
                + "&theme=%3Cb%3Edark%3C%2Fb%3E&mode=huge");
        waitForStatus("Draw on the black pad.");
        String notes = String.join("\n", notes());
        for (String expected : List.of("widget=\"<img src=x onerror=\"window.hacked=1\">\"", "hidden=\"-3\"",
                "lr=\"NaN\"", "theme=\"<b>dark</b>\"", "mode=\"huge\"")) {
            assertTrue(notes.contains(expected), "a note names " + expected + ":\n" + notes);
        }
        assertEquals(0L, browser.script("return document.querySelectorAll('#frame img, #frame b').length;"),
                "parameters are shown as text, never inserted as HTML");
        assertNull(browser.script("return window.hacked ?? null;"));
        assertEquals("dark", browser.script("return document.documentElement.dataset.theme;"));
        assertEquals(1L, browser.script("return document.querySelectorAll('[data-testid=pad]').length;"),
                "the default widget, the pad, is shown instead");

        site.clearLog();
        open("embed.html?widget=trainer&hidden=16,-4&lr=1e999&epochs=0");
        browser.waitFor(LOAD, driver -> Boolean.FALSE.equals(browser.script("return document.getElementById('train')?.disabled;")));
        assertEquals(3, notes().size(), String.join("\n", notes()));
        assertTrue(browser.script("return document.getElementById('model-info').textContent;").toString()
                .contains("784-16-16-10 sigmoid"), "the default architecture");
        assertTrue(site.log().stream().noneMatch(s -> s.path().startsWith("/data/") || s.path().endsWith("training-worker.js")),
                "the training data, and the trainer itself, load only when the reader presses Train: " + site.log());
    }

    @Test
    void aNetworkOrPadWidgetWithArchShowsThatNetworkWithRandomWeightsNotThePretrainedOne() {
        String spec = "28x28x1 conv5x5x4 stride2 relu dense10";
        NetworkSpec canonical = NetworkSpec.parse(spec);
        open("embed.html?widget=network&arch=" + spec.replace(' ', '+'));
        browser.waitFor(LOAD, driver -> modelInfo().contains("conv5x5x4"));
        assertEquals("This network: " + canonical + ", " + String.format(java.util.Locale.ROOT, "%,d",
                canonical.parameterCount()) + " weights and biases, untrained (random weights), for MNIST "
                + "(handwritten digits).", modelInfo(), "named by its spec, as the core writes it");
        String notes = String.join("\n", notes());
        assertTrue(notes.contains("The pretrained model is 784-16-16-10 sigmoid; this one is " + spec + " as asked"), notes);
        assertEquals(4L, browser.script("return document.querySelectorAll('#diagram .fmap-layer.conv .fmap').length;"),
                "the diagram shows the conv net's 4 feature maps");

        site.clearLog();
        open("embed.html?widget=pad&arch=" + spec.replace(' ', '+'));
        waitForStatus("Draw on the black pad.");
        assertTrue(String.join("\n", notes()).contains("this one is " + spec + " as asked"), String.join("\n", notes()));
        browser.waitFor(LOAD, driver -> site.log().stream().anyMatch(s -> s.path().endsWith("training-worker.js")));
        drawOnPad();
        browser.waitFor(LOAD, driver -> !prediction().equals("–"));
    }

    @Test
    void theExamplePostsWidgetsRenderReportTheirHeightsAndRespondToTheReader() {
        // Collects the height messages from the very start (devtools scripts are not bound by the site's CSP).
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                if (window === window.top) {
                  window.heightReports = {};
                  addEventListener('message', event => {
                    if (!event.data || event.data.scratchnet !== 'height') return;
                    const frame = [...document.querySelectorAll('iframe')].find(f => f.contentWindow === event.source);
                    if (frame) heightReports[frame.id] = event.data.height;
                  });
                }"""));
        open("embed-demo.html");
        for (String id : DEMO_FRAMES) {
            browser.waitFor(LOAD, driver -> (Boolean) browser.script("""
                    const frame = document.getElementById(arguments[0]);
                    const content = frame.contentDocument && frame.contentDocument.getElementById('frame');
                    const reported = window.heightReports[arguments[0]];
                    return !!content && reported > 150
                      && Math.abs(reported - content.getBoundingClientRect().height) <= 2
                      && frame.style.height === reported + 'px';""", id));
        }

        readsADrawing("demo-pad");
        readsATouchDrawingWithoutScrolling("demo-pad");
        readsADrawing("demo-network");
        assertTrue((Long) inFrame("demo-network", "return document.querySelectorAll('#diagram circle').length;") > 40,
                "the network's diagram is drawn");

        respondsToASlider("demo-neuron");
        respondsToASlider("demo-activation");

        assertEquals(false, inFrame("demo-trainer", "return document.getElementById('train').disabled;"),
                "the trainer is ready to train");
        assertTrue(site.log().stream().noneMatch(s -> s.path().startsWith("/data/")), "no training data before Train");
    }

    @Test
    void theTrainerWidgetTrainsANetworkTheReaderCanTry() {
        open("embed.html?widget=trainer&hidden=16&epochs=1&theme=light");
        browser.waitFor(LOAD, driver -> Boolean.FALSE.equals(browser.script("return document.getElementById('train')?.disabled;")));
        browser.driver().findElement(By.id("train")).click();
        browser.waitFor(Duration.ofSeconds(90), driver -> browser.script(
                "return document.getElementById('status').textContent;").toString().startsWith("Finished"));
        String accuracy = browser.script("return document.getElementById('test-accuracy').textContent;").toString();
        assertTrue(Double.parseDouble(accuracy.replace("%", "")) > 85, "one epoch of 784-16-10 learns: " + accuracy);
        assertTrue(browser.script("return document.getElementById('model-info').textContent;").toString()
                .contains("trained on MNIST"));
        drawOnPad();
        browser.waitFor(LOAD, driver -> !prediction().equals("–"));
    }

    @Test
    void aWidgetWorksInASandboxedFrameOnAnotherSite() {
        // The host is a page of another origin (localhost, not 127.0.0.1), framing the widget as the README says.
        String html = """
                <!doctype html><title>someone's blog</title><p>A post.</p>
                <iframe id="widget" src="%sembed.html?widget=pad&theme=light" sandbox="allow-scripts allow-same-origin"
                        style="width:600px;height:100px;border:0"></iframe>
                <script>
                  window.heights = [];
                  addEventListener('message', event => {
                    if (!event.data || event.data.scratchnet !== 'height') return;
                    heights.push(event.data.height);
                    document.getElementById('widget').style.height = event.data.height + 'px';
                  });
                </script>""".formatted(site.address());
        browser.driver().get(site.hostPage("/someones-blog.html", html).toString());
        browser.waitFor(LOAD, driver -> (Boolean) browser.script("return heights.length > 0 && heights[heights.length - 1] > 300;"));
        assertFalse(browser.script("return origin;").equals(site.address().toString().replaceAll("/$", "")),
                "the host is another origin than the widget's");

        browser.driver().switchTo().frame(browser.driver().findElement(By.id("widget")));
        try {
            waitForStatus("Draw on the black pad.");
            drawOnPad();
            browser.waitFor(LOAD, driver -> !prediction().equals("–"));
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void theMainPagesEmbedButtonsShowTheSnippetForTheWidgetAsConfigured() {
        open("?dataset=mnist&hidden=32&activation=relu&optimizer=sgd&lr=0.05&batch=64&epochs=3&seed=9");
        browser.waitFor(LOAD, driver -> Boolean.FALSE.equals(browser.script("return document.getElementById('train')?.disabled;")));
        drawOnPad();
        browser.waitFor(LOAD, driver -> !prediction().equals("–"));

        List<WebElement> buttons = browser.driver().findElements(By.className("embed-button"));
        assertEquals(3, buttons.size(), "pad, network and trainer each have an Embed button");
        buttons.get(2).click();
        String trainer = browser.script("return document.querySelectorAll('.embed-code')[4].value;").toString()
                .replace("&amp;", "&");
        // Every training setting (an empty one, such as no spec, left out): the snippet reproduces the setup.
        assertTrue(trainer.startsWith("<iframe src=\"" + site.address() + "embed.html?widget=trainer&dataset=mnist&hidden=32"
                + "&activation=relu&optimizer=sgd&lr=0.05&weight-decay=0.0001&batch=64&epochs=3&seed=9"
                + "&augment=false&theme=dark&mode=compact\""), trainer);
        assertTrue(trainer.contains("sandbox=\"allow-scripts allow-same-origin\""), trainer);

        buttons.get(0).click();
        String pad = browser.script("return document.querySelectorAll('.embed-code')[0].value;").toString()
                .replace("&amp;", "&");
        // The network the pad shows: the main page's default, the CNN (an embedded pad alone would take 784-16-16-10).
        assertTrue(pad.contains("embed.html?widget=pad&model=mnist-cnn&theme=dark&mode=compact"), pad);
        browser.driver().findElements(By.cssSelector(".embed-panel select")).get(0).sendKeys("light");
        assertTrue(browser.script("return document.querySelectorAll('.embed-code')[0].value;").toString()
                .contains("theme=light"), "the snippet follows the chosen theme");
    }

    /** Moves the first slider of a frame with the keyboard; the numbers shown must change. */
    private static void respondsToASlider(String id) {
        WebElement frame = browser.driver().findElement(By.id(id));
        browser.script("arguments[0].scrollIntoView({ block: 'center' });", frame);
        browser.driver().switchTo().frame(frame);
        try {
            String before = browser.driver().findElement(By.className("neuron-formula")).getText();
            browser.driver().findElement(By.cssSelector("input[type=range]")).sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT);
            String after = browser.driver().findElement(By.className("neuron-formula")).getText();
            assertFalse(before.equals(after), "moving a slider in " + id + " changes its numbers: " + before);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Draws in the pad of a frame of the post and checks the prediction follows without scrolling the post. */
    private static void readsADrawing(String id) {
        WebElement frame = browser.driver().findElement(By.id(id));
        browser.script("arguments[0].scrollIntoView({ block: 'start' });", frame);
        browser.driver().switchTo().frame(frame);
        try {
            browser.waitFor(LOAD, driver -> browser.script("return document.getElementById('status')?.textContent ?? '';")
                    .equals("Draw on the black pad."));
            Object hostScroll = browser.script("return window.parent.scrollY;");
            drawOnPad();
            browser.waitFor(LOAD, driver -> !prediction().equals("–"));
            assertEquals(hostScroll, browser.script("return window.parent.scrollY;"), "drawing does not scroll the post");
            assertEquals(0L, browser.script("return window.scrollY;"));
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /**
     * A finger stroke down the pad of a frame: a touch that moves down would scroll the post anywhere else.
     * Touch events go in through the devtools protocol, in the coordinates of the post's viewport.
     */
    @SuppressWarnings("unchecked")
    private static void readsATouchDrawingWithoutScrolling(String id) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
        inFrame(id, "document.getElementById('clear').click();");
        Map<String, Number> pad = (Map<String, Number>) browser.script("""
                const frame = document.getElementById(arguments[0]);
                frame.scrollIntoView({ block: 'start' });
                const outer = frame.getBoundingClientRect();
                const inner = frame.contentDocument.getElementById('pad').getBoundingClientRect();
                return { x: outer.left + inner.left + inner.width / 2, y: outer.top + inner.top + inner.height * 0.2,
                         height: inner.height, scroll: scrollY };""", id);
        double x = pad.get("x").doubleValue();
        double y = pad.get("y").doubleValue();
        chrome.executeCdpCommand("Input.dispatchTouchEvent",
                Map.of("type", "touchStart", "touchPoints", List.of(Map.of("x", x, "y", y))));
        for (int step = 1; step <= 12; step++) {
            double down = y + step * pad.get("height").doubleValue() * 0.05;
            chrome.executeCdpCommand("Input.dispatchTouchEvent",
                    Map.of("type", "touchMove", "touchPoints", List.of(Map.of("x", x, "y", down))));
        }
        chrome.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        browser.driver().switchTo().frame(browser.driver().findElement(By.id(id)));
        try {
            browser.waitFor(LOAD, driver -> !prediction().equals("–"));
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        assertEquals(pad.get("scroll").longValue(), ((Number) browser.script("return scrollY;")).longValue(),
                "a finger drawing on the pad does not scroll the post");
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    private static Object inFrame(String id, String script) {
        browser.driver().switchTo().frame(browser.driver().findElement(By.id(id)));
        try {
            return browser.script(script);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** A stroke like a "7" across the middle of the pad. */
    private static void drawOnPad() {
        WebElement pad = browser.driver().findElement(By.cssSelector("[data-testid=pad]"));
        new Actions(browser.driver()).moveToElement(pad, -40, -50).clickAndHold()
                .moveByOffset(30, 0).moveByOffset(40, 0).moveByOffset(-20, 40).moveByOffset(-20, 50)
                .release().perform();
    }

    private static void open(String page) {
        browser.driver().get(page.startsWith("about:") ? page : site.address() + page);
    }

    private static void waitForStatus(String text) {
        browser.waitFor(LOAD, driver -> browser.script("return document.getElementById('status')?.textContent ?? '';").equals(text));
    }

    private static String prediction() {
        // ?? '': the widget's markup is put in by its script, which runs once the page's words have loaded.
        return browser.script("return document.querySelector('[data-testid=prediction]')?.textContent ?? '';").toString();
    }

    private static String modelInfo() {
        return browser.script("return document.getElementById('model-info')?.textContent ?? '';").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> notes() {
        return (List<String>) browser.script("return [...document.querySelectorAll('#notices .notice p')].map(p => p.textContent);");
    }
}

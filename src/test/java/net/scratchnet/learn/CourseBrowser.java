package net.scratchnet.learn;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.scratchnet.browser.BreakableServer;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.PadPointer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site served by the project's server (so with the real Content-Security-Policy) through a
 * {@link BreakableServer}, which a test can make fail downloads, and the tests' headless {@link Chromium}, with the
 * few actions the course tests need: open a chapter, read a number, move a slider, break a download, and list the
 * page errors (console messages of level SEVERE, uncaught exceptions and rejected promises included).
 *
 * <p>Like the other browser tests, it skips (does not fail) the calling tests where Chromium is not installed.
 */
final class CourseBrowser implements BeforeAllCallback, AfterAllCallback {
    private final int width;
    private final int height;
    private Path site;
    private BreakableServer server;
    private Chromium chromium;

    /**
     * A window of {@code width} x {@code height} CSS pixels. Registered with {@code @RegisterExtension static final
     * CourseBrowser browser = new CourseBrowser(1280, 1600);}, it starts before a class's first test and stops
     * after its last.
     */
    CourseBrowser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        chromium = Chromium.start(width, height);
        site = BuiltSite.directory();
        server = BreakableServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The course folder of the built site, for reading files the way the server sends them. */
    static Path courseFolder() {
        return BuiltSite.directory().resolve("learn");
    }

    /** The site's root address, ending in a slash. */
    String siteAddress() {
        return server.address().toString();
    }

    /** Opens learn/{@code page}, forgetting earlier console messages, and waits until its widgets have started (body[data-ready]), or no longer than 20 s. */
    void open(String page) {
        openAt("learn/", page);
    }

    /** Opens the Chinese course's {@code page} (zh/learn/), as {@link #open} opens the English one's. */
    void openChinese(String page) {
        openAt("zh/learn/", page);
    }

    private void openAt(String folder, String page) {
        pageErrors();   // reading the console empties it: what follows belongs to this page
        chromium.driver().get(URI.create(server.address() + folder + page).toString());
        if (!page.equals("index.html")) {
            waitUntil(Duration.ofSeconds(20), "document.body.dataset.ready === 'true' || document.getElementById('chapter-status').classList.contains('error')");
        }
    }

    /** The pointer that draws on the pad with this element id. */
    PadPointer pad(String id) {
        return new PadPointer(chromium, id);
    }

    Object script(String script, Object... arguments) {
        return chromium.script(script, arguments);
    }

    /** Waits until the JS expression is truthy; fails the test (with the expression) after {@code timeout}. */
    void waitUntil(Duration timeout, String expression) {
        new WebDriverWait(chromium.driver(), timeout, Duration.ofMillis(50))
                .withMessage(() -> "waited " + timeout.toSeconds() + " s for: " + expression)
                .until(d -> Boolean.TRUE.equals(script("return Boolean(" + expression + ")")));
    }

    /**
     * The SEVERE console messages since the last call: uncaught exceptions, rejections, failed loads. One is
     * expected and left out: the 404 for the pretrained model when the site ships none (the chapters then say
     * the network has random weights).
     */
    List<String> pageErrors() {
        boolean noPretrainedModel = !Files.isRegularFile(site.resolve("models/mnist.snn"));
        return chromium.severeConsoleMessages().stream()
                .filter(message -> !(noPretrainedModel && message.contains("/models/mnist.snn") && message.contains("404")))
                .toList();
    }

    /** From now on, every request whose path contains {@code pathPart} fails with {@code fault}, until {@link #mend}. */
    void breakDownloads(String pathPart, BreakableServer.Fault fault) {
        server.breakDownloads(pathPart, fault);
    }

    /** Every download works again. */
    void mend() {
        server.mend();
    }

    /** Text of the element with this id. */
    String text(String id) {
        return (String) script("return document.getElementById(arguments[0]).textContent", id);
    }

    /** Moves a range input to {@code value} the way a user does: it fires 'input'. */
    void setRange(String id, double value) {
        script("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('input', { bubbles: true }));", id, value);
    }

    /** Selects {@code value} in the select with this id, as a user would: it fires 'change'. */
    void choose(String id, String value) {
        script("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change', { bubbles: true }));", id, value);
    }

    /** A number as the course's fmt() shows it: fixed decimals and a real minus sign. */
    static String shown(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value).replace('-', '\u2212');
    }

    /** Presses a key on the element with this id, as a keyboard user would (it gets the focus first). */
    void press(String id, CharSequence key) {
        chromium.driver().findElement(By.id(id)).sendKeys(key);
    }

    /** Keeps what the browser shows in target/screenshots/NAME.png. */
    void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }

    void click(String cssSelector) {
        chromium.driver().findElement(By.cssSelector(cssSelector)).click();
    }

    /** Types into the element this selector finds first, as a keyboard user would (it gets the focus first). */
    void type(String cssSelector, CharSequence... keys) {
        chromium.driver().findElement(By.cssSelector(cssSelector)).sendKeys(keys);
    }

    /**
     * Runs {@code script} in every page opened from now on, before the page's own scripts (e.g. to break its
     * storage); closing the returned handle stops that for the pages opened after.
     */
    AutoCloseable beforeEveryPage(String script) {
        Object identifier = chromium.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script)).get("identifier");
        return () -> chromium.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }

    /**
     * Shows pages as a phone of this CSS width would (touch, no desktop minimum window size), through
     * Chromium's device emulation; {@link #desktop()} ends it.
     */
    void phone(int width) {
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    void desktop() {
        chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Answers question {@code id} as a reader does, and returns its verdict ("right", "wrong", ...): a number
     * question gets {@code answer} typed in, a multiple-choice one the option whose value it is.
     */
    String answerQuiz(String id, String answer) {
        if (Boolean.TRUE.equals(script("return Boolean(document.querySelector('#' + arguments[0] + ' .quiz-number'))", id))) {
            script("document.querySelector('#' + arguments[0] + ' .quiz-number').value = ''", id);
            type("#" + id + " .quiz-number", answer);
        } else {
            click("#" + id + " input[value='" + answer + "']");
        }
        click("#" + id + " .quiz-check");
        return (String) script("return document.querySelector('#' + arguments[0] + ' .quiz-verdict').dataset.verdict ?? ''", id);
    }

    /** The options of question {@code id} whose explanation is shown ("right" or "wrong" for a number question). */
    List<?> shownExplanations(String id) {
        return (List<?>) script("return [...document.querySelectorAll('#' + arguments[0] + ' .quiz-why')]"
                + ".filter(p => getComputedStyle(p).display !== 'none').map(p => p.dataset.option)", id);
    }

    /** Keeps the whole page, as far down as it goes, in target/screenshots/NAME.png, for a person to look at. */
    void wholePageScreenshot(String name) throws IOException {
        keepScreenshot(name, Map.of("format", "png", "captureBeyondViewport", true));
    }

    /** Keeps the element this selector finds first (and 16 pixels round it) in target/screenshots/NAME.png, for a person to look at. */
    void screenshotOf(String cssSelector, String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> clip = (Map<String, Object>) script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return { x: Math.max(0, r.left + scrollX - 16), y: Math.max(0, r.top + scrollY - 16),"
                + " width: r.width + 32, height: r.height + 32, scale: 1 }", cssSelector);
        keepScreenshot(name, Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    }

    private void keepScreenshot(String name, Map<String, Object> options) throws IOException {
        Map<String, Object> shot = chromium.driver().executeCdpCommand("Page.captureScreenshot", options);
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}

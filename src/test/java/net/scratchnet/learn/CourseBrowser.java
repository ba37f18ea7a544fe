package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import net.scratchnet.web.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site served by the project's {@link StaticServer} (so with the real Content-Security-Policy) and a
 * headless Chromium from the Debian packages that collects the console: a page error is a console message of
 * level SEVERE (uncaught exceptions and rejected promises included).
 *
 * <p>Like the web tests' own helper, it skips (does not fail) the calling tests where Chromium is not installed.
 */
final class CourseBrowser implements AutoCloseable {
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final Path site;
    private final StaticServer server;
    private final ChromeDriver driver;
    private final Path profile;

    private CourseBrowser(Path site, StaticServer server, ChromeDriver driver, Path profile) {
        this.site = site;
        this.server = server;
        this.driver = driver;
        this.profile = profile;
    }

    static CourseBrowser start(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver)");
        Path site = Path.of(System.getProperty("scratchnet.siteDir", "target/site"));
        assertTrue(Files.isRegularFile(site.resolve("learn/index.html")),
                "no built course in " + site.toAbsolutePath() + ": run mvn verify (browser tests need the package phase)");
        Path profile = Files.createTempDirectory("scratchnet-course");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--log-level=3");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).withSilent(true).build();
        return new CourseBrowser(site, StaticServer.start(site, 0), new ChromeDriver(service, options), profile);
    }

    /** The course folder of the built site, for reading files the way the server sends them. */
    static Path courseFolder() {
        return Path.of(System.getProperty("scratchnet.siteDir", "target/site"), "learn");
    }

    /** The site's root address, ending in a slash. */
    String siteAddress() {
        return server.address().toString();
    }

    /** Opens learn/{@code page}, forgetting earlier console messages, and waits until its widgets have started (body[data-ready]), or no longer than 20 s. */
    void open(String page) {
        pageErrors();   // reading the console empties it: what follows belongs to this page
        driver.get(URI.create(server.address() + "learn/" + page).toString());
        if (!page.equals("index.html")) {
            waitUntil(Duration.ofSeconds(20), "document.body.dataset.ready === 'true' || document.getElementById('chapter-status').classList.contains('error')");
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until the JS expression is truthy; fails the test (with the expression) after {@code timeout}. */
    void waitUntil(Duration timeout, String expression) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(50))
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
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !(noPretrainedModel && message.contains("/models/mnist.snn") && message.contains("404")))
                .toList();
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

    /** Presses a key on the element with this id, as a keyboard user would (it gets the focus first). */
    void press(String id, CharSequence key) {
        driver.findElement(By.id(id)).sendKeys(key);
    }

    void click(String cssSelector) {
        driver.findElement(By.cssSelector(cssSelector)).click();
    }

    /**
     * Shows pages as a phone of this CSS width would (touch, no desktop minimum window size), through
     * Chromium's device emulation; {@link #desktop()} ends it.
     */
    void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        server.close();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}

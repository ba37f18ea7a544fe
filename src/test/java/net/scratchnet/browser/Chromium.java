package net.scratchnet.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages (chromium, chromium-driver), driven by Selenium; the one browser
 * helper of the web, embed and course tests.
 *
 * <p>Tests that use it are skipped, not failed, on a machine without /usr/bin/chromium; .ci/run installs
 * it, so in CI they run. Selenium is pointed at the installed chromedriver so that it never tries to
 * download a browser or driver of its own. The browser's console is collected, so a test can ask for the
 * page errors it saw.
 */
public final class Chromium implements AutoCloseable {
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * A window of this size in CSS pixels. Skips the calling test (a JUnit assumption) when Chromium is not
     * installed; Chromium without its driver is a broken install and fails, so that CI cannot skip quietly.
     */
    public static Chromium start(int width, int height) throws IOException {
        return start(width, height, null);
    }

    /**
     * A window of this size whose browser prefers {@code languages} (e.g. "zh-CN,zh": navigator.languages and
     * the Accept-Language header), as a reader's browser set to Chinese; null keeps Chromium's own (English).
     */
    public static Chromium start(int width, int height, String languages) throws IOException {
        assumeTrue(Files.isExecutable(BROWSER), "Chromium is not installed (apt-get install chromium chromium-driver)");
        assertTrue(Files.isExecutable(DRIVER), BROWSER + " is installed but " + DRIVER
                + " is not: apt-get install chromium-driver");
        Path profile = Files.createTempDirectory("scratchnet-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        if (languages != null) {
            options.addArguments("--lang=" + languages.split(",")[0]);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--log-level=3");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .withSilent(true)
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs an async script: it gets a callback as its last argument ({@code arguments[arguments.length-1]}). */
    public Object asyncScript(Duration timeout, String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(timeout);
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Keeps what the browser shows in target/screenshots/NAME.png, for a person to look at. */
    public void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(condition);
    }

    /**
     * The SEVERE console messages since the last call (reading the console empties it): uncaught
     * exceptions, rejected promises, failed loads.
     */
    public List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}

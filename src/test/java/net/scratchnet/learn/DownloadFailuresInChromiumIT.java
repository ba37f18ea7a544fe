package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import net.scratchnet.browser.BreakableServer.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chapters whose data or model download fails, in headless Chromium with a server that fails on purpose: the
 * page says which file failed, in its language, keeps what the reader had, and works again once the download does.
 */
class DownloadFailuresInChromiumIT {
    private static final Duration JUDGING = Duration.ofSeconds(60);
    private static final Duration RACING = Duration.ofSeconds(60);
    private static final String JUDGE_WIDGET = "section[aria-labelledby=judge-widget]";

    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);

    @AfterEach
    void mend() {
        browser.mend();
    }

    @Test
    void judgingSaysWhichDownloadFailedKeepsItsJudgementAndTriesAgain() throws IOException {
        browser.breakDownloads("/data/", Fault.NOT_FOUND);
        browser.open("judging.html");
        waitForRetry();
        assertEquals("The network could not be judged: cannot download /data/mnist/SHA256SUMS: HTTP 404."
                + " Check the connection and try again.", browser.text("judge-status"));
        assertEquals("–", browser.text("judge-accuracy"));
        assertTrue(disabled("noise-next"), "no network to show the noise to yet");
        screenshots(JUDGE_WIDGET, "judging-failed");
        assertOnlyFailedLoads("/data/");

        browser.mend();
        browser.click("#judge-retry");
        browser.waitUntil(JUDGING, "document.getElementById('judge-accuracy').dataset.value");
        assertTrue(retryHidden());
        String judged = browser.text("judge-accuracy");
        assertFalse(disabled("noise-next"));

        // Another network whose file is cut off halfway: the judgement shown stays, and so does its name in the chooser.
        browser.breakDownloads("/models/mnist.snn", Fault.CUT_OFF);
        browser.choose("judge-model", "mnist");
        waitForRetry();
        assertTrue(browser.text("judge-status").startsWith("The network could not be judged: cannot download models/mnist.snn: "),
                browser.text("judge-status"));
        assertEquals(judged, browser.text("judge-accuracy"));
        assertEquals("mnist-128", browser.script("return document.getElementById('judge-model').value"));

        browser.mend();
        browser.click("#judge-retry");
        browser.waitUntil(JUDGING, "document.getElementById('judge-model').value === 'mnist'"
                + " && document.getElementById('judge-status').textContent.startsWith('All')");
        assertTrue(retryHidden());
        assertFalse(judged.equals(browser.text("judge-accuracy")), "the retry judged the other network");
        assertOnlyFailedLoads("/models/mnist.snn");
    }

    @Test
    void judgingSaysACutOffDownloadInChinese() throws IOException {
        browser.breakDownloads("/data/mnist/t10k-labels", Fault.CUT_OFF);
        browser.openChinese("judging.html");
        waitForRetry();
        assertTrue(browser.text("judge-status").startsWith("无法评估这个网络：无法下载 /data/mnist/t10k-labels-idx1-ubyte.gz："),
                browser.text("judge-status"));
        assertEquals("重试", browser.text("judge-retry"));
        screenshots(JUDGE_WIDGET, "judging-failed-zh");

        browser.mend();
        browser.click("#judge-retry");
        browser.waitUntil(JUDGING, "document.getElementById('judge-accuracy').dataset.value");
        assertOnlyFailedLoads("/data/mnist/t10k-labels");
    }

    @Test
    void theRaceSaysAFailedDownloadAndStartsAgain() throws IOException {
        browser.breakDownloads("/data/mnist/train-images", Fault.CUT_OFF);
        browser.open("training.html");
        browser.click("#race-start");
        waitForStart("race");
        assertTrue(browser.text("race-status").startsWith("The race stopped: cannot download /data/mnist/train-images-idx3-ubyte.gz: ")
                && browser.text("race-status").endsWith(". Press “Start the race” to try again."), browser.text("race-status"));
        assertTrue(disabled("race-pause"));
        screenshots("section:has(#race-status)", "race-failed");

        browser.mend();
        browser.click("#race-start");
        browser.waitUntil(RACING, "!document.getElementById('race-pause').disabled");
        browser.click("#race-pause");
        assertOnlyFailedLoads("/data/mnist/train-images");
    }

    @Test
    void aRaceWorkerThatDidNotLoadIsReplacedAtTheNextStart() {
        browser.breakDownloads("/js/learn/race-worker.js", Fault.NOT_FOUND);
        browser.open("overfitting.html");
        browser.waitUntil(Duration.ofSeconds(20), "document.getElementById('cure-status').textContent !== ''");
        assertEquals("The race worker failed: its script could not be loaded", browser.text("cure-status"));
        assertFalse(disabled("cure-start"));

        browser.mend();
        browser.click("#cure-start");
        browser.waitUntil(RACING, "!document.getElementById('cure-pause').disabled");
        browser.click("#cure-pause");
    }

    @Test
    void theRacesSayAFailedDownloadInChinese() throws IOException {
        browser.breakDownloads("/data/", Fault.SERVER_ERROR);
        browser.openChinese("training.html");
        browser.click("#race-start");
        waitForStart("race");
        assertEquals("赛跑已停止：无法下载 /data/mnist/SHA256SUMS：HTTP 500。按“开始赛跑”重试。", browser.text("race-status"));
        screenshots("section:has(#race-status)", "race-failed-zh");

        browser.openChinese("overfitting.html");
        browser.click("#cure-start");
        waitForStart("cure");
        assertEquals("比赛已停止：无法下载 /data/mnist/SHA256SUMS：HTTP 500。按“开始比赛”重试。", browser.text("cure-status"));
        screenshots("section:has(#cure-status)", "cures-failed-zh");
        browser.open("overfitting.html");
        browser.click("#cure-start");
        waitForStart("cure");
        screenshots("section:has(#cure-status)", "cures-failed");
    }

    @Test
    void theDigitsChapterKeepsItsNetworkWhenTheDataFails() throws IOException {
        browser.breakDownloads("/data/", Fault.NOT_FOUND);
        for (boolean chinese : new boolean[] {false, true}) {
            if (chinese) {
                browser.openChinese("digits.html");
            } else {
                browser.open("digits.html");
            }
            String weights = firstWeights();
            browser.click("#digits-train");
            browser.waitUntil(Duration.ofSeconds(20), "document.getElementById('digits-progress').textContent.includes('SHA256SUMS')");
            assertEquals(chinese
                    ? "训练未能开始：无法下载 /data/mnist/SHA256SUMS：HTTP 404。网络保持不变；按“在这里训练一轮”重试。"
                    : "Training could not start: cannot download /data/mnist/SHA256SUMS: HTTP 404. The network is unchanged;"
                    + " press “Train it for one epoch here” to try again.", browser.text("digits-progress"));
            assertEquals(weights, firstWeights(), "the network shown is the one the page started with");
            screenshots("section:has(#digits-progress)", chinese ? "digits-failed-zh" : "digits-failed");
        }
    }

    @Test
    void theConvolutionsChapterKeepsItsNetworkWhenTheDataFails() {
        browser.breakDownloads("/data/", Fault.NOT_FOUND);
        browser.open("convolutions.html");
        String source = shownSource();
        browser.click("#cnn-train");
        browser.waitUntil(Duration.ofSeconds(20), "!document.querySelector('#cnn-status [data-state=error]').hidden");
        assertEquals("Training stopped: cannot download /data/mnist/SHA256SUMS: HTTP 404",
                browser.script("return document.querySelector('#cnn-status [data-state=error]').textContent.trim()"));
        assertEquals(source, shownSource(), "the network shown is still the one the page started with");
        assertFalse(disabled("cnn-train"));
        assertTrue(disabled("cnn-pause"));
    }

    @Test
    void theCapstoneSaysWhichDownloadFailed() {
        browser.breakDownloads("/data/", Fault.NOT_FOUND);
        browser.open("code/mnist.html");
        browser.click("#train");
        browser.waitUntil(Duration.ofSeconds(20), "document.getElementById('train-status').dataset.outcome === 'error'");
        assertEquals("Training stopped: cannot download /data/mnist/SHA256SUMS: HTTP 404", browser.text("train-status"));
        assertFalse(disabled("train"));
    }

    private static void waitForStart(String prefix) {
        browser.waitUntil(Duration.ofSeconds(30), "!document.getElementById('" + prefix + "-start').disabled"
                + " && document.getElementById('" + prefix + "-status').textContent !== ''");
    }

    private static boolean disabled(String id) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).disabled", id));
    }

    /** The first hidden neuron's picture of its weights, as the digits chapter draws it. */
    private static String firstWeights() {
        return (String) browser.script("return document.querySelector('#weight-grid canvas').toDataURL()");
    }

    /** Which of its networks the convolutions chapter says it shows (pretrained, saved, random, trained). */
    private static String shownSource() {
        return (String) browser.script("return document.querySelector('#cnn-source [data-source]:not([hidden])').dataset.source");
    }

    private static void waitForRetry() {
        browser.waitUntil(Duration.ofSeconds(30), "!document.getElementById('judge-retry').hidden");
    }

    private static boolean retryHidden() {
        return Boolean.TRUE.equals(browser.script("return document.getElementById('judge-retry').hidden"));
    }

    /** The page's errors since it opened are only the browser's notes of the downloads the test broke. */
    private static void assertOnlyFailedLoads(String brokenPath) {
        List<String> errors = browser.pageErrors();
        assertTrue(errors.stream().allMatch(error -> error.contains(brokenPath)), errors.toString());
    }

    /** The element this selector finds at desktop and phone width, in target/screenshots/NAME-1280.png and NAME-390.png. */
    private static void screenshots(String cssSelector, String name) throws IOException {
        browser.screenshotOf(cssSelector, name + "-1280");
        browser.phone(390);
        try {
            browser.screenshotOf(cssSelector, name + "-390");
        } finally {
            browser.desktop();
        }
    }
}

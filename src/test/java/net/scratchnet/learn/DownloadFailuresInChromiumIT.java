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
        screenshots(JUDGE_WIDGET, "judging-failed");
        assertOnlyFailedLoads("/data/");

        browser.mend();
        browser.click("#judge-retry");
        browser.waitUntil(JUDGING, "document.getElementById('judge-accuracy').dataset.value");
        assertTrue(retryHidden());
        String judged = browser.text("judge-accuracy");
        assertFalse(browser.text("noise-confidence").isEmpty());

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

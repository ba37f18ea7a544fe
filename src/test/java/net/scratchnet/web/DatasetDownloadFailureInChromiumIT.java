package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import net.scratchnet.browser.BreakableServer;
import net.scratchnet.browser.BreakableServer.Fault;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main page's dataset download cut off halfway, in headless Chromium: the notice names the file that failed,
 * the download's meter goes (the other files' progress with it), the network the pad showed stays, and Train
 * downloads again once the connection works.
 */
class DatasetDownloadFailureInChromiumIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Chromium chromium;
    private static BreakableServer server;
    private static MainPage page;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start(1280, 1600);
        server = BreakableServer.start();
        page = new MainPage(chromium, server.address());
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDownloadCutOffHalfwayNamesItsFileAndTrainDownloadsAgain() throws InterruptedException {
        page.openFresh("?dataset=mnist&hidden=24&activation=sigmoid&optimizer=sgd&lr=0.5&batch=32&epochs=1&seed=3");
        String network = page.text("model-info");
        server.breakDownloads("/data/mnist/train-images", Fault.CUT_OFF);
        page.byTestId("train").click();
        chromium.waitFor(WAIT, driver -> !page.text("training-notices").isEmpty());
        assertTrue(page.text("training-notices").startsWith("cannot download /data/mnist/train-images-idx3-ubyte.gz: "),
                page.text("training-notices"));
        String progress = page.text("data-text");
        Thread.sleep(1_000);
        assertEquals(progress, page.text("data-text"), "the other files' progress is no longer shown");
        assertEquals(true, chromium.script("return document.getElementById('data-meter').hidden"),
                "no meter stands where the download stopped");
        assertEquals(network, page.text("model-info"), "the network shown is the one before Train");
        assertTrue(page.byTestId("train").isEnabled());

        server.mend();
        page.byTestId("train").click();
        chromium.waitFor(WAIT, driver -> page.text("status").startsWith("Training"));
        page.byTestId("train").click();   // pauses: the run itself is the trainer tests' business
    }
}

package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.browser.MainPageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The chooser beside the main page's pad (issue 11, point 2), in headless Chromium: the pad answers with the
 * shipped CNN unless asked otherwise, the chooser switches the network and the diagram with it, the URL names
 * the choice and a reload keeps it, a bad name is refused aloud, and a visitor's own run survives a look at
 * the site's networks.
 */
class ModelChooserIT {
    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Duration TRAINING = Duration.ofSeconds(120);
    private static final int MAPS = 96;        // the CNN's feature maps: 16 + 16 + 32 + 32
    private static final int NEURONS = 42;     // 784-16-16-10's neurons drawn as circles: 16 + 16 + 10

    @RegisterExtension
    static final MainPageSession SESSION = new MainPageSession();

    @Test
    void thePadAnswersWithTheCnnByDefaultAndItsFeatureMapsAreDrawn() throws IOException {
        page().openFresh("");
        assertEquals("mnist-cnn", chooser().getFirstSelectedOption().getAttribute("value"));
        assertEquals(List.of("mnist-cnn", "mnist-128", "mnist", "fashion"), offered(), "no network of the visitor's own yet");
        waitForCount(".fmap", MAPS);
        assertEquals(0L, count(".diagram .neuron"));
        assertTrue(search().contains("model=mnist-cnn"), search());
        assertEquals("Network", chromium().script("return document.getElementById('model-choice').labels[0].textContent;"),
                "the chooser has its label");
        page().drawOne();
        chromium().waitFor(SHORT, driver -> page().byTestId("prediction").getText().equals("1"));
        chromium().screenshot("chooser-1280");
        chromium().driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            chromium().screenshot("chooser-390");
        } finally {
            chromium().driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void choosingThreeBlueOneBrownsNetworkShowsItsNeuronsAndAReloadKeepsIt() {
        page().openFresh("");
        waitForCount(".fmap", MAPS);
        // From the keyboard, as a visitor without a mouse: the chooser is an ordinary select.
        WebElement select = page().byTestId("model-choice");
        select.sendKeys(Keys.END);   // the last option (fashion), then up one to 784-16-16-10
        select.sendKeys(Keys.UP);
        chromium().waitFor(SHORT, driver -> count(".diagram .neuron") == NEURONS);
        assertEquals(0L, count(".fmap"), "no feature maps for a fully connected network");
        assertTrue(page().text("model-info").contains("784-16-16-10 sigmoid"), page().text("model-info"));
        chromium().waitFor(SHORT, driver -> search().contains("model=mnist&") || search().endsWith("model=mnist"));

        page().reload(search());
        assertEquals("mnist", chooser().getFirstSelectedOption().getAttribute("value"));
        waitForCount(".diagram .neuron", NEURONS);
        assertTrue(page().text("model-info").contains("784-16-16-10 sigmoid"), page().text("model-info"));
    }

    @Test
    void aBadModelIsNamedAndTheDefaultIsUsed() {
        page().openFresh("?model=lenet");
        assertTrue(page().text("notices").contains("bad value \"lenet\" (expected mnist-cnn, mnist-128, mnist, fashion, yours)"),
                page().text("notices"));
        assertEquals("mnist-cnn", chooser().getFirstSelectedOption().getAttribute("value"));
        waitForCount(".fmap", MAPS);
        assertTrue(search().contains("model=mnist-cnn"), "the URL names what is shown: " + search());
    }

    @Test
    void aRunGoesOnWhileTheVisitorLooksAtTheSitesNetworksAndComesBack() {
        // 784-24-10: quick to train, and unlike any shipped network, so the pad says which one it shows; three
        // epochs, since one ends (about 2 s with SIMD) before the CNN is on the pad.
        page().openFresh("?dataset=mnist&hidden=24&activation=sigmoid&optimizer=sgd&lr=0.5&batch=32&epochs=3&seed=3");
        page().byTestId("train").click();
        chromium().waitFor(TRAINING, driver -> page().text("model-info").contains("784-24-10"));
        assertEquals("yours", chooser().getFirstSelectedOption().getAttribute("value"), "training shows the visitor's network");
        assertTrue(search().contains("model=yours"), search());

        chooser().selectByValue("mnist-cnn");
        waitForCount(".fmap", MAPS);
        String before = page().text("status");
        chromium().waitFor(TRAINING, driver -> !page().text("status").equals(before));   // the run goes on meanwhile
        assertEquals(MAPS, count(".fmap"), "and its snapshots do not take the pad from the CNN");
        assertTrue(search().contains("model=mnist-cnn"), search());

        chromium().waitFor(TRAINING, driver -> page().text("status").startsWith("Training finished"));
        chooser().selectByValue("yours");
        chromium().waitFor(SHORT, driver -> page().text("model-info").contains("784-24-10"));
        double accuracy = MainPage.number(page().byTestId("test-accuracy").getText());
        assertTrue(accuracy > 85, "the run trained on while the CNN was shown: " + accuracy);

        // A reload on a bundled network still offers the visitor's own, as trained.
        chooser().selectByValue("mnist");
        waitForCount(".diagram .neuron", NEURONS);
        page().reload(search());
        assertEquals(List.of("mnist-cnn", "mnist-128", "mnist", "fashion", "yours"), offered());
        chooser().selectByValue("yours");
        chromium().waitFor(SHORT, driver -> page().text("model-info").contains("784-24-10"));
        assertTrue(page().text("status").startsWith("Training finished"), page().text("status"));
    }

    private static MainPage page() {
        return SESSION.page();
    }

    private static Chromium chromium() {
        return SESSION.chromium();
    }

    private static Select chooser() {
        return new Select(page().byTestId("model-choice"));
    }

    private static List<String> offered() {
        return chooser().getOptions().stream().map(option -> option.getAttribute("value")).toList();
    }

    private static String search() {
        return (String) chromium().script("return location.search;");
    }

    private static long count(String selector) {
        return chromium().driver().findElements(By.cssSelector(selector)).size();
    }

    private static void waitForCount(String selector, long expected) {
        chromium().waitFor(SHORT, driver -> count(selector) == expected);
    }
}

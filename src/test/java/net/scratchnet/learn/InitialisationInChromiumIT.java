package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.lesson.DeepSignals;
import net.scratchnet.lesson.Symmetry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chapter "initialisation" in headless Chromium: its widgets run the WasmGC core on the site's sample images and show
 * what the JVM's core computes for the same images, and the gradients vanish for sigmoid but not for ReLU with He.
 */
class InitialisationInChromiumIT {
    /** The page's seed (initialisation.js). */
    private static final int SEED = 10;

    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);
    private static Dataset samples;

    @BeforeAll
    static void readSamples() throws IOException {
        samples = siteSamples();
    }

    @Test
    void theDeepNetworkShowsTheCoresNumbersAndItsGradientsVanishForSigmoidButNotForRelu() {
        browser.open("initialisation.html");
        assertEquals(List.of(), browser.pageErrors());
        DeepSignals sigmoid = new DeepSignals("sigmoid", "xavier", samples, 0.1f, SEED);
        assertEquals(CourseBrowser.shown(number(sigmoid.measure(), "loss"), 3), browser.text("deep-loss"));
        String sigmoidRatio = browser.text("deep-ratio");
        assertTrue(sigmoidRatio.startsWith("1/"), "the first layer's gradient is a small fraction of the last's: " + sigmoidRatio);

        browser.choose("deep-activation", "relu");
        browser.choose("deep-start", "he");
        DeepSignals relu = new DeepSignals("relu", "he", samples, 0.1f, SEED);
        assertEquals(CourseBrowser.shown(number(relu.measure(), "loss"), 3), browser.text("deep-loss"));
        String reluRatio = browser.text("deep-ratio");
        assertNotEquals(sigmoidRatio, reluRatio);
        assertTrue(Double.parseDouble(reluRatio) > 0.1, "ReLU with He keeps the gradients level: " + reluRatio);

        browser.click("#deep-train");
        relu.train(20);
        assertEquals("20", browser.text("deep-steps"));
        assertEquals(CourseBrowser.shown(number(relu.measure(), "loss"), 3), browser.text("deep-loss"));
        assertEquals(6L, browser.script("return document.querySelectorAll('#deep-layers figure').length"));
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void zeroStartedNeuronsStayCopiesAndXaviersGrowApartAsOnTheJvm() {
        browser.open("initialisation.html");
        browser.click("#symmetry-train");
        assertEquals("10", browser.text("symmetry-steps"));
        assertEquals("0.0000", browser.text("symmetry-difference"));

        browser.choose("symmetry-start", "xavier");
        browser.click("#symmetry-train");
        Symmetry xavier = new Symmetry("xavier", samples, SEED);
        xavier.train(10);
        String state = xavier.state();
        assertEquals(CourseBrowser.shown(number(state, "difference"), 4), browser.text("symmetry-difference"));
        assertEquals(CourseBrowser.shown(100 * number(state, "accuracy"), 1) + "%", browser.text("symmetry-accuracy"));
        assertEquals(List.of(), browser.pageErrors());
    }



    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.E-]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    /** The images the page reads: the built site's data/mnist/samples.json, as the core's dataset. */
    private static Dataset siteSamples() throws IOException {
        String json = Files.readString(BuiltSite.directory().resolve("data/mnist/samples.json"), StandardCharsets.UTF_8);
        Matcher labels = Pattern.compile("\"labels\":\\[([0-9,]*)]").matcher(json);
        Matcher pixels = Pattern.compile("\"pixels\":\"([^\"]*)\"").matcher(json);
        assertTrue(labels.find() && pixels.find(), "samples.json has labels and pixels");
        String[] values = labels.group(1).split(",");
        byte[] labelBytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            labelBytes[i] = Byte.parseByte(values[i]);
        }
        return new Dataset("mnist samples", DatasetKind.ROWS, DatasetKind.COLS, Base64.getDecoder().decode(pixels.group(1)),
                labelBytes, DatasetKind.MNIST.classNames());
    }
}

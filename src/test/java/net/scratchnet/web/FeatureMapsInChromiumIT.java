package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.browser.MainPageSession;
import net.scratchnet.model.ModelFile;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The layer diagram of a convolutional network (components/feature-maps.js) in headless Chromium: the shipped
 * MNIST CNN chosen by {@code model=}, its feature maps lit by a test image, a filter's kernels on focus, and the
 * switch back to the 3Blue1Brown picture for a fully connected network.
 */
class FeatureMapsInChromiumIT {
    private static final String CNN = "28x28x1 conv5x5x16 relu pool2 conv5x5x32 relu pool2 dense128 relu dropout0.5 dense10";
    /** A script: for each canvas that arguments[0] selects, how many of its pixels are lit (red above 60). */
    static final String LIT_PIXELS = """
            return [...document.querySelectorAll(arguments[0])].map(canvas => {
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let lit = 0;
              for (let i = 0; i < data.length; i += 4) if (data[i] > 60) lit++;
              return lit;
            });""";

    @RegisterExtension
    static final MainPageSession SESSION = new MainPageSession();
    private static Chromium chromium;
    private static MainPage page;

    @BeforeAll
    static void start() {
        chromium = SESSION.chromium();
        page = SESSION.page();
    }

    @Test
    void theCnnShowsItsFeatureMapsLitByATestImageAndAFiltersKernelsOnFocus() throws Exception {
        page.openFresh("?model=mnist-cnn");
        showTestImageOfAZero();
        assertTrue(page.text("model-info").contains("trained on MNIST"), page.text("model-info"));
        assertEquals(96L, count(".fmap"), "16 + 16 + 32 + 32 feature maps");
        assertEquals(0L, count("svg.diagram"), "no neuron picture for a conv net");
        for (String layer : List.of("conv", "pool")) {
            List<Long> lit = lit(".fmap-layer." + layer + " .fmap");
            assertTrue(lit.stream().filter(pixels -> pixels > 0).count() >= 8,
                    "the 0 lights up many maps of every " + layer + " layer: " + lit);
        }
        assertEquals("Conv 1, feature map 1 of 16", page.text("neuron-title"));
        assertTrue(page.text("neuron-activation").startsWith("Strongest for the current drawing"), page.text("neuron-activation"));
        chromium.screenshot("cnn-1280");

        WebElement chosen = chromium.driver().findElement(By.cssSelector(".fmap.chosen"));
        chosen.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_DOWN);
        assertEquals("Conv 2, feature map 2 of 32", page.text("neuron-title"));
        assertEquals("Conv 2, feature map 2 of 32", chromium.script("return document.activeElement.getAttribute('aria-label');"),
                "the focus moves with the choice");
        assertTrue(page.text("neuron-caption").contains("plus its bias"), page.text("neuron-caption"));
        assertEquals(16L, count(".kernel-grid canvas"), "one 5×5 kernel per map of Pool 1");
        @SuppressWarnings("unchecked")
        Map<String, Long> colours = (Map<String, Long>) chromium.script("""
                let blue = 0, red = 0;
                for (const canvas of document.querySelectorAll('.kernel-grid canvas')) {
                  if (canvas.width !== 5 || canvas.height !== 5) return { blue: -1, red: -1 };
                  const data = canvas.getContext('2d').getImageData(0, 0, 5, 5).data;
                  for (let i = 0; i < data.length; i += 4) {
                    if (data[i + 2] > data[i] + 40) blue++;
                    if (data[i] > data[i + 2] + 40) red++;
                  }
                }
                return { blue, red };""");
        assertTrue(colours.get("blue") > 10 && colours.get("red") > 10, "weights of both signs: " + colours);
        assertTrue(((String) chromium.script("return location.search;")).contains("model=mnist-cnn"),
                "the URL still names the model shown");
    }

    @Test
    void theDiagramFollowsANewModelAndSwitchesToNeuronsForAFullyConnectedOne(@TempDir Path folder) throws Exception {
        page.openFresh("?model=mnist-cnn");
        showTestImageOfAZero();
        List<Long> before = lit(".fmap-layer.conv .fmap");

        // New weights for the same layers, as a training snapshot brings them: the maps change in place.
        importModel(folder.resolve("other-cnn.snn"), ModelFile.write(Network.fromSpec(CNN, 7), "mnist"));
        assertEquals(96L, count(".fmap"));
        chromium.waitFor(Duration.ofSeconds(10), driver -> !lit(".fmap-layer.conv .fmap").equals(before));
        assertTrue(((String) chromium.script("return location.search;")).contains("model=yours"),
                "the URL names the visitor's own model now");

        importModel(folder.resolve("mlp.snn"), ModelFile.write(Network.fromSpec("784-16-16-10 sigmoid", 3), "mnist"));
        chromium.waitFor(Duration.ofSeconds(10), driver -> count(".diagram .neuron") == 42L);
        assertEquals(0L, count(".fmap-diagram"), "the feature maps are gone");
        assertEquals(0L, count(".map-detail"), "and so are the kernels in the detail panel");
        assertEquals("Hidden layer 1, neuron 1 of 16", page.text("neuron-title"));
    }

    @Test
    void aFullyConnectedNetWithDropoutShowsTheProbabilitiesInItsOutputColumn(@TempDir Path folder) throws Exception {
        page.openFresh("");
        importModel(folder.resolve("dropout.snn"),
                ModelFile.write(Network.fromSpec("28x28x1 dense128 relu dropout0.5 dense10", 5), "mnist"));
        chromium.waitFor(Duration.ofSeconds(10), driver -> count(".diagram .neuron") == 14L + 10L);   // 14 of the 128 hidden
        page.byTestId("sample").click();
        chromium.waitFor(Duration.ofSeconds(10), driver -> !page.byTestId("prediction").getText().equals("–"));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) chromium.script("""
                return [...document.querySelectorAll('.diagram .neuron[aria-label^="Output"]')].map(output => {
                  output.focus();
                  return document.getElementById('neuron-activation').textContent;
                });""");
        List<String> predicted = page.byTestId("probabilities").findElements(By.className("prob-value")).stream()
                .map(WebElement::getText).toList();
        double sum = 0;
        for (int digit = 0; digit < 10; digit++) {
            String text = shown.get(digit);
            assertTrue(text.startsWith("Probability for the current drawing: "), text);
            double percent = Double.parseDouble(text.replaceAll("[^0-9.]", ""));
            sum += percent;
            assertEquals(Double.parseDouble(predicted.get(digit).replace("%", "")), percent, 0.51,
                    "the output column shows the probabilities the answer panel shows: " + shown + " vs " + predicted);
        }
        assertEquals(100, sum, 1, "the output column's probabilities add up to 1: " + shown);
    }

    @Test
    void aBadModelParameterIsNamedAndThePageStartsAsUsual() {
        page.openFresh("?model=%3Cb%3Ecnn%3C/b%3E");
        WebElement notices = page.byId("notices");
        chromium.waitFor(Duration.ofSeconds(10), driver -> notices.getText().contains("\"model\""));
        assertTrue(notices.getText().contains("bad value \"<b>cnn</b>\" (expected mnist-cnn, mnist-128, mnist, fashion, yours)"),
                notices.getText());
        assertEquals(0, notices.findElements(By.tagName("b")).size(), "shown as text, never as markup");
        chromium.waitFor(Duration.ofSeconds(10), driver -> count(".fmap") == 96L);   // the default: the CNN
    }

    @Test
    void theNetworkWidgetDrawsTheCnnAndNamesABadModel() throws Exception {
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            openWidget("embed.html?widget=network&model=mnist-cnn&mode=full");
            page.drawOne();
            chromium.waitFor(Duration.ofSeconds(10), driver -> !page.byTestId("prediction").getText().equals("–"));
            assertEquals(96L, count(".fmap"));
            chromium.waitFor(Duration.ofSeconds(10), driver -> lit(".fmap-layer.conv .fmap").stream().anyMatch(p -> p > 0));
            assertEquals(1L, count(".fmap-diagram.stacked"), "at phone width the layers stack");
            Number overflow = (Number) chromium.script(
                    "const host = document.getElementById('diagram'); return host.scrollWidth - host.clientWidth;");
            assertEquals(0, overflow.intValue(), "and nothing sticks out sideways");
            chromium.screenshot("cnn-embed-390");
        } finally {
            chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        openWidget("embed.html?widget=network&model=cnn");
        assertTrue(page.text("notices").contains("Ignored model=\"cnn\" (expected mnist-cnn, mnist-128, mnist, fashion)"),
                page.text("notices"));
        assertNotEquals(0L, count(".diagram .neuron"), "the dataset's model instead");
    }

    private static void showTestImageOfAZero() {
        page.byTestId("sample").click();
        chromium.waitFor(Duration.ofSeconds(10), driver -> page.byTestId("prediction").getText().equals("0"));
    }

    private static void importModel(Path file, byte[] bytes) throws Exception {
        Files.write(file, bytes);
        WebElement input = page.byId("import");
        chromium.script("arguments[0].hidden = false;", input);   // a file input must be visible to type into
        input.sendKeys(file.toString());
        WebElement notices = page.byId("training-notices");
        chromium.waitFor(Duration.ofSeconds(10), driver -> notices.getText().contains("Imported \"" + file.getFileName()));
    }

    private static void openWidget(String query) {
        chromium.driver().get(SESSION.address() + query);
        chromium.waitFor(Duration.ofSeconds(30), driver -> page.text("status").equals("Draw on the black pad."));
    }

    private static long count(String selector) {
        return (Long) chromium.script("return document.querySelectorAll(arguments[0]).length;", selector);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> lit(String selector) {
        return (List<Long>) chromium.script(LIT_PIXELS, selector);
    }
}

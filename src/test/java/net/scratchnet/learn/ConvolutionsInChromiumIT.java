package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.Padding;
import net.scratchnet.layer.Shape;
import net.scratchnet.lesson.KernelSlide;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.ModelFormatException;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The convolutions chapter in headless Chromium: the kernel widget's numbers are the JVM core's for the drawing
 * the page convolves, the sizes widget gives the core's shapes and counts, and the CNN trains in the tab. Its
 * questions are answered, wrong and right, with every other chapter's by {@link QuizInChromiumIT}.
 */
class ConvolutionsInChromiumIT {
    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);

    @Test
    void theKernelsMultiplyAndAddAreTheCoresForTheDrawing() {
        browser.open("convolutions.html");
        browser.click("#examples [data-class='7']");
        float[] image = networkInput();
        for (String padding : List.of("valid", "same")) {
            select("slide-padding", padding);
            for (int position = 0; position < 4; position++) {
                browser.press("slide-map", position % 2 == 0 ? Keys.ARROW_RIGHT : Keys.ARROW_DOWN);
                int row = (int) number(browser.text("slide-row")) - 1;
                int col = (int) number(browser.text("slide-column")) - 1;
                String json = KernelSlide.slide(image, 28, 28, KernelSlide.kernel("vertical"), 0f, 1,
                        padding.equals("same") ? Padding.SAME : Padding.VALID, row, col);
                float expected = Float.parseFloat(json.replaceAll(".*\"value\":(-?[0-9.Ee+-]+).*", "$1"));
                // Sobel's weights add up to 8 in size, so 8 pixels each off by 1/510 move the sum by 0.016 at most.
                assertEquals(expected, number(browser.text("slide-value")), 0.02, padding + " at " + row + ", " + col);
                assertEquals(number(browser.text("slide-value")), number(browser.text("slide-total")), 0.0011,
                        "the products shown add up to the map's value (the bias is 0)");
            }
        }
        assertTrue(number(browser.text("slide-value")) != 0 || number(browser.text("slide-total")) == 0);
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void strideAndPaddingGiveTheCoresMapSizes() {
        browser.open("convolutions.html");
        for (int stride = 1; stride <= 3; stride++) {
            for (Padding padding : Padding.values()) {
                select("slide-stride", String.valueOf(stride));
                select("slide-padding", padding.specName());
                Shape shape = Conv2D.outputShape(new Shape(1, 28, 28), 3, 1, stride, padding);
                assertEquals(shape.height() + "×" + shape.width(), browser.text("slide-map-size"), padding + ", stride " + stride);
            }
        }
        setNumber("size-kernel", 3);
        setNumber("size-filters", 16);
        setNumber("size-stride", 2);
        select("size-padding", "same");
        Shape in = new Shape(1, 28, 28);
        Shape out = Conv2D.outputShape(in, 3, 16, 2, Padding.SAME);
        assertEquals(out.channels() + " × " + out.height() + " × " + out.width(), browser.text("size-shape"));
        assertEquals(Conv2D.parameterCount(in, 3, 16), (int) number(browser.text("size-conv")));
        assertEquals(784 * out.size() + out.size(), (int) number(browser.text("size-dense")));
        assertEquals(List.of(true, false), browser.script(
                "return ['size-formula-same', 'size-formula-valid'].map(id => document.getElementById(id).checkVisibility())"),
                "'same' padding shows its own formula, not valid's");
        setNumber("size-kernel", 9);
        setNumber("size-side", 5);
        select("size-padding", "valid");
        assertFalse(browser.text("size-error").isEmpty(), "a 9×9 kernel does not fit a 5×5 input without padding");
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void theCnnsLearnedFiltersSlideAndItTrainsHere() throws IOException, ModelFormatException {
        browser.open("convolutions.html");
        browser.waitUntil(Duration.ofSeconds(10), "document.querySelectorAll('#cnn-diagram canvas.fmap').length > 0");
        assertFalse((Boolean) browser.script("return document.querySelector('#cnn-source [data-source=pretrained]').hidden"),
                "a fresh browser has no saved model: the page shows the site's pretrained CNN");
        browser.click("#examples [data-class='2']");
        float[] image = networkInput();
        select("slide-kernel", "learned");
        assertFalse((Boolean) browser.script("return document.getElementById('slide-filter').hidden"));
        String before = browser.text("slide-products");
        select("slide-filter", "3");
        assertNotEquals(before, browser.text("slide-products"));

        // The page's kernel is filter 3 of the pretrained model's first convolution, as the JVM reads the file.
        Network network = ModelFile.read(Files.readAllBytes(BuiltSite.directory().resolve("models/mnist-cnn.snn"))).network();
        float[][] weights = ((Conv2D) network.layers().get(0)).weights().values();   // [5·5][filters]
        List<?> shown = (List<?>) browser.script("return [...document.querySelectorAll('#slide-products td .factors span')].map(s => s.textContent)");
        assertEquals(25, shown.size(), "a 5×5 kernel");
        float[] kernel = new float[25];
        double tolerance = 0.001;
        for (int i = 0; i < 25; i++) {
            kernel[i] = weights[i][3];
            assertEquals(kernel[i], number((String) shown.get(i)), 0.0051, "weight " + i);
            tolerance += Math.abs(kernel[i]) / 510;   // each pixel read back to within 1/510
        }
        int row = (int) number(browser.text("slide-row")) - 1;
        int col = (int) number(browser.text("slide-column")) - 1;
        String json = KernelSlide.slide(image, 28, 28, kernel, 0f, 1, Padding.VALID, row, col);
        assertEquals(Float.parseFloat(json.replaceAll(".*\"value\":(-?[0-9.Ee+-]+).*", "$1")),
                number(browser.text("slide-value")), tolerance);
        browser.click("#cnn-train");
        browser.waitUntil(Duration.ofSeconds(60), "!document.querySelector('#cnn-status [data-state=training]').hidden");
        browser.click("#cnn-pause");
        assertFalse((Boolean) browser.script("return document.querySelector('#cnn-source [data-source=trained]').hidden"));
        assertEquals(List.of(), browser.pageErrors());
    }

    /** What the network sees, read back from the desk's preview: grey levels, so to within 1/510 a pixel. */
    private static float[] networkInput() {
        List<Number> grey = browser.pad("pad").networkInput();
        float[] image = new float[grey.size()];
        for (int i = 0; i < image.length; i++) {
            image[i] = grey.get(i).floatValue() / 255f;
        }
        return image;
    }

    private static void select(String id, String value) {
        browser.script("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change', { bubbles: true }));", id, value);
    }

    private static void setNumber(String id, int value) {
        browser.script("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('input', { bubbles: true }));", id, String.valueOf(value));
    }

    private static double number(String text) {
        return Double.parseDouble(text.strip().replace('−', '-').replace(",", "").toLowerCase(Locale.ROOT));
    }
}

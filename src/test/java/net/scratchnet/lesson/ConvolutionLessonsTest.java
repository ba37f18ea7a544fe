package net.scratchnet.lesson;

import static net.scratchnet.lesson.LessonsTest.array;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.layer.Padding;
import org.junit.jupiter.api.Test;

/** The convolutions chapter's numbers on the JVM: the kernel widget's multiply-and-add, sizes and counts. */
class ConvolutionLessonsTest {
    /** A 6×6 picture: a bright vertical bar in columns 2 and 3. */
    private static final float[] BAR = new float[36];

    static {
        for (int y = 0; y < 6; y++) {
            BAR[y * 6 + 2] = 1f;
            BAR[y * 6 + 3] = 1f;
        }
    }

    @Test
    void theProductsAtAPositionAddUpToTheConvolutionsOutputThere() {
        float[] kernel = KernelSlide.kernel("vertical");
        for (Padding padding : Padding.values()) {
            for (int stride = 1; stride <= 2; stride++) {
                String json = KernelSlide.slide(BAR, 6, 6, kernel, 0.25f, stride, padding, 1, 1);
                float sum = 0.25f;
                for (float product : array(json, "products")) {
                    sum += product;
                }
                assertEquals(number(json, "value"), sum, 1e-5f, padding + ", stride " + stride);
                float[] map = array(json, "map");
                int width = (int) array(json, "mapShape")[1];
                assertEquals(map[width + 1], number(json, "value"), 0f);
            }
        }
    }

    @Test
    void aVerticalEdgeKernelLightsUpTheBarsLeftEdgeAndDarkensItsRight() {
        // VALID, stride 1: output column x sees input columns x..x+2; the bar fills columns 2 and 3. Columns
        // 0-2 and 1-3 go from dark to light (+4), columns 2-4 and 3-5 from light to dark (-4).
        float[] map = array(KernelSlide.slide(BAR, 6, 6, KernelSlide.kernel("vertical"), 0f, 1, Padding.VALID, 0, 0), "map");
        assertArrayEquals(new float[] {4, 4, -4, -4}, new float[] {map[0], map[1], map[2], map[3]});
    }

    @Test
    void samePaddingPutsZerosOutsideThePictureAndKeepsItsSize() {
        String json = KernelSlide.slide(BAR, 6, 6, KernelSlide.kernel("blur"), 0f, 1, Padding.SAME, 0, 0);
        assertArrayEquals(new float[] {6, 6}, array(json, "mapShape"));
        assertArrayEquals(new float[] {1, 1}, array(json, "before"));
        // The window at (0, 0) covers rows -1..1 and columns -1..1: the top row and the left column are padding.
        assertArrayEquals(new float[] {1, 1, 1, 1, 0, 0, 1, 0, 0}, array(json, "padded"));
    }

    @Test
    void thePoolKeepsTheLargestRectifiedNumberOfEachTwoByTwoWindow() {
        String json = KernelSlide.slide(BAR, 6, 6, KernelSlide.kernel("vertical"), 0f, 1, Padding.VALID, 0, 0);
        float[] map = array(json, "map");             // 4×4
        float[] pooled = array(json, "pooled");       // 2×2
        assertArrayEquals(new float[] {2, 2}, array(json, "pooledShape"));
        for (int py = 0; py < 2; py++) {
            for (int px = 0; px < 2; px++) {
                float largest = 0f;   // ReLU first: a window of negatives pools to 0
                for (int i = 0; i < 4; i++) {
                    largest = Math.max(largest, map[(2 * py + i / 2) * 4 + 2 * px + i % 2]);
                }
                assertEquals(largest, pooled[py * 2 + px]);
            }
        }
    }

    @Test
    void badKernelsAndPositionsAreRefusedWithWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KernelSlide.kernel("emboss")).getMessage().contains("emboss"));
        assertThrows(IllegalArgumentException.class, () -> KernelSlide.slide(BAR, 6, 6, new float[8], 0f, 1, Padding.VALID, 0, 0));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> KernelSlide.slide(BAR, 6, 6, new float[9], 0f, 1, Padding.VALID, 4, 0)).getMessage().contains("4×4"));
    }

    /** The textbook formulas: ⌊(n − k)/s⌋ + 1 without padding, ⌈n/s⌉ with; the padding makes the windows fit. */
    @Test
    void theOutputSizeFollowsTheFormulaForEveryKernelStrideAndPadding() {
        int n = 28;
        for (int k = 1; k <= 9; k++) {
            for (int s = 1; s <= 4; s++) {
                for (Padding padding : Padding.values()) {
                    String json = ConvolutionCounts.of(n, 1, k, 8, s, padding);
                    float[] shape = array(json, "shape");
                    int expected = padding == Padding.VALID ? (n - k) / s + 1 : (n + s - 1) / s;
                    assertArrayEquals(new float[] {8, expected, expected}, shape, json);
                    float[] zeros = array(json, "padding");
                    assertEquals(expected, ((int) (n + zeros[0] + zeros[2]) - k) / s + 1, "the padded input fits " + json);
                }
            }
        }
    }

    @Test
    void aConvolutionSharesItsKernelWhereADenseLayerHasAWeightPerPair() {
        String json = ConvolutionCounts.of(28, 1, 5, 8, 1, Padding.VALID);
        assertArrayEquals(new float[] {8, 24, 24}, array(json, "shape"));
        assertEquals(5 * 5 * 8 + 8, number(json, "conv"));
        assertEquals(784f * 8 * 24 * 24 + 8 * 24 * 24, number(json, "dense"));
        assertTrue(ConvolutionCounts.of(4, 1, 5, 8, 1, Padding.VALID).contains("\"error\":"));
    }

    private static float number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Float.parseFloat(m.group(1));
    }
}

package net.scratchnet.data;

import static net.scratchnet.data.ImageMeasures.meanAbsoluteDifference;
import static net.scratchnet.data.ImageMeasures.centreOfMass;
import static net.scratchnet.data.ImageMeasures.ink;
import static net.scratchnet.data.ImageMeasures.inkInLowestRows;
import static net.scratchnet.data.ImageMeasures.inkedRowsAndColumns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.scratchnet.model.ModelFile;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class StrokePreprocessorTest {
    /** A "7" in a unit square: the top bar and the diagonal, one stroke. */
    private static final float[][] SEVEN = {{0.1f, 0.1f, 0.9f, 0.1f, 0.45f, 0.95f}};
    /** A "4" in two strokes: the arm and the crossbar, then the stem. */
    private static final float[][] FOUR = {{0.55f, 0.05f, 0.1f, 0.65f, 0.9f, 0.65f}, {0.7f, 0.3f, 0.7f, 0.95f}};

    /** The strokes (x, y pairs in a unit square) moved to (left, top) and scaled by {@code size}, pressed evenly. */
    private static Strokes drawn(float[][] strokes, float left, float top, float size, float pressure) {
        int count = 0;
        for (float[] stroke : strokes) {
            count += stroke.length / 2;
        }
        float[] points = new float[3 * count];
        int[] lengths = new int[strokes.length];
        int p = 0;
        for (int s = 0; s < strokes.length; s++) {
            lengths[s] = strokes[s].length / 2;
            for (int i = 0; i < strokes[s].length; i += 2) {
                points[p++] = left + size * strokes[s][i];
                points[p++] = top + size * strokes[s][i + 1];
                points[p++] = pressure;
            }
        }
        return Strokes.of(points, lengths);
    }

    private static float[] input(float[][] strokes, float left, float top, float size) {
        return StrokePreprocessor.toInput(drawn(strokes, left, top, size, 0.5f));
    }

    @Test
    void theSameStrokesLargeSmallOrInACornerGiveTheSameImage() {
        for (float[][] digit : new float[][][] {SEVEN, FOUR}) {
            float[] centred = input(digit, 40, 40, 200);
            for (float[] other : new float[][] {input(digit, 120, 110, 50), input(digit, 5, 8, 270),
                    input(digit, 230, 2, 45), input(digit, 0.01f, 0.02f, 0.3f)}) {
                // Only rounding separates them: the strokes are the same once scaled.
                assertTrue(meanAbsoluteDifference(centred, other) < 1e-4, "difference "
                        + meanAbsoluteDifference(centred, other));
            }
        }
    }

    @Test
    void differentDigitsStayDifferent() {
        // The check above would pass for a function that ignored its input; this one would not.
        assertTrue(meanAbsoluteDifference(input(SEVEN, 40, 40, 200), input(FOUR, 40, 40, 200)) > 0.1);
    }

    @Test
    void theInkFillsTwentyPixelsOnTheLongerSideAndTheCentreOfMassIsInTheMiddle() {
        for (float[][] digit : new float[][][] {SEVEN, FOUR}) {
            float[] image = input(digit, 17, 30, 120);
            int[] extent = inkedRowsAndColumns(image);
            // The pen's anti-aliased edge may just touch one more row or column on each side.
            assertTrue(extent[0] >= 20 && extent[0] <= 22, "rows " + extent[0]);
            // Exactly (14, 14) for the drawn strokes; the pixels sample them, which moves it a little.
            double[] centre = centreOfMass(image);
            assertEquals(14, centre[0], 0.05);
            assertEquals(14, centre[1], 0.05);
        }
    }

    @Test
    void aLongThinStrokeKeepsMnistsPenWidthWhateverItsAspectRatio() {
        // A "1" as one straight line: 20 pixels tall and only the pen's width across, not stretched wide.
        float[] one = StrokePreprocessor.toInput(drawn(new float[][] {{0.5f, 0.1f, 0.5f, 0.9f}}, 0, 0, 280, 0.5f));
        int[] extent = inkedRowsAndColumns(one);
        assertTrue(extent[0] >= 20 && extent[0] <= 22, "rows " + extent[0]);
        assertTrue(extent[1] <= 4, "columns " + extent[1]);
        float across = 0;
        for (int x = 0; x < 28; x++) {
            across += one[14 * 28 + x];
        }
        assertEquals(StrokePreprocessor.PEN_WIDTH, across, 0.05, "ink across the middle of the line");
        // The same line lying down: the same image, turned.
        float[] dash = StrokePreprocessor.toInput(drawn(new float[][] {{0.1f, 0.5f, 0.9f, 0.5f}}, 0, 0, 280, 0.5f));
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                assertEquals(one[y * 28 + x], dash[x * 28 + y], 1e-5);
            }
        }
    }

    @Test
    void aTapIsARoundDotOfThePensWidthInTheMiddle() {
        float[] dot = StrokePreprocessor.toInput(Strokes.of(new float[] {200, 31, 0.5f}, new int[] {1}));
        double[] centre = centreOfMass(dot);
        assertEquals(14, centre[0], 1e-3);
        assertEquals(14, centre[1], 1e-3);
        double area = Math.PI * StrokePreprocessor.PEN_WIDTH * StrokePreprocessor.PEN_WIDTH / 4;
        assertEquals(area, ink(dot), 0.2 * area);
    }

    @Test
    void anEmptyPadGivesAnEmptyImage() {
        assertArrayEquals(new float[28 * 28], StrokePreprocessor.toInput(Strokes.of(new float[0], new int[0])));
    }

    @Test
    void anEvenPressureOfAnyStrengthDrawsWithMnistsPenAndUnevenPressureWidensTheLine() {
        float[] mouse = StrokePreprocessor.toInput(drawn(SEVEN, 10, 10, 200, 0.5f));
        float[] lightPen = StrokePreprocessor.toInput(drawn(SEVEN, 10, 10, 200, 0.1f));
        float[] fingerWithoutSensor = StrokePreprocessor.toInput(drawn(SEVEN, 10, 10, 200, 0f));
        assertArrayEquals(mouse, lightPen, 1e-5f);
        assertArrayEquals(mouse, fingerWithoutSensor, 1e-5f);
        // An L pressed hard at the end of the stroke only (the foot of its upright): more ink there than the mouse left.
        float[] points = {0, 0, 0.2f, 100, 0, 0.2f, 100, 100, 0.8f};
        float[] pressed = StrokePreprocessor.toInput(Strokes.of(points, new int[] {3}));
        float[] even = StrokePreprocessor.toInput(Strokes.of(new float[] {0, 0, 0.5f, 100, 0, 0.5f, 100, 100, 0.5f},
                new int[] {3}));
        double pressedEnd = inkInLowestRows(pressed, 4), evenEnd = inkInLowestRows(even, 4);
        assertTrue(pressedEnd > 1.2 * evenEnd, "ink at the hard-pressed end " + pressedEnd + ", drawn evenly " + evenEnd);
    }

    @Test
    void strokesDrawnOverATestImageLandWhereTheyWereDrawn() {
        float[] image = new float[28 * 28];
        image[3 * 28 + 3] = 0.25f;
        // A dot in the middle of a 280-pixel pad lands at the middle of the image; the image is kept.
        float[] over = StrokePreprocessor.drawOver(image, 28, Strokes.of(new float[] {140, 140, 0.5f}, new int[] {1}), 280);
        assertEquals(0.25f, over[3 * 28 + 3]);
        for (int pixel : new int[] {13 * 28 + 13, 13 * 28 + 14, 14 * 28 + 13, 14 * 28 + 14}) {
            assertTrue(over[pixel] > 0.9f, "the four pixels round the middle are inked: " + over[pixel]);
        }
        assertEquals(0f, over[10 * 28 + 10]);
    }

    /**
     * The whole point: MNIST's own test digits, traced into strokes and drawn again here, are read by the
     * shipped CNN nearly as well as the digits themselves (99.4%); the same check as the browser's drawing
     * test, without a browser.
     */
    @Test
    void theShippedCnnReadsMnistDigitsRedrawnFromTheirStrokes() throws Exception {
        Dataset test = DatasetFiles.load(DatasetKind.MNIST, Split.TEST);
        Network cnn = ModelFile.read(Files.readAllBytes(Path.of("webapp/models/mnist-cnn.snn"))).network();
        int digits = 500, right = 0;
        for (int i = 0; i < digits; i++) {
            int index = i * (test.size() / digits);
            float[] input = StrokePreprocessor.toInput(MnistStrokes.of(test.imageAsFloats(index), 28).asStrokes());
            float[] probabilities = cnn.predict(input);
            int best = 0;
            for (int k = 1; k < probabilities.length; k++) {
                best = probabilities[k] > probabilities[best] ? k : best;
            }
            right += best == test.label(index) ? 1 : 0;
        }
        assertTrue(right >= 0.97 * digits, right + " of " + digits + " right");
    }

    @Test
    void badDrawingsAreRefusedWithAMessage() {
        assertEquals("points come as x, y, pressure: 4 numbers are not a whole number of points",
                assertThrows(IllegalArgumentException.class, () -> Strokes.of(new float[4], new int[] {1})).getMessage());
        assertEquals("the strokes have 3 points between them, but 2 points were given",
                assertThrows(IllegalArgumentException.class, () -> Strokes.of(new float[6], new int[] {1, 2})).getMessage());
        assertEquals("stroke 2 has 0 points",
                assertThrows(IllegalArgumentException.class, () -> Strokes.of(new float[3], new int[] {1, 0})).getMessage());
        assertEquals("point 2 is at (NaN, 1.0), not a place on the pad",
                assertThrows(IllegalArgumentException.class,
                        () -> Strokes.of(new float[] {0, 0, 0.5f, Float.NaN, 1, 0.5f}, new int[] {2})).getMessage());
        assertEquals("point 1 has pressure 2.0; pressure goes from 0 to 1",
                assertThrows(IllegalArgumentException.class, () -> Strokes.of(new float[] {0, 0, 2}, new int[] {1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Strokes.of(new float[3 * (Strokes.MAX_POINTS + 1)],
                new int[] {Strokes.MAX_POINTS + 1}));
        Strokes dot = Strokes.of(new float[] {1, 1, 0.5f}, new int[] {1});
        assertEquals("an image of 28x28 has 784 values, got 5",
                assertThrows(IllegalArgumentException.class, () -> StrokePreprocessor.drawOver(new float[5], 28, dot, 280)).getMessage());
        assertEquals("the pad's size must be a positive number, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> StrokePreprocessor.drawOver(new float[784], 28, dot, 0)).getMessage());
    }
}

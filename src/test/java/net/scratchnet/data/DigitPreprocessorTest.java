package net.scratchnet.data;

import static net.scratchnet.data.ImageMeasures.meanAbsoluteDifference;
import static net.scratchnet.data.ImageMeasures.centreOfMass;
import static net.scratchnet.data.ImageMeasures.inkedRowsAndColumns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {
    private static final int CANVAS = 280;

    /** A "7" as strokes in a unit square: the top bar, then the diagonal down to the foot. */
    private static final double[][] SEVEN = {{0.1, 0.1, 0.9, 0.1}, {0.9, 0.1, 0.45, 0.95}};
    /** A "4": the left arm, the crossbar and the tall stem. */
    private static final double[][] FOUR = {{0.55, 0.05, 0.1, 0.65}, {0.1, 0.65, 0.9, 0.65}, {0.7, 0.3, 0.7, 0.95}};

    /**
     * Draws strokes scaled into the square at (left, top) of side {@code size} on a 280x280 canvas, with a
     * pen whose width grows with the drawing and anti-aliased edges, as a canvas line would have.
     */
    private static float[] draw(double[][] strokes, double left, double top, double size) {
        double halfPen = 0.06 * size;
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 0; y < CANVAS; y++) {
            for (int x = 0; x < CANVAS; x++) {
                double px = x + 0.5, py = y + 0.5;
                double nearest = Double.MAX_VALUE;
                for (double[] s : strokes) {
                    nearest = Math.min(nearest, distanceToSegment(px, py, left + s[0] * size, top + s[1] * size,
                            left + s[2] * size, top + s[3] * size));
                }
                ink[y * CANVAS + x] = (float) Math.max(0, Math.min(1, halfPen + 0.5 - nearest));
            }
        }
        return ink;
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static float[] preprocess(float[] ink) {
        return DigitPreprocessor.preprocess(ink, CANVAS, CANVAS);
    }

    @Test
    void aDigitDrawnSmallLargeOrInACornerLooksTheSameAfterwards() {
        for (double[][] digit : new double[][][] {SEVEN, FOUR}) {
            float[] centred = preprocess(draw(digit, 40, 40, 200));
            float[] small = preprocess(draw(digit, 120, 110, 50));
            float[] large = preprocess(draw(digit, 8, 5, 265));
            float[] corner = preprocess(draw(digit, 195, 2, 80));
            for (float[] other : new float[][] {small, large, corner}) {
                double difference = meanAbsoluteDifference(centred, other);
                assertTrue(difference < 0.02, "mean difference " + difference);
            }
        }
    }

    /**
     * Real MNIST digits, enlarged ten times as if drawn on the 280x280 pad, come back close to their
     * original form: on average closer than the original moved by a single pixel. A preprocessor that
     * scaled or centred differently from MNIST would be off by more.
     */
    @Test
    void realMnistDigitsEnlargedOntoTheCanvasComeBackCloseToThemselves() throws Exception {
        Dataset test = DatasetFiles.load(DatasetKind.MNIST, Split.TEST);
        int digits = 100;
        double roundTrip = 0, onePixelShift = 0;
        for (int i = 0; i < digits; i++) {
            float[] original = test.imageAsFloats(i);
            float[] canvas = new float[CANVAS * CANVAS];
            float[] shifted = new float[28 * 28];
            for (int y = 0; y < CANVAS; y++) {
                for (int x = 0; x < CANVAS; x++) {
                    canvas[y * CANVAS + x] = original[(y / 10) * 28 + x / 10];
                }
            }
            for (int p = 0; p < 28 * 28; p++) {
                shifted[p] = p % 28 == 0 ? 0 : original[p - 1];
            }
            roundTrip += meanAbsoluteDifference(original, preprocess(canvas));
            onePixelShift += meanAbsoluteDifference(original, shifted);
        }
        assertTrue(roundTrip < onePixelShift, "round trip " + roundTrip / digits + ", one-pixel shift "
                + onePixelShift / digits);
    }

    @Test
    void differentDigitsStayDifferent() {
        // The check above would pass for any function that ignores its input; this one would not.
        double difference = meanAbsoluteDifference(preprocess(draw(SEVEN, 40, 40, 200)),
                preprocess(draw(FOUR, 40, 40, 200)));
        assertTrue(difference > 0.1, "mean difference " + difference);
    }

    @Test
    void theCentreOfMassLandsOnTheCentreOfTheField() {
        for (float[] ink : new float[][] {draw(SEVEN, 0, 0, 60), draw(FOUR, 200, 180, 100), draw(SEVEN, 30, 90, 170)}) {
            double[] centre = centreOfMass(preprocess(ink));
            assertEquals(14, centre[0], 0.5);
            assertEquals(14, centre[1], 0.5);
        }
    }

    @Test
    void theLongerSideOfTheDigitBecomes20PixelsKeepingItsAspectRatio() {
        // A solid bar 40 wide and 200 tall becomes 4 x 20.
        float[] ink = new float[CANVAS * CANVAS];
        for (int y = 30; y < 230; y++) {
            for (int x = 100; x < 140; x++) {
                ink[y * CANVAS + x] = 1;
            }
        }
        float[] image = preprocess(ink);
        assertArrayEquals(new int[] {20, 4}, inkedRowsAndColumns(image), "inked rows and columns");
        assertEquals(1f, image[14 * 28 + 13], 1e-5f, "inside the bar the ink stays full");
    }

    @Test
    void theOutputIsBetweenZeroAndOne() {
        for (float[] ink : new float[][] {draw(SEVEN, 5, 5, 270), draw(FOUR, 100, 100, 20)}) {
            float[] image = preprocess(ink);
            assertEquals(28 * 28, image.length);
            for (float value : image) {
                assertTrue(value >= 0 && value <= 1, "value " + value);
            }
        }
    }

    @Test
    void anEmptyDrawingGivesAnEmptyImage() {
        assertArrayEquals(new float[28 * 28], preprocess(new float[CANVAS * CANVAS]));
        assertArrayEquals(new float[28 * 28], DigitPreprocessor.fromRgba(new byte[4 * 30 * 20], 30, 20));
        byte[] whitePaper = new byte[4 * 30 * 20];
        java.util.Arrays.fill(whitePaper, (byte) 255);
        assertArrayEquals(new float[28 * 28], DigitPreprocessor.fromRgba(whitePaper, 30, 20));
    }

    @Test
    void aSingleDotBecomesTheCentralPixels() {
        float[] ink = new float[10 * 10];
        ink[3 * 10 + 7] = 1;
        float[] image = DigitPreprocessor.preprocess(ink, 10, 10);
        double[] centre = centreOfMass(image);
        assertEquals(14, centre[0], 1e-4);
        assertEquals(14, centre[1], 1e-4);
    }

    @Test
    void darkStrokesOnTransparentOrOnWhiteAreTheSameInkAndWhiteIsNone() {
        int width = 40, height = 30;
        byte[] onTransparent = new byte[4 * width * height];
        byte[] onWhite = new byte[4 * width * height];
        java.util.Arrays.fill(onWhite, (byte) 255);
        for (int y = 5; y < 25; y++) {
            for (int x = 12; x < 20; x++) {
                int p = 4 * (y * width + x);
                onTransparent[p + 3] = (byte) 255;            // opaque black
                onWhite[p] = onWhite[p + 1] = onWhite[p + 2] = 0;
            }
        }
        float[] expected = DigitPreprocessor.fromRgba(onTransparent, width, height);
        assertTrue(expected[14 * 28 + 14] > 0.9f);
        assertArrayEquals(expected, DigitPreprocessor.fromRgba(onWhite, width, height), 1e-6f);
    }

    @Test
    void rejectsABufferOfTheWrongSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigitPreprocessor.fromRgba(new byte[100], 280, 280));
        assertEquals("an RGBA image of 280x280 has 313600 bytes, got 100", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.preprocess(new float[0], 0, 5));
    }
}

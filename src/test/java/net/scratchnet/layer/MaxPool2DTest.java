package net.scratchnet.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.scratchnet.math.Rng;
import org.junit.jupiter.api.Test;

/** Max pooling worked out by hand: which number wins each window, and where the gradient goes. */
class MaxPool2DTest {
    @Test
    void keepsTheLargestOfEachWindowPerChannel() {
        MaxPool2D pool = new MaxPool2D(new Shape(2, 2, 4), 2, 2);
        assertEquals(new Shape(2, 1, 2), pool.outputShape());
        float[] x = {
            1, 9, 3, 0,
            4, 2, 8, 7,   // channel 0
            -5, -2, 0, 0,
            -1, -3, 0, 6, // channel 1
        };
        assertArrayEquals(new float[] {9, 8, -1, 6}, pool.forward(new float[][] {x}, 1)[0]);
        float[] dx = pool.backward(new float[][] {{10, 20, 30, 40}}, 1, true)[0];
        assertArrayEquals(new float[] {0, 10, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 30, 0, 0, 40}, dx);
    }

    @Test
    void onATieTheFirstInReadingOrderGetsTheGradient() {
        MaxPool2D pool = new MaxPool2D(new Shape(1, 2, 4), 2, 2);
        float[] x = {
            5, 5, 1, 7,
            5, 5, 7, 0,
        };
        pool.forward(new float[][] {x}, 1);
        float[] dx = pool.backward(new float[][] {{1, 2}}, 1, true)[0];
        assertArrayEquals(new float[] {1, 0, 0, 2, 0, 0, 0, 0}, dx);
    }

    @Test
    void overlappingWindowsAddUpTheGradientsOfARepeatedWinner() {
        // 3×3 with its largest number in the centre; 2×2 windows at stride 1 all contain it.
        MaxPool2D pool = new MaxPool2D(new Shape(1, 3, 3), 2, 1);
        assertEquals(new Shape(1, 2, 2), pool.outputShape());
        float[] x = {1, 2, 3, 4, 9, 5, 6, 7, 8};
        assertArrayEquals(new float[] {9, 9, 9, 9}, pool.forward(new float[][] {x}, 1)[0]);
        float[] dx = pool.backward(new float[][] {{1, 2, 3, 4}}, 1, true)[0];
        assertArrayEquals(new float[] {0, 0, 0, 0, 10, 0, 0, 0, 0}, dx);
    }

    @Test
    void aStrideLargerThanTheWindowSkipsNumbersAndAnUnevenEdgeIsDropped() {
        // 1×5: windows of 2 at stride 3 start at 0 and 3; 5×5 pool2 leaves out the last row and column.
        MaxPool2D pool = new MaxPool2D(new Shape(1, 2, 5), 2, 3);
        assertArrayEquals(new float[] {7, 9}, pool.forward(new float[][] {{1, 2, 8, 3, 4, 7, 0, 9, 9, 5}}, 1)[0]);
        assertEquals(new Shape(3, 2, 2), new MaxPool2D(new Shape(3, 5, 5), 2, 2).outputShape());
    }

    @Test
    void choosesTheSameWinnersAsComparingWithGreaterThanOnExtremeNumbers() {
        // The pool picks winners with a sign mask instead of an if: on numbers that make subtraction hard (the
        // largest floats, the smallest subnormals, ties), it must agree with "value > largest". Infinities are
        // drawn too, but only y is compared then: two equal infinities may hand the gradient to either.
        float[] finite = {-Float.MAX_VALUE, -1f, -Float.MIN_VALUE, 0f, Float.MIN_VALUE, Float.MIN_NORMAL, 1f,
            1.0000001f, Float.MAX_VALUE};
        float[] withInfinities = {Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, 0f, Float.MAX_VALUE,
            Float.POSITIVE_INFINITY};
        Rng rng = new Rng(7);
        // overlapping windows of 9 numbers, and pool2, which is written out on its own
        MaxPool2D[] pools = {new MaxPool2D(new Shape(3, 6, 6), 3, 1), new MaxPool2D(new Shape(3, 6, 6), 2, 2)};
        for (int trial = 0; trial < 800; trial++) {
            MaxPool2D pool = pools[trial / 2 % 2];
            int window = pool == pools[0] ? 3 : 2;
            int stride = 4 - window;
            int side = pool.outputShape().height();
            boolean infinities = trial % 2 == 1;
            float[] drawn = infinities ? withInfinities : finite;
            float[] x = new float[3 * 6 * 6];
            for (int i = 0; i < x.length; i++) {
                x[i] = drawn[rng.nextInt(drawn.length)];
            }
            float[] y = pool.forward(new float[][] {x}, 1)[0].clone();
            float[] dy = new float[y.length];
            for (int i = 0; i < dy.length; i++) {
                dy[i] = 1 << (i % 16);  // a distinct power of 2 per output of a channel: dx shows which each number won
            }
            float[] dx = pool.backward(new float[][] {dy}, 1, true)[0];
            float[] expectedDx = new float[x.length];
            int i = 0;
            for (int c = 0; c < 3; c++) {
                for (int oy = 0; oy < side; oy++) {
                    for (int ox = 0; ox < side; ox++, i++) {
                        int best = (c * 6 + oy * stride) * 6 + ox * stride;
                        for (int wy = 0; wy < window; wy++) {
                            for (int wx = 0; wx < window; wx++) {
                                int at = (c * 6 + oy * stride + wy) * 6 + ox * stride + wx;
                                if (x[at] > x[best]) {
                                    best = at;
                                }
                            }
                        }
                        assertEquals(x[best], y[i]);
                        expectedDx[best] += dy[i];
                    }
                }
            }
            if (!infinities) {
                assertArrayEquals(expectedDx, dx);
            }
        }
    }

    @Test
    void afterMinusZeroAPlusZeroWinsAsItsDocumentationSays() {
        // The one tie between finite numbers that the sign mask breaks the other way than ">": y is 0 either way.
        float[] x = {-0f, 0f, -1f, -1f};
        MaxPool2D[] pools = {new MaxPool2D(new Shape(1, 2, 2), 2, 2), new MaxPool2D(new Shape(1, 2, 2), 2, 1)};
        for (MaxPool2D pool : pools) {  // pool2, written out, and the general loop
            float y = pool.forward(new float[][] {x}, 1)[0][0];
            assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(y), pool.describe());
            assertArrayEquals(new float[] {0, 5, 0, 0}, pool.backward(new float[][] {{5}}, 1, true)[0]);
        }
    }

    @Test
    void describesItselfAndRefusesAWindowThatDoesNotFit() {
        assertEquals("pool2", new MaxPool2D(new Shape(8, 24, 24), 2, 2).describe());
        assertEquals("pool3 stride2", new MaxPool2D(new Shape(8, 24, 24), 3, 2).describe());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MaxPool2D(new Shape(16, 1, 1), 2, 2));
        assertEquals("pool2 does not fit in a 1×1 input", e.getMessage());
        assertNull(new MaxPool2D(new Shape(1, 2, 2), 2, 2).backward(new float[1][1], 1, false));
    }
}

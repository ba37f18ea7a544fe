package net.scratchnet.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Convolutions worked out by hand. A numerical gradient check cannot tell a flipped kernel, a shifted padding or a
 * wrong stride from the right one (each is a consistent function with its own correct gradient): these can.
 */
class Conv2DTest {
    /** The numbers 1, 2, 3, ... in reading order: an image whose every pixel says where it is. */
    private static float[] counting(int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    private static Conv2D withKernel(Shape in, int kernel, int stride, Padding padding, float... weights) {
        Conv2D conv = new Conv2D(in, kernel, 1, stride, padding, "conv");
        for (int k = 0; k < weights.length; k++) {
            conv.weights().values()[k][0] = weights[k];
        }
        return conv;
    }

    private static float[] forward(Conv2D conv, float[] x) {
        return conv.forward(new float[][] {x}, 1)[0].clone();
    }

    @Test
    void slidesTheKernelWithoutFlippingIt() {
        // 1 2 3
        // 4 5 6   * [1 2; 3 4] at (0,0) = 1·1 + 2·2 + 4·3 + 5·4 = 37 (a flipped kernel would give 23)
        // 7 8 9
        Conv2D conv = withKernel(new Shape(1, 3, 3), 2, 1, Padding.VALID, 1, 2, 3, 4);
        conv.biases().values()[0][0] = 0.5f;
        assertEquals(new Shape(1, 2, 2), conv.outputShape());
        assertArrayEquals(new float[] {37.5f, 47.5f, 67.5f, 77.5f}, forward(conv, counting(9)));
    }

    @Test
    void backwardSpreadsEachOutputsGradientOverItsWindow() {
        Conv2D conv = withKernel(new Shape(1, 3, 3), 2, 1, Padding.VALID, 1, 2, 3, 4);
        conv.forward(new float[][] {counting(9)}, 1);
        float[] dx = conv.backward(new float[][] {{1, 1, 1, 1}}, 1, true)[0];
        // The centre pixel is in all four windows, once under each weight: 1 + 2 + 3 + 4.
        assertArrayEquals(new float[] {1, 3, 2, 4, 10, 6, 3, 7, 4}, dx);
        // dW[k] = the sum of what weight k saw: the top-left weight saw 1, 2, 4, 5.
        float[][] dw = conv.weights().gradients();
        assertArrayEquals(new float[] {12, 16, 24, 28}, new float[] {dw[0][0], dw[1][0], dw[2][0], dw[3][0]});
        assertEquals(4f, conv.biases().gradients()[0][0]);
    }

    @Test
    void samePaddingOnAnOddInputPutsOneZeroOnEachSide() {
        // 5×5, 3×3 of ones: 2 zeros are needed, 1 above and 1 below. The corner sees x[0..1][0..1] = 1+2+6+7.
        Conv2D conv = withKernel(new Shape(1, 5, 5), 3, 1, Padding.SAME, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertEquals(new Shape(1, 5, 5), conv.outputShape());
        float[] y = forward(conv, counting(25));
        assertEquals(16f, y[0]);
        assertEquals(7f + 8 + 9 + 12 + 13 + 14 + 17 + 18 + 19, y[12]);  // the centre: no padding involved
        assertEquals(19f + 20 + 24 + 25, y[24]);
    }

    @Test
    void samePaddingPutsAnOddZeroAfterAsTensorFlowDoes() {
        // 3×3, 2×2 of ones: 1 zero is needed; it goes below and to the right, so (0,0) sees 1, 2, 4, 5 (not a
        // zero row above) and the last output sees 9 alone.
        Conv2D conv = withKernel(new Shape(1, 3, 3), 2, 1, Padding.SAME, 1, 1, 1, 1);
        assertEquals(new Shape(1, 3, 3), conv.outputShape());
        assertArrayEquals(new float[] {12, 16, 9, 24, 28, 15, 15, 17, 9}, forward(conv, counting(9)));
    }

    @Test
    void samePaddingWithAStrideOnAnEvenInput() {
        // 4×4, 3×3 of ones, stride 2: ⌈4/2⌉ = 2 outputs a side, windows at 0 and 2 cover 5 rows, so 1 zero is
        // needed: after. (0,0) sees rows and columns 0..2; (0,1) columns 2, 3 and the zero.
        Conv2D conv = withKernel(new Shape(1, 4, 4), 3, 2, Padding.SAME, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertEquals(new Shape(1, 2, 2), conv.outputShape());
        assertArrayEquals(new float[] {54, 45, 72, 54}, forward(conv, counting(16)));
    }

    @Test
    void aStrideSkipsPositions() {
        // 5×5, valid, 1×1 kernel of 1, stride 2: picks rows and columns 0, 2, 4.
        Conv2D conv = withKernel(new Shape(1, 5, 5), 1, 2, Padding.VALID, 1);
        assertEquals(new Shape(1, 3, 3), conv.outputShape());
        assertArrayEquals(new float[] {1, 3, 5, 11, 13, 15, 21, 23, 25}, forward(conv, counting(25)));
        // Valid with a stride that does not divide: 6 wide, 3-wide window, stride 2 -> windows at 0 and 2 only.
        assertEquals(new Shape(1, 2, 2), new Conv2D(new Shape(1, 6, 6), 3, 1, 2, Padding.VALID, "c").outputShape());
    }

    @Test
    void eachFilterWeighsEveryInputChannelAndGivesItsOwnFeatureMap() {
        // Two channels of two pixels: [1, 2] and [10, 20]. A 1×1 kernel: W[c][o] weighs channel c for filter o.
        Conv2D conv = new Conv2D(new Shape(2, 1, 2), 1, 2, 1, Padding.VALID, "conv");
        float[][] w = conv.weights().values();
        w[0][0] = 1;
        w[1][0] = 2;  // filter 0 = 1·channel 0 + 2·channel 1
        w[0][1] = 3;
        w[1][1] = 4;  // filter 1 = 3·channel 0 + 4·channel 1
        conv.biases().values()[0][1] = 100;
        // Output channel-major: filter 0's map, then filter 1's.
        assertArrayEquals(new float[] {21, 42, 143, 186}, forward(conv, new float[] {1, 2, 10, 20}));
        assertEquals("conv1x1x2", conv.describe());
    }

    @Test
    void describesItselfAndRefusesAWindowThatDoesNotFit() {
        assertEquals("conv5x5x16", new Conv2D(new Shape(8, 12, 12), 5, 16, 1, Padding.VALID, "c").describe());
        assertEquals("conv3x3x8 stride2 same",
                new Conv2D(new Shape(1, 28, 28), 3, 8, 2, Padding.SAME, "c").describe());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> new Conv2D(new Shape(16, 4, 4), 5, 8, 1, Padding.VALID, "c"));
        assertEquals("conv5x5x8 without padding does not fit in a 4×4 input", tooBig.getMessage());
        // With padding, it does.
        assertEquals(new Shape(8, 4, 4), new Conv2D(new Shape(16, 4, 4), 5, 8, 1, Padding.SAME, "c").outputShape());
        assertThrows(IllegalArgumentException.class, () -> new Conv2D(new Shape(1, 4, 4), 3, 0, 1, Padding.SAME, "c"));
    }

    @Test
    void aSmallerBatchAfterALargerOneReusesTheBuffersCorrectly() {
        Conv2D conv = withKernel(new Shape(1, 3, 3), 2, 1, Padding.VALID, 1, 2, 3, 4);
        conv.forward(new float[][] {new float[9], new float[9], new float[9]}, 3);
        assertArrayEquals(new float[] {37, 47, 67, 77}, forward(conv, counting(9)));
        conv.backward(new float[][] {{1, 1, 1, 1}}, 1, false);
        assertEquals(12f, conv.weights().gradients()[0][0]);
    }
}

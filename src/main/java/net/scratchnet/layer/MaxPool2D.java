package net.scratchnet.layer;

import java.util.List;

/**
 * Max pooling: each output is the largest number of a {@code window}×{@code window} square of one channel; the
 * square moves {@code stride} at a time (usually stride = window, so squares do not overlap and a 2×2 pool halves
 * each side). Channels are pooled separately. No padding: a square goes only where it fits.
 *
 * <pre>y[c][oy][ox] = max over (wy, wx) of x[c][oy·stride + wy][ox·stride + wx]      x: C×H×W   y: C×outH×outW</pre>
 *
 * <p>It has no parameters. Its derivative: only the number that won the max moved the output, so the whole
 * gradient goes to it and the others get 0. On a tie, the first in reading order (top row first, left to right)
 * wins, as in TensorFlow.
 */
public final class MaxPool2D implements Layer {
    private final Shape inShape;   // C×H×W
    private final Shape outShape;  // C×outH×outW
    private final int window;
    private final int stride;

    private float[][] output = new float[0][];
    private int[][] winners = new int[0][];        // winners[r][i]: where in input row r output i came from
    private float[][] inputGradient = new float[0][];

    /** @throws IllegalArgumentException for a window or stride that is not positive, or larger than the input */
    public MaxPool2D(Shape in, int window, int stride) {
        this.inShape = in;
        this.window = window;
        this.stride = stride;
        this.outShape = outputShape(in, window, stride);
    }

    /**
     * The shape a max pool gives for an input of shape {@code in}: the same channels, each side as many windows
     * as fit.
     *
     * @throws IllegalArgumentException for a window or stride that is not positive, or larger than the input
     */
    public static Shape outputShape(Shape in, int window, int stride) {
        if (window <= 0 || stride <= 0) {
            throw new IllegalArgumentException("a max pool needs a positive window and stride, got " + window
                    + " and " + stride);
        }
        if (window > in.height() || window > in.width()) {
            throw new IllegalArgumentException(describe(window, stride) + " does not fit in a " + in.height() + "×"
                    + in.width() + " input");
        }
        return new Shape(in.channels(), Padding.VALID.outputSize(in.height(), window, stride),
                Padding.VALID.outputSize(in.width(), window, stride));
    }

    @Override
    public int inputSize() {
        return inShape.size();
    }

    @Override
    public int outputSize() {
        return outShape.size();
    }

    @Override
    public Shape inputShape() {
        return inShape;
    }

    @Override
    public Shape outputShape() {
        return outShape;
    }

    @Override
    public float[][] forward(float[][] x, int batch) {
        if (output.length < batch) {
            output = new float[batch][outShape.size()];
            winners = new int[batch][outShape.size()];
        }
        int height = inShape.height();
        int width = inShape.width();
        for (int r = 0; r < batch; r++) {
            float[] in = x[r];
            float[] y = output[r];
            int[] from = winners[r];
            if (window == 2 && stride == 2) {
                poolTwoByTwo(in, y, from);  // the same numbers as below, faster
                continue;
            }
            int i = 0;
            for (int c = 0; c < outShape.channels(); c++) {
                for (int oy = 0; oy < outShape.height(); oy++) {
                    for (int ox = 0; ox < outShape.width(); ox++, i++) {
                        int corner = (c * height + oy * stride) * width + ox * stride;
                        int best = corner;
                        float largest = in[corner];
                        for (int wy = 0; wy < window; wy++) {
                            int rowStart = corner + wy * width;
                            for (int wx = 0; wx < window; wx++) {
                                int at = rowStart + wx;
                                // if (in[at] > largest) { largest = in[at]; best = at; }, without the if (see
                                // larger): strictly larger, so a tie keeps the earlier one
                                int takes = larger(in[at], largest);
                                largest = choose(takes, in[at], largest);
                                best = choose(takes, at, best);
                            }
                        }
                        // y = max of the window
                        y[i] = largest;
                        from[i] = best;
                    }
                }
            }
        }
        return output;
    }

    @Override
    public float[][] backward(float[][] dy, int batch, boolean inputGradientNeeded) {
        if (!inputGradientNeeded) {
            return null;
        }
        if (inputGradient.length < batch) {
            inputGradient = new float[batch][inShape.size()];
        }
        for (int r = 0; r < batch; r++) {
            float[] dx = inputGradient[r];
            float[] dyRow = dy[r];
            int[] from = winners[r];
            java.util.Arrays.fill(dx, 0f);
            // y = max of the window, so dL/dx = dL/dy for the winner and 0 for the rest; with overlapping
            // windows (stride < window) a number can win several times and collects each gradient.
            for (int i = 0; i < outShape.size(); i++) {
                dx[from[i]] += dyRow[i];
            }
        }
        return inputGradient;
    }

    /**
     * {@link #forward} for one example of "pool2", the 2×2 window at stride 2 of nearly every CNN, written out:
     * the two numbers of the window's top row are compared, and the two of its bottom row, then the two winners.
     * The same winners as forward's loop (a tie keeps the earlier in reading order), but the processor works on
     * both rows at once instead of waiting for each comparison before the next: 1.7 times faster in the browser.
     */
    private void poolTwoByTwo(float[] x, float[] y, int[] from) {
        int width = inShape.width();
        int i = 0;
        for (int c = 0; c < outShape.channels(); c++) {
            for (int oy = 0; oy < outShape.height(); oy++) {
                int rowStart = (c * inShape.height() + 2 * oy) * width;
                for (int ox = 0; ox < outShape.width(); ox++, i++) {
                    int topLeft = rowStart + 2 * ox;
                    int bottomLeft = topLeft + width;
                    int top = larger(x[topLeft + 1], x[topLeft]);
                    int bottom = larger(x[bottomLeft + 1], x[bottomLeft]);
                    float topLargest = choose(top, x[topLeft + 1], x[topLeft]);
                    float bottomLargest = choose(bottom, x[bottomLeft + 1], x[bottomLeft]);
                    int takesBottom = larger(bottomLargest, topLargest);
                    // y = max of the window
                    y[i] = choose(takesBottom, bottomLargest, topLargest);
                    from[i] = choose(takesBottom, choose(bottom, bottomLeft + 1, bottomLeft),
                            choose(top, topLeft + 1, topLeft));
                }
            }
        }
    }

    /**
     * value &gt; largest as a mask, all ones (-1) or 0, to choose with instead of an if. Which number of a window
     * wins is a coin toss for the processor, which guesses every branch ahead and pays about 15 cycles for each
     * wrong guess (TeaVM's WebAssembly keeps every {@code if} and {@code ? :} a branch): a branch per number cost
     * more than the rest of the pooling. The difference largest - value is below 0 exactly when value is larger
     * (floats subtract without losing the sign, and equal numbers give +0), and {@code >> 31} spreads its sign
     * bit over the whole int. Apart from NaN, where it disagrees with {@code >}, y is the same and only which of
     * two equal numbers gets the gradient differs: after -0 a +0 wins (-0 - +0 is -0), and after an infinity the
     * same infinity may (∞ - ∞ is NaN, whose sign bit is not fixed). A NaN, as in a run that has blown up, may
     * win or lose.
     */
    private static int larger(float value, float largest) {
        return Float.floatToRawIntBits(largest - value) >> 31;
    }

    /** a where mask is all ones, b where it is 0: an if without a branch. */
    private static float choose(int mask, float a, float b) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & mask | Float.floatToRawIntBits(b) & ~mask);
    }

    /** a where mask is all ones, b where it is 0. */
    private static int choose(int mask, int a, int b) {
        return a & mask | b & ~mask;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    /** e.g. "pool2" (2×2 windows, stride 2) or "pool3 stride2": the words of a network spec. */
    @Override
    public String describe() {
        return describe(window, stride);
    }

    /** The words of a network spec for such a pool (see {@link net.scratchnet.network.NetworkSpec}). */
    public static String describe(int window, int stride) {
        return "pool" + window + (stride == window ? "" : " stride" + stride);
    }
}

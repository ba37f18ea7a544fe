package net.scratchnet.lesson;

import net.scratchnet.json.Json;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.Padding;
import net.scratchnet.layer.Shape;

/**
 * Sizes and parameter counts of one convolution, from the core's layers: the shape it gives (stride and
 * padding included), its weights and biases, and those of a dense layer joining the same input to an output of
 * the same size, which has a weight for every input-output pair where the convolution shares one small kernel
 * per filter over every position.
 */
public final class ConvolutionCounts {
    private ConvolutionCounts() {
    }

    /**
     * JSON {shape: [filters, outH, outW], padding: [above, left, below, right] (the zeros added to the input),
     * conv: its parameters, dense: a dense layer's for the same input and output sizes}, or {error} saying what
     * is wrong with these sizes.
     */
    public static String of(int side, int channels, int kernel, int filters, int stride, Padding padding) {
        try {
            Shape in = new Shape(channels, side, side);
            Shape out = Conv2D.outputShape(in, kernel, filters, stride, padding);
            int before = padding.before(side, kernel, stride);
            // The zeros needed for the last window to end on the input's last number or past it, if any.
            int after = Math.max((out.height() - 1) * stride + kernel - side - before, 0);
            if ((long) in.size() * out.size() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a dense layer from " + in + " to " + out
                        + " would have more weights than can be counted here");
            }
            return new Json()
                    .put("shape", new int[] {out.channels(), out.height(), out.width()})
                    .put("padding", new int[] {before, before, after, after})
                    .put("conv", Conv2D.parameterCount(in, kernel, filters))
                    .put("dense", DenseLayer.parameterCount(in.size(), out.size()))
                    .toString();
        } catch (IllegalArgumentException e) {
            return new Json().put("error", e.getMessage()).toString();
        }
    }
}

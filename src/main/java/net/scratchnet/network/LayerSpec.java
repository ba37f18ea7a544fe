package net.scratchnet.network;

import net.scratchnet.activation.Activations;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.MaxPool2D;
import net.scratchnet.layer.Padding;
import net.scratchnet.layer.Shape;
import net.scratchnet.words.Problem;

/**
 * One layer of a {@link NetworkSpec}, as its words in the spec say it: what kind of layer, and its sizes. It
 * knows the shape it gives and how many parameters it has for a given input shape, without building anything,
 * so that a spec can be checked (and its parameters counted) as it is read. {@link Network} builds the layers.
 */
public sealed interface LayerSpec {
    /** How the layer is written in a spec, e.g. "conv5x5x8", "conv3x3x16 stride2 same", "pool2", "dense10". */
    String text();

    /**
     * The shape of the layer's output for an input of shape {@code in}.
     *
     * @throws IllegalArgumentException naming the layer when it does not fit (a 5×5 window on a 4×4 input)
     */
    Shape outputShape(Shape in);

    /** How many weights and biases the layer has for an input of shape {@code in} (0 for most kinds). */
    default int parameterCount(Shape in) {
        return 0;
    }

    /** {@code conv5x5x8}: {@link Conv2D} with k×k kernels, {@code filters} of them, stride and padding. */
    record Conv(int kernel, int filters, int stride, Padding padding) implements LayerSpec {
        @Override
        public String text() {
            return Conv2D.describe(kernel, filters, stride, padding);
        }

        /** Refuses, in words for the reader who typed the spec, a kernel larger than an unpadded input. */
        @Override
        public Shape outputShape(Shape in) {
            if (padding == Padding.VALID && (kernel > in.height() || kernel > in.width())) {
                throw Problem.SPEC_CONV_DOES_NOT_FIT.refuse("layer", text(), "height", in.height(),
                        "width", in.width());
            }
            return Conv2D.outputShape(in, kernel, filters, stride, padding);
        }

        @Override
        public int parameterCount(Shape in) {
            return Conv2D.parameterCount(in, kernel, filters);
        }
    }

    /** {@code pool2}: {@link MaxPool2D} with {@code window}×{@code window} windows, {@code stride} apart. */
    record Pool(int window, int stride) implements LayerSpec {
        @Override
        public String text() {
            return MaxPool2D.describe(window, stride);
        }

        /** Refuses, in words for the reader who typed the spec, a window larger than the input. */
        @Override
        public Shape outputShape(Shape in) {
            if (window > in.height() || window > in.width()) {
                throw Problem.SPEC_POOL_DOES_NOT_FIT.refuse("layer", text(), "height", in.height(),
                        "width", in.width());
            }
            return MaxPool2D.outputShape(in, window, stride);
        }
    }

    /** {@code dense10}: a {@link DenseLayer} of {@code size} neurons, fed by every number of its input. */
    record Dense(int size) implements LayerSpec {
        @Override
        public String text() {
            return "dense" + size;
        }

        @Override
        public Shape outputShape(Shape in) {
            return Shape.flat(size);
        }

        @Override
        public int parameterCount(Shape in) {
            return DenseLayer.parameterCount(in.size(), size);
        }
    }

    /** {@code relu}: an activation function, applied to every number; the shape stays. */
    record Activation(String name) implements LayerSpec {
        public Activation {
            Activations.byName(name);
        }

        @Override
        public String text() {
            return name;
        }

        @Override
        public Shape outputShape(Shape in) {
            return in;
        }
    }

    /**
     * {@code dropout0.5}: {@link net.scratchnet.layer.Dropout} silencing each number with probability
     * {@code permille / 1000} while training. Kept in thousandths so that the rate reads back exactly as it was
     * written, on every platform (a float printed by the JVM and by the browser may differ in its last digits).
     */
    record Dropout(int permille) implements LayerSpec {
        public Dropout {
            if (permille < 0 || permille >= 1000) {
                throw new IllegalArgumentException("a dropout rate is 0 to 0.999, got " + permille / 1000.0);
            }
        }

        /** The probability that a number is silenced while training. */
        public float rate() {
            return permille / 1000f;
        }

        /** "dropout0.5", "dropout0.25", "dropout0.125": the rate without trailing zeros. */
        @Override
        public String text() {
            String digits = String.valueOf(1000 + permille).substring(1).replaceAll("0+$", "");
            return "dropout0" + (digits.isEmpty() ? "" : "." + digits);
        }

        @Override
        public Shape outputShape(Shape in) {
            return in;
        }
    }
}

package net.scratchnet.network;

import java.util.Arrays;
import net.scratchnet.activation.Activations;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.Initialization;
import net.scratchnet.loss.Losses;

/**
 * A network's architecture in one short, readable line, e.g. {@code 784-16-16-10 sigmoid}.
 *
 * <pre>
 * 784-16-16-10 sigmoid              layer sizes, input first; the hidden layers' activation
 * 784-30-10 sigmoid mse xavier      optionally the loss (crossentropy, the default, or mse) and the
 *                                   initialisation (default: he for relu and leakyrelu, xavier otherwise)
 * </pre>
 *
 * With cross-entropy the output layer's scores go through softmax; with mse the output layer uses the same
 * activation as the hidden layers, as in Nielsen's book.
 */
public final class NetworkSpec {
    /** The largest layer we accept: 4096 x 4096 weights are already 64 MB, more than a browser tab should hold. */
    public static final int MAX_LAYER_SIZE = 4096;

    private final int[] sizes;
    private final String activation;
    private final String loss;
    private final Initialization initialization;

    public NetworkSpec(int[] sizes, String activation, String loss, Initialization initialization) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output size, got "
                    + sizes.length + " size" + (sizes.length == 1 ? "" : "s"));
        }
        for (int size : sizes) {
            if (size <= 0) {
                throw new IllegalArgumentException("layer sizes must be positive, got " + size);
            }
        }
        Activations.byName(activation);
        Losses.byName(loss);
        this.sizes = sizes.clone();
        this.activation = activation;
        this.loss = loss;
        this.initialization = initialization;
    }

    /**
     * Reads a spec such as {@code "784-128-10 relu"}.
     *
     * @throws IllegalArgumentException with a message that says which part is wrong
     */
    public static NetworkSpec parse(String text) {
        String[] words = text.trim().split("\\s+");
        if (words[0].isEmpty()) {
            throw new IllegalArgumentException("empty network spec (expected e.g. '784-16-16-10 sigmoid')");
        }
        int[] sizes = parseSizes(words[0]);
        String activation = null;
        String loss = "crossentropy";
        Initialization init = null;
        for (int w = 1; w < words.length; w++) {
            String word = words[w].toLowerCase();
            if (Activations.isName(word)) {
                if (activation != null) {
                    throw new IllegalArgumentException("network spec '" + text.trim() + "' names two activations, "
                            + activation + " and " + word + " (the hidden layers share one)");
                }
                activation = word;
            } else if (Losses.isName(word)) {
                loss = word;
            } else if (Initialization.isSpecName(word)) {
                init = Initialization.bySpecName(word);
            } else {
                throw new IllegalArgumentException("'" + words[w] + "' in network spec '" + text.trim()
                        + "' is not an activation (" + String.join(", ", Activations.names())
                        + "), a loss (crossentropy, mse)"
                        + " or an initialisation (xavier, he)");
            }
        }
        if (activation == null) {
            activation = "relu";
        }
        if (init == null) {
            init = activation.contains("relu") ? Initialization.HE : Initialization.XAVIER;
        }
        return new NetworkSpec(sizes, activation, loss, init);
    }

    private static int[] parseSizes(String word) {
        String[] parts = word.split("-", -1);
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("layer size '" + parts[i] + "' in '" + word
                        + "' is not a whole number (expected sizes joined by '-', e.g. 784-16-16-10)");
            }
            if (sizes[i] <= 0 || sizes[i] > MAX_LAYER_SIZE) {
                throw new IllegalArgumentException("layer size " + sizes[i] + " in '" + word
                        + "' is out of range (1 to " + MAX_LAYER_SIZE + ")");
            }
        }
        return sizes;
    }

    /** Layer sizes, input first, e.g. [784, 16, 16, 10]. */
    public int[] sizes() {
        return sizes.clone();
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /**
     * How many weights and biases a network of this shape has, without building it: the sum of its dense
     * layers' counts, so 784-16-16-10 has 784·16+16 + 16·16+16 + 16·10+10 = 13,002.
     */
    public int parameterCount() {
        int count = 0;
        for (int k = 0; k + 1 < sizes.length; k++) {
            count += DenseLayer.parameterCount(sizes[k], sizes[k + 1]);
        }
        return count;
    }

    /** The hidden layers' activation, e.g. "sigmoid". */
    public String activation() {
        return activation;
    }

    /** "crossentropy" or "mse". */
    public String loss() {
        return loss;
    }

    public Initialization initialization() {
        return initialization;
    }

    /** The canonical form, every part spelled out: {@code parse(spec.toString())} gives an equal spec. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            text.append(i == 0 ? "" : "-").append(sizes[i]);
        }
        return text + " " + activation + " " + loss + " " + initialization.specName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkSpec that && Arrays.equals(sizes, that.sizes)
                && activation.equals(that.activation) && loss.equals(that.loss)
                && initialization == that.initialization;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes) * 31 + activation.hashCode();
    }
}

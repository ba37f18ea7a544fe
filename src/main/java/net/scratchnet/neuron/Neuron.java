package net.scratchnet.neuron;

import net.scratchnet.activation.Activation;

/**
 * One artificial neuron: it weighs its inputs, adds a bias, and passes the sum through an activation function.
 *
 * <pre>z = w1·x1 + w2·x2 + ... + wn·xn + b        a = f(z)</pre>
 *
 * Like its biological model: the inputs arrive through dendrites with different strengths (the weights), the cell
 * body adds them up, and the axon fires more or less (the activation) depending on whether the sum clears a
 * threshold (the bias moves that threshold). A {@link net.scratchnet.layer.DenseLayer} is many of these side by
 * side, computed all at once.
 */
public final class Neuron {
    private Neuron() {
    }

    /** z = w·x + b, the weighted sum. */
    public static float weightedSum(float[] weights, float[] inputs, float bias) {
        if (weights.length != inputs.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + inputs.length + " inputs");
        }
        float z = bias;
        for (int i = 0; i < inputs.length; i++) {
            z += weights[i] * inputs[i];
        }
        return z;
    }

    /** a = f(w·x + b), the neuron's output. */
    public static float output(float[] weights, float[] inputs, float bias, Activation f) {
        return f.apply(weightedSum(weights, inputs, bias));
    }
}

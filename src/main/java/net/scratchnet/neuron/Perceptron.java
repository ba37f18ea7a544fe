package net.scratchnet.neuron;

/**
 * Rosenblatt's perceptron (1958): the first neuron that learned. It labels a point +1 or -1 by which side of a
 * straight line it falls on, and learns that line from examples.
 *
 * <pre>
 * guess = sign(w·x + b)                     +1 or -1
 * error = label - guess                     0 when right, ±2 when wrong
 * w ← w + η·error·x      b ← b + η·error    nudge the line towards the misclassified point
 * </pre>
 *
 * There is no gradient here: the step function has none. When the two classes can be separated by a line, this
 * rule is guaranteed to find one (the perceptron convergence theorem); when they cannot, it never settles.
 */
public final class Perceptron {
    private final float[] weights;
    private float bias;
    private final float learningRate;

    /** A perceptron for {@code inputs} numbers, starting from weights drawn in [-1, 1) by {@code rng}. */
    public Perceptron(int inputs, float learningRate, net.scratchnet.math.Rng rng) {
        this.weights = new float[inputs];
        for (int i = 0; i < inputs; i++) {
            weights[i] = rng.nextSymmetric(1f);
        }
        this.learningRate = learningRate;
    }

    /** +1 or -1: the side of the line w·x + b = 0 that {@code x} is on. */
    public int guess(float[] x) {
        float sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * x[i];
        }
        return sum >= 0f ? 1 : -1;
    }

    /** Learns from one labelled point (label +1 or -1); returns the error, 0 if the guess was already right. */
    public int train(float[] x, int label) {
        int error = label - guess(x);
        for (int i = 0; i < weights.length; i++) {
            weights[i] += learningRate * error * x[i];
        }
        bias += learningRate * error;
        return error;
    }

    /** The current weights (a copy). */
    public float[] weights() {
        return weights.clone();
    }

    public float bias() {
        return bias;
    }
}

package net.scratchnet.loss;

/**
 * A loss function L: how wrong the network's output is for one example whose true class is known.
 * Training means making its average over the training set small; its gradient tells each weight which way to go.
 */
public interface Loss {
    /** The name used in network specs, e.g. "crossentropy". */
    String name();

    /** L for one example: the network's output row and the true class. */
    float loss(float[] output, int label);

    /**
     * Writes scale · dL/d(output) into {@code gradient}. The trainer passes scale = 1/batch, because the loss of a
     * mini-batch is the mean of its examples' losses.
     */
    void gradient(float[] output, int label, float scale, float[] gradient);

    /** The class probabilities the network predicts from its output row. */
    void probabilities(float[] output, float[] probabilities);

    /** The class the network predicts from its output row: the output neuron that fires most. */
    default int predictedClass(float[] output) {
        int best = 0;
        for (int k = 1; k < output.length; k++) {
            if (output[k] > output[best]) {
                best = k;
            }
        }
        return best;
    }
}

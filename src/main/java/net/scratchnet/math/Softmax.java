package net.scratchnet.math;

/**
 * softmax(z)_k = e^(z_k) / sum_j e^(z_j): turns the output layer's raw scores ("logits") into probabilities
 * that are positive and add up to 1.
 *
 * <p>It is not an {@link net.scratchnet.activation.Activation}: each output depends on every input, so it is a
 * function of the whole row, not of one number, and no layer applies it. Its derivative is not used on its own:
 * paired with the cross-entropy loss it simplifies to (probabilities - one-hot label), see
 * {@link net.scratchnet.loss.SoftmaxCrossEntropy}.
 */
public final class Softmax {
    private Softmax() {
    }

    /**
     * Writes softmax(logits) into {@code probabilities}.
     *
     * <p>Subtracting the largest logit first changes nothing mathematically (the factor e^-max cancels) but keeps
     * e^z from overflowing to infinity for large scores.
     */
    public static void apply(float[] logits, float[] probabilities) {
        float max = logits[0];
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            double e = StrictMath.exp(logits[k] - max);
            probabilities[k] = (float) e;
            sum += e;
        }
        for (int k = 0; k < logits.length; k++) {
            probabilities[k] = (float) (probabilities[k] / sum);
        }
    }
}

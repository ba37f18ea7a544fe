package net.scratchnet.lesson;

import net.scratchnet.loss.HalfSquaredError;
import net.scratchnet.loss.SoftmaxCrossEntropy;

/**
 * Chapter 6: both losses of the core for one prediction and a true label the learner picks.
 *
 * <p>The page has the network's probabilities p = softmax(z). Cross-entropy wants the scores z, but softmax
 * ignores a constant added to every score, so z_k = ln p_k gives back the same p and the same loss, -ln p_y.
 */
public final class LossReadout {
    private LossReadout() {
    }

    /** {½·Σ(p_k - y_k)², -ln p_y} for the probabilities {@code p} and true class {@code label}. */
    public static float[] losses(float[] p, int label) {
        if (label < 0 || label >= p.length) {
            throw new IllegalArgumentException("label " + label + " is not one of the " + p.length + " classes");
        }
        float[] scores = new float[p.length];
        for (int k = 0; k < p.length; k++) {
            scores[k] = (float) StrictMath.log(Math.max(p[k], Float.MIN_NORMAL));
        }
        return new float[] {new HalfSquaredError().loss(p, label), new SoftmaxCrossEntropy().loss(scores, label)};
    }
}

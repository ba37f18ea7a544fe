package net.scratchnet.lesson;

import net.scratchnet.math.Softmax;

/**
 * Softmax and its derivative. Each probability depends on every score, so the derivative is a matrix:
 *
 * <pre>∂p_i/∂z_j = p_i·([i = j] - p_j)</pre>
 *
 * Training never builds this matrix: paired with cross-entropy it collapses to p - onehot(y)
 * (see {@link net.scratchnet.loss.SoftmaxCrossEntropy}). The course shows it once, to make that shortcut visible.
 */
public final class SoftmaxJacobian {
    private SoftmaxJacobian() {
    }

    /** The n probabilities, then the n·n matrix row by row (row i = the derivatives of p_i). */
    public static float[] of(float[] scores) {
        int n = scores.length;
        float[] p = new float[n];
        Softmax.apply(scores, p);
        float[] result = new float[n + n * n];
        System.arraycopy(p, 0, result, 0, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[n + i * n + j] = p[i] * ((i == j ? 1f : 0f) - p[j]);
            }
        }
        return result;
    }
}

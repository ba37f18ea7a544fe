package net.scratchnet.loss;

import net.scratchnet.math.Softmax;

/**
 * Softmax followed by cross-entropy, computed as one step from the output layer's raw scores z (logits).
 *
 * <pre>p = softmax(z)      L = -log p_y      dL/dz_k = p_k - [k = y]</pre>
 *
 * <p>Why as one step: the two derivatives multiplied separately would divide by p_y (tiny when the network is
 * confidently wrong) only to multiply by it again. Together they give the simple, stable p - onehot(y).
 */
public final class SoftmaxCrossEntropy implements Loss {
    @Override
    public String name() {
        return "crossentropy";
    }

    /** L = -log p_y = log(sum_k e^(z_k)) - z_y, shifted by max z so that e^z cannot overflow. */
    @Override
    public float loss(float[] output, int label) {
        float max = output[0];
        for (float z : output) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (float z : output) {
            sum += StrictMath.exp(z - max);
        }
        return (float) (StrictMath.log(sum) + max - output[label]);
    }

    @Override
    public void gradient(float[] output, int label, float scale, float[] gradient) {
        Softmax.apply(output, gradient);
        gradient[label] -= 1f;
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] *= scale;
        }
    }

    @Override
    public void probabilities(float[] output, float[] probabilities) {
        Softmax.apply(output, probabilities);
    }
}

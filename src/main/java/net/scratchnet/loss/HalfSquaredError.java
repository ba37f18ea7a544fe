package net.scratchnet.loss;

/**
 * The quadratic cost of Nielsen's book and of 3Blue1Brown's videos: half the squared distance between the output
 * a and the one-hot vector y of the true class.
 *
 * <pre>L = ½ sum_k (a_k - y_k)²      dL/da_k = a_k - y_k</pre>
 *
 * <p>Often called the mean squared error, the name a network spec knows it by ("mse"), but nothing here is a
 * mean over the outputs: it is half their sum. (The mean over a mini-batch is the trainer's, as for every loss.)
 *
 * <p>A network with a single output is a yes/no classifier (XOR, say): its target is the class itself, 0 or 1,
 * and it predicts class 1 when its output is above ½.
 *
 * <p>The ½ only makes the derivative tidy. Paired with sigmoid outputs it learns more slowly than cross-entropy
 * when an output is badly wrong (σ' is then nearly 0), which is why cross-entropy is the default.
 */
public final class HalfSquaredError implements Loss {
    @Override
    public String name() {
        return "mse";
    }

    @Override
    public float loss(float[] output, int label) {
        float sum = 0f;
        for (int k = 0; k < output.length; k++) {
            float difference = output[k] - target(output, k, label);
            sum += difference * difference;
        }
        return 0.5f * sum;
    }

    @Override
    public void gradient(float[] output, int label, float scale, float[] gradient) {
        for (int k = 0; k < output.length; k++) {
            gradient[k] = scale * (output[k] - target(output, k, label));
        }
    }

    /** y_k: 1 for the true class, 0 for the others; for a single output, the class itself. */
    private static float target(float[] output, int k, int label) {
        if (output.length == 1) {
            return label;
        }
        return k == label ? 1f : 0f;
    }

    @Override
    public int predictedClass(float[] output) {
        if (output.length == 1) {
            return output[0] > 0.5f ? 1 : 0;
        }
        return Loss.super.predictedClass(output);
    }

    /**
     * The outputs are not probabilities (nothing makes them add up to 1), so we clip them to [0, 1] and normalise:
     * a fair picture of how strongly each output neuron fires, relative to the others. A single output is
     * read as the probability of class 1.
     */
    @Override
    public void probabilities(float[] output, float[] probabilities) {
        if (output.length == 1) {
            probabilities[0] = Math.min(1f, Math.max(0f, output[0]));
            return;
        }
        float sum = 0f;
        for (int k = 0; k < output.length; k++) {
            probabilities[k] = Math.min(1f, Math.max(0f, output[k]));
            sum += probabilities[k];
        }
        for (int k = 0; k < output.length; k++) {
            probabilities[k] = sum > 0f ? probabilities[k] / sum : 1f / output.length;
        }
    }
}

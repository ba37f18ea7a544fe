package net.scratchnet.lesson;

import net.scratchnet.activation.Sigmoid;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.DenseLayer;

/**
 * Nielsen's visual argument for universal approximation ("Neural Networks and Deep Learning", chapter 4), with the
 * core's own layers: one input x, a hidden layer of sigmoid neurons, one linear output neuron.
 *
 * <pre>output(x) = Σⱼ vⱼ · σ(wⱼ·x + bⱼ)        x: [count][1]   hidden: [count][H]   output: [count][1]</pre>
 *
 * <p>With a large weight w, σ(w·x + b) jumps from 0 to 1 almost at once, at x = -b/w: a step. Two steps at s and
 * t with output weights +h and -h make a bump of height h between s and t; a row of bumps side by side follows any
 * continuous curve, as closely as there are bumps to spare and the steps are steep.
 */
public final class StepNetwork {
    /** How far outside [0, 1] the outermost steps of {@link #bumps} stand. */
    static final float OUTSIDE = 0.5f;

    private final DenseLayer hidden;
    private final ActivationLayer sigmoid;
    private final DenseLayer output;

    /**
     * Hidden neuron j computes σ(weights[j]·x + biases[j]); the output is Σⱼ outputWeights[j]·(that), with no bias.
     * @throws IllegalArgumentException when the three lengths differ or are 0
     */
    public StepNetwork(float[] weights, float[] biases, float[] outputWeights) {
        int h = weights.length;
        if (h == 0 || biases.length != h || outputWeights.length != h) {
            throw new IllegalArgumentException("one weight, bias and output weight per hidden neuron, got "
                    + weights.length + ", " + biases.length + " and " + outputWeights.length);
        }
        hidden = new DenseLayer(1, h, "hidden");
        sigmoid = new ActivationLayer(new Sigmoid(), h);
        output = new DenseLayer(h, 1, "output");
        for (int j = 0; j < h; j++) {
            hidden.weights().values()[0][j] = weights[j];
            hidden.biases().values()[0][j] = biases[j];
            output.weights().values()[j][0] = outputWeights[j];
        }
    }

    /**
     * The network of {@code heights.length} bumps side by side on [0, 1], bump k between k/n and (k+1)/n with height
     * heights[k]: two hidden neurons each, both with weight {@code steepness}, stepping up at the bump's left edge
     * (output weight +h) and at its right edge (output weight -h, which takes the step back down). The first bump's
     * left step and the last bump's right step stand {@value #OUTSIDE} outside [0, 1]: a step at 0 itself would be
     * only half done there, and the curve's ends would come out at half height.
     */
    public static StepNetwork bumps(float[] heights, float steepness) {
        int n = heights.length;
        float[] weights = new float[2 * n];
        float[] biases = new float[2 * n];
        float[] outputWeights = new float[2 * n];
        for (int k = 0; k < n; k++) {
            for (int edge = 0; edge < 2; edge++) {
                int j = 2 * k + edge;
                int at = k + edge;   // the edge's place: at/n
                float position = at == 0 ? -OUTSIDE : at == n ? 1 + OUTSIDE : (float) at / n;
                weights[j] = steepness;
                biases[j] = biasForStepAt(position, steepness);
                outputWeights[j] = edge == 0 ? heights[k] : -heights[k];
            }
        }
        return new StepNetwork(weights, biases, outputWeights);
    }

    /** Where σ(w·x + b) crosses ½, the middle of its step: w·x + b = 0, so x = -b/w. */
    public static float stepPosition(float weight, float bias) {
        return -bias / weight;
    }

    /** The bias that puts a neuron's step at {@code position}: b = -w·s. */
    public static float biasForStepAt(float position, float weight) {
        return -weight * position;
    }

    /** The output at {@code count} evenly spaced points from 0 to 1, both included. */
    public float[] outputs(int count) {
        float[][] x = new float[count][1];
        for (int i = 0; i < count; i++) {
            x[i][0] = at(i, count);
        }
        float[][] y = output.forward(sigmoid.forward(hidden.forward(x, count), count), count);
        float[] result = new float[count];
        for (int i = 0; i < count; i++) {
            result[i] = y[i][0];
        }
        return result;
    }

    /** The i-th of {@code count} evenly spaced points from 0 to 1. */
    static float at(int i, int count) {
        return count == 1 ? 0f : (float) i / (count - 1);
    }
}

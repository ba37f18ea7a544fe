package net.scratchnet.layer;

import java.util.List;
import net.scratchnet.math.MatMul;

/**
 * A fully connected layer: every neuron j takes a weighted sum of all inputs plus its own bias.
 *
 * <pre>z = x · W + b        x: [batch][in]   W: [in][out]   b: [out]   z: [batch][out]</pre>
 *
 * <p>Textbooks write z = W·x + b for one column vector x. We keep one example per row, so the same maths reads
 * z = x·W + b with W stored transposed: {@code weights[i][j]} is the weight from input i to neuron j. The
 * activation function is a separate layer ({@link ActivationLayer}), so this one stays linear.
 */
public final class DenseLayer implements Layer {
    private final int in;
    private final int out;
    private final Parameter weights;
    private final Parameter biases;

    private float[][] input;         // the x of the last forward pass, needed for dW
    private float[][] output = new float[0][];
    private float[][] inputGradient = new float[0][];
    private float[][] transposedWeights;  // Wᵀ, [out][in], refreshed by each backward pass that needs dx

    public DenseLayer(int in, int out, String name) {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException("a dense layer needs positive sizes, got " + in + " -> " + out);
        }
        this.in = in;
        this.out = out;
        this.weights = new Parameter(name + ".weights", in, out, true);
        this.biases = new Parameter(name + ".biases", 1, out, false);
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    /** W, [in][out]: {@code weights().values()[i][j]} connects input i to neuron j. */
    public Parameter weights() {
        return weights;
    }

    /** b, [1][out]. */
    public Parameter biases() {
        return biases;
    }

    @Override
    public float[][] forward(float[][] x, int batch) {
        if (output.length < batch) {
            output = new float[batch][out];
        }
        input = x;
        // z = x · W + b
        MatMul.multiply(x, weights.values(), output, batch);
        float[] b = biases.values()[0];
        for (int r = 0; r < batch; r++) {
            float[] z = output[r];
            for (int j = 0; j < out; j++) {
                z[j] += b[j];
            }
        }
        return output;
    }

    @Override
    public float[][] backward(float[][] dz, int batch, boolean inputGradientNeeded) {
        // z = x · W + b, so:
        // dL/dW = xᵀ · dz          (each weight collects input times error over the batch)
        MatMul.multiplyTransposedLeft(input, dz, weights.gradients(), batch);
        // dL/db = sum over the batch of dz   (a bias is a weight on an input that is always 1)
        float[] db = biases.gradients()[0];
        java.util.Arrays.fill(db, 0f);
        for (int r = 0; r < batch; r++) {
            float[] dzRow = dz[r];
            for (int j = 0; j < out; j++) {
                db[j] += dzRow[j];
            }
        }
        if (!inputGradientNeeded) {
            return null;
        }
        if (inputGradient.length < batch) {
            inputGradient = new float[batch][in];
        }
        if (transposedWeights == null) {
            transposedWeights = new float[out][in];  // only a layer whose input gradient is wanted needs it
        }
        // dL/dx = dz · Wᵀ          (each input is blamed through every weight it feeds)
        MatMul.transpose(weights.values(), transposedWeights);
        MatMul.multiply(dz, transposedWeights, inputGradient, batch);
        return inputGradient;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, biases);
    }

    /** A layer of {@code out} neurons fed by {@code in} inputs has one weight per pair: in·out. */
    public static int weightCount(int in, int out) {
        return in * out;
    }

    /** And one bias per neuron. */
    public static int biasCount(int out) {
        return out;
    }

    /** Weights and biases, counted from the shape alone (a built layer counts its arrays): 784 → 16 has 12,560. */
    public static int parameterCount(int in, int out) {
        return weightCount(in, out) + biasCount(out);
    }

    @Override
    public String describe() {
        return "dense " + in + " -> " + out;
    }
}

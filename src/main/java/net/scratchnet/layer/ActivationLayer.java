package net.scratchnet.layer;

import java.util.List;
import net.scratchnet.activation.Activation;

/**
 * Applies an activation function to every number of its input: a = f(z). It has no parameters.
 *
 * <pre>z: [batch][size]   a: [batch][size]</pre>
 */
public final class ActivationLayer implements Layer {
    private final Activation f;
    private final int size;

    private float[][] input;         // z of the last forward pass
    private float[][] output = new float[0][];
    private float[][] inputGradient = new float[0][];

    public ActivationLayer(Activation f, int size) {
        this.f = f;
        this.size = size;
    }

    public Activation activation() {
        return f;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public float[][] forward(float[][] z, int batch) {
        if (output.length < batch) {
            output = new float[batch][size];
        }
        input = z;
        for (int r = 0; r < batch; r++) {
            f.applyAll(z[r], output[r], size);  // a = f(z), number by number
        }
        return output;
    }

    @Override
    public float[][] backward(float[][] da, int batch, boolean inputGradientNeeded) {
        if (!inputGradientNeeded) {
            return null;
        }
        if (inputGradient.length < batch) {
            inputGradient = new float[batch][size];
        }
        // a = f(z), so dL/dz = dL/da · f'(z), number by number (the chain rule).
        for (int r = 0; r < batch; r++) {
            f.backwardAll(input[r], output[r], da[r], inputGradient[r], size);
        }
        return inputGradient;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String describe() {
        return f.name();
    }
}

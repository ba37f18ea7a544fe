package net.scratchnet.lesson;

import net.scratchnet.activation.Sigmoid;
import net.scratchnet.json.Json;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.Initialization;
import net.scratchnet.math.Rng;

/**
 * Chapter 4's worked example: one dense layer of 2 neurons on 3 inputs, then sigmoid, computed by the core's
 * own layers. Small enough to print every number of a = σ(x·W + b).
 */
public final class LayerExample {
    private LayerExample() {
    }

    /** JSON {x, W (3x2, row by row), b, z, a} for the input {@code x} (3 numbers) and weights drawn from {@code seed}. */
    public static String compute(float[] x, int seed) {
        if (x.length != 3) {
            throw new IllegalArgumentException("the example layer takes 3 inputs, got " + x.length);
        }
        DenseLayer dense = new DenseLayer(3, 2, "example");
        Initialization.XAVIER.fill(dense.weights().values(), new Rng(seed));
        float[] b = dense.biases().values()[0];
        b[0] = 0.5f;     // biases start at 0; two distinct ones make the "+ b" visible
        b[1] = -0.5f;
        float[] z = dense.forward(new float[][] {x}, 1)[0].clone();
        float[] a = new ActivationLayer(new Sigmoid(), 2).forward(new float[][] {z}, 1)[0];
        float[][] w = dense.weights().values();
        float[] wFlat = {w[0][0], w[0][1], w[1][0], w[1][1], w[2][0], w[2][1]};
        return new Json().put("x", x).put("W", wFlat).put("b", b).put("z", z).put("a", a).toString();
    }
}

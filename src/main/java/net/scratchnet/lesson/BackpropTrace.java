package net.scratchnet.lesson;

import java.util.List;
import net.scratchnet.json.Json;
import net.scratchnet.layer.Layer;
import net.scratchnet.layer.Parameter;
import net.scratchnet.network.Network;

/**
 * Backpropagation on a network small enough to follow by hand: 2 inputs, 2 sigmoid hidden neurons, 1 sigmoid
 * output, loss L = ½(a₂ - y)². It runs the core's own layers forward and then backward one layer at a time,
 * keeping every intermediate number, and checks each gradient against a numerical one:
 *
 * <pre>∂L/∂w ≈ (L(w + h) - L(w - h)) / 2h</pre>
 */
public final class BackpropTrace {
    private static final float H = 1e-3f;

    private BackpropTrace() {
    }

    /**
     * JSON with the forward values (x, W1, b1, z1, a1, W2, b2, z2, a2, loss), the backward values
     * (dA2, dZ2, dW2, dB2, dA1, dZ1, dW1, dB1) and the numerical gradients (nW1, nB1, nW2, nB2).
     * Weight matrices are [in][out] row by row, as the core stores them.
     */
    public static String trace(float x1, float x2, int target, int seed) {
        if (target != 0 && target != 1) {
            throw new IllegalArgumentException("the target is a class, 0 or 1, got " + target);
        }
        Network network = Network.fromSpec("2-2-1 sigmoid mse", seed);
        List<Layer> layers = network.layers();   // dense1, sigmoid, dense2, sigmoid
        float[][] x = {{x1, x2}};
        float[][] z1 = layers.get(0).forward(x, 1);
        float[][] a1 = layers.get(1).forward(z1, 1);
        float[][] z2 = layers.get(2).forward(a1, 1);
        float[][] a2 = layers.get(3).forward(z2, 1);
        float loss = network.loss().loss(a2[0], target);

        float[][] dA2 = new float[1][1];
        network.loss().gradient(a2[0], target, 1f, dA2[0]);          // a₂ - y
        float[][] dZ2 = layers.get(3).backward(dA2, 1, true);       // · σ'(z₂)
        float[][] dA1 = layers.get(2).backward(dZ2, 1, true);       // · W2ᵀ; fills dW2 = a1ᵀ·dZ2, dB2 = dZ2
        float[][] dZ1 = layers.get(1).backward(dA1, 1, true);       // · σ'(z₁)
        layers.get(0).backward(dZ1, 1, false);                      // fills dW1 = xᵀ·dZ1, dB1 = dZ1

        List<Parameter> p = network.parameters();                  // W1, b1, W2, b2
        Json json = new Json()
                .put("x", x[0]).put("y", target)
                .put("W1", flat(p.get(0).values())).put("b1", flat(p.get(1).values()))
                .put("z1", z1[0].clone()).put("a1", a1[0].clone())
                .put("W2", flat(p.get(2).values())).put("b2", flat(p.get(3).values()))
                .put("z2", z2[0].clone()).put("a2", a2[0].clone()).put("loss", loss)
                .put("dA2", dA2[0]).put("dZ2", dZ2[0].clone()).put("dA1", dA1[0].clone()).put("dZ1", dZ1[0].clone())
                .put("dW1", flat(p.get(0).gradients())).put("dB1", flat(p.get(1).gradients()))
                .put("dW2", flat(p.get(2).gradients())).put("dB2", flat(p.get(3).gradients()));
        String[] names = {"nW1", "nB1", "nW2", "nB2"};
        for (int k = 0; k < names.length; k++) {
            json.put(names[k], numericalGradient(network, p.get(k), x, target));
        }
        return json.toString();
    }

    /** Nudges each value of {@code parameter} by ±h and measures how the loss changes: no calculus at all. */
    private static float[] numericalGradient(Network network, Parameter parameter, float[][] x, int target) {
        float[][] values = parameter.values();
        float[] gradient = new float[parameter.size()];
        int k = 0;
        for (float[] row : values) {
            for (int j = 0; j < row.length; j++) {
                float saved = row[j];
                row[j] = saved + H;
                float plus = network.loss().loss(network.forward(x, 1)[0], target);
                row[j] = saved - H;
                float minus = network.loss().loss(network.forward(x, 1)[0], target);
                row[j] = saved;
                gradient[k++] = (plus - minus) / (2 * H);
            }
        }
        return gradient;
    }

    private static float[] flat(float[][] matrix) {
        float[] flat = new float[matrix.length * matrix[0].length];
        int k = 0;
        for (float[] row : matrix) {
            for (float v : row) {
                flat[k++] = v;
            }
        }
        return flat;
    }
}

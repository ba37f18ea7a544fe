package net.scratchnet.layer;

import static net.scratchnet.layer.GradientCheck.copy;

import net.scratchnet.activation.Activation;
import net.scratchnet.activation.Activations;
import net.scratchnet.math.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every layer's backward pass against numerical gradients. The scalar we differentiate is
 * L = sum of (output ⊙ R) for a fixed random R, so dL/d(output) = R.
 */
class LayerGradientTest {
    private static final int BATCH = 3;

    @Test
    void denseLayerGradientsMatchNumericalOnes() {
        Rng rng = new Rng(7);
        DenseLayer dense = new DenseLayer(5, 4, "dense");
        fill(dense.weights().values(), rng, 1f);
        fill(dense.biases().values(), rng, 1f);
        float[][] x = random(BATCH, 5, rng, 1f);
        float[][] r = random(BATCH, 4, rng, 1f);

        dense.forward(x, BATCH);
        float[][] dx = copy(dense.backward(r, BATCH, true), BATCH);
        float[][] dw = copy(dense.weights().gradients(), 5);
        float[][] db = copy(dense.biases().gradients(), 1);

        GradientCheck.Scalar loss = () -> weightedSum(dense.forward(x, BATCH), r);
        GradientCheck.check("dL/dx", x, dx, loss);
        GradientCheck.check("dL/dW", dense.weights().values(), dw, loss);
        GradientCheck.check("dL/db", dense.biases().values(), db, loss);
    }

    static Iterable<Activation> activations() {
        return Activations.all();
    }

    @ParameterizedTest
    @MethodSource("activations")
    void activationLayerGradientsMatchNumericalOnes(Activation f) {
        Rng rng = new Rng(11);
        ActivationLayer layer = new ActivationLayer(f, 6);
        float[][] z = random(BATCH, 6, rng, 3f);
        // ReLU's kink at 0 has no derivative: keep inputs a step h away from it.
        for (float[] row : z) {
            for (int j = 0; j < row.length; j++) {
                if (Math.abs(row[j]) < 0.1f) {
                    row[j] += 0.2f;
                }
            }
        }
        float[][] r = random(BATCH, 6, rng, 1f);
        layer.forward(z, BATCH);
        float[][] dz = copy(layer.backward(r, BATCH, true), BATCH);
        GradientCheck.check(f.name() + " dL/dz", z, dz, () -> weightedSum(layer.forward(z, BATCH), r));
    }

    static double weightedSum(float[][] output, float[][] r) {
        double sum = 0;
        for (int b = 0; b < r.length; b++) {
            for (int j = 0; j < r[b].length; j++) {
                sum += (double) output[b][j] * r[b][j];
            }
        }
        return sum;
    }

    static float[][] random(int rows, int cols, Rng rng, float limit) {
        float[][] m = new float[rows][cols];
        fill(m, rng, limit);
        return m;
    }

    static void fill(float[][] m, Rng rng, float limit) {
        for (float[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextSymmetric(limit);
            }
        }
    }
}

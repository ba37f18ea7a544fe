package net.scratchnet.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.scratchnet.activation.Sigmoid;
import net.scratchnet.math.Rng;
import org.junit.jupiter.api.Test;

class PerceptronTest {
    /** The seed article's task: label a point (x, y) +1 when x > y, -1 otherwise. */
    private static int label(float[] point) {
        return point[0] > point[1] ? 1 : -1;
    }

    @Test
    void learnsToTellWhetherAPointIsBelowTheDiagonal() {
        Rng rng = new Rng(3);
        Perceptron perceptron = new Perceptron(2, 0.01f, rng);
        for (int i = 0; i < 20_000; i++) {
            float[] point = {rng.nextSymmetric(1f), rng.nextSymmetric(1f)};
            perceptron.train(point, label(point));
        }
        int right = 0;
        for (int i = 0; i < 1000; i++) {
            float[] point = {rng.nextSymmetric(1f), rng.nextSymmetric(1f)};
            if (perceptron.guess(point) == label(point)) {
                right++;
            }
        }
        assertTrue(right >= 985, right + " of 1000 test points right");
        float[] w = perceptron.weights();
        assertTrue(w[0] > 0 && w[1] < 0, "the line leans like x = y");
    }

    @Test
    void trainingOnARightGuessChangesNothing() {
        Perceptron perceptron = new Perceptron(2, 0.1f, new Rng(1));
        float[] point = {0.5f, -0.5f};
        int guess = perceptron.guess(point);
        float[] before = perceptron.weights();
        assertEquals(0, perceptron.train(point, guess));
        assertEquals(before[0], perceptron.weights()[0]);
    }

    @Test
    void aNeuronWeighsItsInputsAddsTheBiasAndActivates() {
        float[] w = {0.5f, -1f};
        float[] x = {2f, 0.5f};
        assertEquals(1.5f, Neuron.weightedSum(w, x, 1f));
        assertEquals(1 / (1 + Math.exp(-1.5)), Neuron.output(w, x, 1f, new Sigmoid()), 1e-6);
    }
}

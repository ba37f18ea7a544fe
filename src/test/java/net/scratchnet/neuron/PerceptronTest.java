package net.scratchnet.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /**
     * The rule worked by hand. Seed 1 starts at w = (0.1372, 0.5079), b = 0. The point (1, -1) lies below the
     * diagonal (label +1), but w·x + b = -0.3706 says -1: the error is 2, so w moves by η·2·x = (0.2, -0.2) and b
     * by η·2 = 0.2. Now w·x + b = 0.2294 says +1, and the same point teaches nothing more.
     */
    @Test
    void aWrongGuessMovesTheLineByLearningRateTimesErrorTimesInput() {
        Perceptron perceptron = new Perceptron(2, 0.1f, new Rng(1));
        assertArrayEquals(new float[] {0.13721192f, 0.5078577f}, perceptron.weights());
        assertEquals(0f, perceptron.bias());
        float[] point = {1f, -1f};
        assertEquals(-1, perceptron.guess(point));

        assertEquals(2, perceptron.train(point, 1));
        assertArrayEquals(new float[] {0.33721192f, 0.3078577f}, perceptron.weights(), 1e-6f);
        assertEquals(0.2f, perceptron.bias(), 1e-6f);
        assertEquals(1, perceptron.guess(point));

        assertEquals(0, perceptron.train(point, 1));
        assertArrayEquals(new float[] {0.33721192f, 0.3078577f}, perceptron.weights(), 1e-6f);
        assertEquals(0.2f, perceptron.bias(), 1e-6f);
    }

    /**
     * The convergence theorem: on points that a line separates (here with a margin of 0.1 around the diagonal),
     * passes over the same points end, after finitely many mistakes, with a pass that makes none. On XOR no line
     * exists, and every pass still makes mistakes.
     */
    @Test
    void settlesWhenALineSeparatesTheClassesAndNeverOnXor() {
        Rng rng = new Rng(4);
        float[][] points = new float[200][];
        for (int i = 0; i < points.length; i++) {
            float[] point;
            do {
                point = new float[] {rng.nextSymmetric(1f), rng.nextSymmetric(1f)};
            } while (Math.abs(point[0] - point[1]) < 0.1f);
            points[i] = point;
        }
        Perceptron separable = new Perceptron(2, 0.1f, new Rng(5));
        int passes = 0;
        int mistakes;
        do {
            mistakes = 0;
            for (float[] point : points) {
                mistakes += separable.train(point, label(point)) != 0 ? 1 : 0;
            }
            passes++;
        } while (mistakes > 0 && passes < 1000);
        assertEquals(0, mistakes, "still wrong after " + passes + " passes");

        float[][] xor = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] xorLabels = {-1, 1, 1, -1};
        Perceptron unseparable = new Perceptron(2, 0.1f, new Rng(5));
        for (int pass = 0; pass < 1000; pass++) {
            mistakes = 0;
            for (int i = 0; i < xor.length; i++) {
                mistakes += unseparable.train(xor[i], xorLabels[i]) != 0 ? 1 : 0;
            }
            assertTrue(mistakes > 0, "pass " + pass + " made no mistake on XOR");
        }
    }

    @Test
    void aNeuronWeighsItsInputsAddsTheBiasAndActivates() {
        float[] w = {0.5f, -1f};
        float[] x = {2f, 0.5f};
        assertEquals(1.5f, Neuron.weightedSum(w, x, 1f));
        assertEquals(1 / (1 + Math.exp(-1.5)), Neuron.output(w, x, 1f, new Sigmoid()), 1e-6);
    }
}

package net.scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.scratchnet.layer.Parameter;
import org.junit.jupiter.api.Test;

/** Each optimiser's first steps against numbers worked out by hand from its update rule. */
class OptimizerTest {
    @Test
    void sgdStepsAgainstTheGradient() {
        Parameter w = parameter(false, new float[] {1f, -2f}, new float[] {0.5f, -3f});
        new Sgd(List.of(w), 0.1f, 0f).step();
        assertValues(w, 0.95f, -1.7f); // 1 - 0.1·0.5, -2 - 0.1·(-3)
    }

    @Test
    void weightDecayPullsWeightsButNotBiasesTowardsZero() {
        Parameter weights = parameter(true, new float[] {2f}, new float[] {0.5f});
        Parameter biases = parameter(false, new float[] {2f}, new float[] {0.5f});
        new Sgd(List.of(weights, biases), 0.1f, 0.1f).step();
        assertValues(weights, 1.93f); // the gradient becomes 0.5 + 0.1·2 = 0.7: 2 - 0.1·0.7
        assertValues(biases, 1.95f);  // 2 - 0.1·0.5
    }

    /** v1 = -η·g1, w1 = w0 + v1; v2 = μ·v1 - η·g2, w2 = w1 + v2. */
    @Test
    void momentumsFirstTwoStepsFollowItsVelocity() {
        Parameter w = parameter(false, new float[] {1f, 0f}, new float[] {2f, 1f});
        Momentum momentum = new Momentum(List.of(w), 0.1f, 0f);
        momentum.step();
        assertValues(w, 0.8f, -0.1f);    // v1 = (-0.2, -0.1)
        w.gradients()[0][0] = -1f;
        w.gradients()[0][1] = 1f;
        momentum.step();
        assertValues(w, 0.72f, -0.29f);  // v2 = (0.9·(-0.2) + 0.1, 0.9·(-0.1) - 0.1) = (-0.08, -0.19)
    }

    /**
     * After the bias correction Adam's first step is η·g/(|g| + ε/√(1-β2)): η·sign(g) whatever the size of g,
     * which is what makes its learning rate mean the same for every weight. With the same gradient again, m̂ and
     * v̂ are unchanged and so is the step. A zero gradient moves nothing.
     */
    @Test
    void adamsFirstStepsAreTheLearningRateAgainstTheSignOfTheGradient() {
        float[] gradient = {0.05f, -0.5f, 3f, -200f, 0f};
        float[] start = {1f, 1f, 1f, 1f, 1f};
        Parameter w = parameter(false, start, gradient);
        float lr = 0.01f;
        Adam adam = new Adam(List.of(w), lr, 0f);
        adam.step();
        assertValues(w, 1f - lr, 1f + lr, 1f - lr, 1f + lr, 1f);
        adam.step();
        assertValues(w, 1f - 2 * lr, 1f + 2 * lr, 1f - 2 * lr, 1f + 2 * lr, 1f);
    }

    /** A 1 x n parameter holding {@code values}, with {@code gradients} as if a backward pass had just run. */
    private static Parameter parameter(boolean weightDecay, float[] values, float[] gradients) {
        Parameter parameter = new Parameter("p", 1, values.length, weightDecay);
        System.arraycopy(values, 0, parameter.values()[0], 0, values.length);
        System.arraycopy(gradients, 0, parameter.gradients()[0], 0, gradients.length);
        return parameter;
    }

    private static void assertValues(Parameter parameter, float... expected) {
        float[] actual = parameter.values()[0];
        assertEquals(expected.length, actual.length);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], 1e-5f, "value " + j);
        }
    }
}

package net.scratchnet.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.scratchnet.layer.GradientCheck;
import org.junit.jupiter.api.Test;

class LossGradientTest {
    private static final float[] OUTPUT = {0.3f, -1.2f, 2.0f, 0.7f};

    @Test
    void softmaxCrossEntropyGradientMatchesNumericalOne() {
        checkGradient(new SoftmaxCrossEntropy(), OUTPUT.clone(), 2);
        checkGradient(new SoftmaxCrossEntropy(), OUTPUT.clone(), 1);
    }

    @Test
    void meanSquaredErrorGradientMatchesNumericalOne() {
        checkGradient(new HalfSquaredError(), new float[] {0.2f, 0.9f, 0.4f, 0.1f}, 1);
        checkGradient(new HalfSquaredError(), new float[] {0.8f}, 0);
    }

    @Test
    void crossEntropyIsMinusLogOfTheTrueClassProbability() {
        float[] p = new float[4];
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        loss.probabilities(OUTPUT, p);
        assertEquals(-Math.log(p[2]), loss.loss(OUTPUT, 2), 1e-5);
        // softmax: e^z / sum e^z, computed here in double as the reference
        double sum = 0;
        for (float z : OUTPUT) {
            sum += Math.exp(z);
        }
        for (int k = 0; k < 4; k++) {
            assertEquals(Math.exp(OUTPUT[k]) / sum, p[k], 1e-6);
        }
    }

    @Test
    void crossEntropyStaysFiniteForHugeScores() {
        float[] logits = {1000f, -1000f, 0f};
        float loss = new SoftmaxCrossEntropy().loss(logits, 1);
        assertEquals(2000f, loss, 1e-2);
    }

    @Test
    void meanSquaredErrorIsHalfTheSquaredDistanceToTheOneHotTarget() {
        // target (0, 1, 0): ½(0.2² + 0.1² + 0.4²) = 0.105
        assertEquals(0.105f, new HalfSquaredError().loss(new float[] {0.2f, 0.9f, 0.4f}, 1), 1e-6);
        // a single output is a yes/no classifier whose target is the class itself
        assertEquals(0.5f * 0.3f * 0.3f, new HalfSquaredError().loss(new float[] {0.7f}, 1), 1e-6);
        assertEquals(1, new HalfSquaredError().predictedClass(new float[] {0.7f}));
    }

    private static void checkGradient(Loss loss, float[] output, int label) {
        float[][] analytic = new float[1][output.length];
        loss.gradient(output, label, 1f, analytic[0]);
        float[][] values = {output};
        GradientCheck.check(loss.name(), values, analytic, () -> loss.loss(values[0], label));
        float[] scaled = new float[output.length];
        loss.gradient(output, label, 0.25f, scaled);
        for (int k = 0; k < scaled.length; k++) {
            analytic[0][k] *= 0.25f;
        }
        assertArrayEquals(analytic[0], scaled, 1e-7f);
    }
}

package net.scratchnet.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chapter "approximation" on the JVM: steps stand where -b/w says, bumps are as high as asked, more bumps fit better. */
class ApproximationLessonsTest {
    @Test
    void aSteepNeuronIsAStepAtMinusBOverW() {
        float w = 1000f;
        float b = StepNetwork.biasForStepAt(0.4f, w);
        assertEquals(0.4f, StepNetwork.stepPosition(w, b), 1e-6f);
        float[] y = new StepNetwork(new float[] {w}, new float[] {b}, new float[] {1f}).outputs(101);   // x = 0, 0.01, ...
        assertEquals(0f, y[38], 1e-6f);
        assertEquals(0.5f, y[40], 1e-4f);
        assertEquals(1f, y[42], 1e-6f);
    }

    @Test
    void twoStepsMakeABumpOfTheirHeight() {
        float[] heights = {0f, 0.7f, 0f, 0f};   // the second of four bumps: from 0.25 to 0.5
        float[] y = StepNetwork.bumps(heights, 2000f).outputs(101);
        assertEquals(0f, y[20], 1e-5f);
        assertEquals(0.7f, y[37], 1e-5f);
        assertEquals(0f, y[60], 1e-5f);
        assertEquals(0.7f, StepNetwork.bumps(new float[] {0.7f}, 2000f).outputs(3)[0], 1e-5f, "the ends are whole steps");
    }

    @Test
    void moreBumpsFollowTheCurveMoreClosely() {
        for (TargetCurve curve : TargetCurve.values()) {
            float previous = Float.POSITIVE_INFINITY;
            for (int bumps : new int[] {5, 10, 20, 50}) {
                float distance = curve.meanDistance(StepNetwork.bumps(curve.heights(bumps), 1000f).outputs(401));
                assertTrue(distance < previous, curve + " with " + bumps + " bumps: " + distance + " after " + previous);
                previous = distance;
            }
            assertTrue(previous < 0.01f, curve + " with 50 bumps: " + previous);
        }
        assertEquals(0.2f + 0.05f, TargetCurve.WIGGLE.at(0f), 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> TargetCurve.byId("circle"));
        assertThrows(IllegalArgumentException.class, () -> new StepNetwork(new float[] {1f}, new float[0], new float[] {1f}));
    }
}

package net.scratchnet.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DropoutTest {
    private static final Shape SHAPE = new Shape(4, 10, 10);

    private static float[][] ones(int rows) {
        float[][] x = new float[rows][SHAPE.size()];
        for (float[] row : x) {
            Arrays.fill(row, 1f);
        }
        return x;
    }

    private static Dropout training(float rate, int seed) {
        Dropout dropout = new Dropout(SHAPE, rate, seed);
        dropout.setTraining(true);
        return dropout;
    }

    @Test
    void duringTrainingSilencesAboutRateOfTheNumbersAndScalesTheRest() {
        float[][] y = training(0.25f, 3).forward(ones(25), 25);
        int silenced = 0;
        for (float[] row : y) {
            for (float v : row) {
                if (v == 0f) {
                    silenced++;
                } else {
                    assertEquals(1f / 0.75f, v, 1e-6f);  // kept and scaled: the expected output stays 1
                }
            }
        }
        double fraction = silenced / (25.0 * SHAPE.size());
        assertTrue(Math.abs(fraction - 0.25) < 0.02, "silenced " + fraction);
    }

    @Test
    void theGradientFlowsOnlyThroughTheKeptNumbers() {
        Dropout dropout = training(0.5f, 3);
        float[][] y = GradientCheck.copy(dropout.forward(ones(2), 2), 2);
        float[][] dx = dropout.backward(ones(2), 2, true);
        for (int r = 0; r < 2; r++) {
            assertArrayEquals(y[r], dx[r]);  // y = 1 ⊙ mask and dx = 1 ⊙ mask
        }
    }

    @Test
    void theSameSeedDrawsTheSameMasksAndEachBatchANewOne() {
        Dropout a = training(0.5f, 42);
        Dropout b = training(0.5f, 42);
        float[] first = a.forward(ones(1), 1)[0].clone();
        assertArrayEquals(first, b.forward(ones(1), 1)[0]);
        assertFalse(Arrays.equals(first, a.forward(ones(1), 1)[0]));
        assertFalse(Arrays.equals(first, training(0.5f, 43).forward(ones(1), 1)[0]));
    }

    @Test
    void outsideTrainingPassesEverythingThrough() {
        Dropout dropout = new Dropout(SHAPE, 0.5f, 1);  // a new layer is in evaluation mode
        float[][] x = ones(2);
        assertSame(x, dropout.forward(x, 2));
        assertSame(x, dropout.backward(x, 2, true));
        dropout.setTraining(true);
        dropout.forward(x, 2);
        dropout.setTraining(false);
        assertSame(x, dropout.forward(x, 2));
    }

    @Test
    void refusesARateThatIsNotAProbabilityBelowOne() {
        for (float rate : new float[] {-0.1f, 1f, Float.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Dropout(SHAPE, rate, 1));
            assertEquals("a dropout rate is a probability below 1, got " + rate, e.getMessage());
        }
        assertEquals("dropout 0.25", new Dropout(SHAPE, 0.25f, 1).describe());
        assertEquals(SHAPE, new Dropout(SHAPE, 0f, 1).outputShape());
    }
}

package net.scratchnet.layer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares an analytic gradient with a numerical one: (f(x + h) - f(x - h)) / 2h, the slope measured by nudging
 * one number at a time. If backpropagation has a mistake, the two disagree.
 */
public final class GradientCheck {
    /** h: small enough for the slope to be local, large enough for float rounding not to swamp the difference. */
    public static final float H = 1e-2f;

    private GradientCheck() {
    }

    /** A scalar function of the current contents of some array. */
    public interface Scalar {
        double value();
    }

    /**
     * Nudges each number of {@code values} by ±h, measures {@code f}, and checks the slope against
     * {@code analytic} (same shape).
     */
    public static void check(String what, float[][] values, float[][] analytic, Scalar f) {
        for (int r = 0; r < values.length; r++) {
            for (int j = 0; j < values[r].length; j++) {
                float saved = values[r][j];
                values[r][j] = saved + H;
                double plus = f.value();
                values[r][j] = saved - H;
                double minus = f.value();
                values[r][j] = saved;
                double numeric = (plus - minus) / (2 * H);
                double error = Math.abs(numeric - analytic[r][j]);
                assertTrue(error <= 2e-3 + 2e-2 * Math.abs(numeric),
                        what + "[" + r + "][" + j + "]: backprop says " + analytic[r][j] + ", numerically " + numeric);
            }
        }
    }

    /** A copy of the first {@code rows} rows of {@code m} (layers overwrite their buffers on every call). */
    public static float[][] copy(float[][] m, int rows) {
        float[][] result = new float[rows][];
        for (int r = 0; r < rows; r++) {
            result[r] = m[r].clone();
        }
        return result;
    }
}

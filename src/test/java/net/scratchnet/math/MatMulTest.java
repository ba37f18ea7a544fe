package net.scratchnet.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The unrolled products against the textbook triple loop. MatMul adds four terms per pass and finishes the rest
 * one at a time, so the sizes here cover every remainder (batch 1 to 9, inner sizes 1 to 9 and 13) and output
 * rows of odd lengths. Rows of a buffer past {@code batch} hold NaN: a product that read them would show it.
 */
class MatMulTest {
    private static final int[] SIZES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 13};
    private static final int[] OUTPUTS = {1, 3, 10, 17};
    private static final int SPARE_ROWS = 2;

    @Test
    void multiplyMatchesTheTripleLoop() {
        Rng rng = new Rng(11);
        for (int batch = 1; batch <= 9; batch++) {
            for (int in : SIZES) {
                for (int out : OUTPUTS) {
                    float[][] x = batchMatrix(rng, batch, in);
                    float[][] w = random(rng, in, out);
                    float[][] z = filled(batch + SPARE_ROWS, out, 42f); // stale values from a larger batch
                    MatMul.multiply(x, w, z, batch);
                    for (int b = 0; b < batch; b++) {
                        for (int j = 0; j < out; j++) {
                            double sum = 0;
                            double scale = 0;
                            for (int i = 0; i < in; i++) {
                                sum += (double) x[b][i] * w[i][j];
                                scale += Math.abs((double) x[b][i] * w[i][j]);
                            }
                            assertEquals(sum, z[b][j], 1e-6 * scale + 1e-9,
                                    "z[" + b + "][" + j + "], batch " + batch + ", " + in + "->" + out);
                        }
                    }
                    for (int b = batch; b < z.length; b++) {
                        assertEquals(42f, z[b][0], "row " + b + " is past the batch and stays as it was");
                    }
                }
            }
        }
    }

    @Test
    void multiplyTransposedLeftMatchesTheTripleLoop() {
        Rng rng = new Rng(12);
        for (int batch = 1; batch <= 9; batch++) {
            for (int in : SIZES) {
                for (int out : OUTPUTS) {
                    float[][] x = batchMatrix(rng, batch, in);
                    float[][] dz = batchMatrix(rng, batch, out);
                    float[][] dw = filled(in, out, 42f); // the last batch's gradient, to be overwritten
                    MatMul.multiplyTransposedLeft(x, dz, dw, batch);
                    for (int i = 0; i < in; i++) {
                        for (int j = 0; j < out; j++) {
                            double sum = 0;
                            double scale = 0;
                            for (int b = 0; b < batch; b++) {
                                sum += (double) x[b][i] * dz[b][j];
                                scale += Math.abs((double) x[b][i] * dz[b][j]);
                            }
                            assertEquals(sum, dw[i][j], 1e-6 * scale + 1e-9,
                                    "dw[" + i + "][" + j + "], batch " + batch + ", " + in + "->" + out);
                        }
                    }
                }
            }
        }
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        for (int rows : SIZES) {
            for (int cols : OUTPUTS) {
                float[][] m = random(new Rng(rows * 100 + cols), rows, cols);
                float[][] t = new float[cols][rows];
                MatMul.transpose(m, t);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        assertEquals(m[i][j], t[j][i]);
                    }
                }
            }
        }
    }

    /** {@code batch} random rows, then rows of NaN: a buffer sized for a larger batch. */
    private static float[][] batchMatrix(Rng rng, int batch, int cols) {
        float[][] m = random(rng, batch + SPARE_ROWS, cols);
        for (int b = batch; b < m.length; b++) {
            Arrays.fill(m[b], Float.NaN);
        }
        return m;
    }

    private static float[][] random(Rng rng, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextSymmetric(2f);
            }
        }
        return m;
    }

    private static float[][] filled(int rows, int cols, float value) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            Arrays.fill(row, value);
        }
        return m;
    }
}

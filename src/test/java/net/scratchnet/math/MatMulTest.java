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
                    assertProduct(x, w, z, batch, in, "z = x·w, batch " + batch + ", " + in + "->" + out);
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
                    float[][] xTransposed = new float[in][batch];
                    for (int b = 0; b < batch; b++) {
                        for (int i = 0; i < in; i++) {
                            xTransposed[i][b] = x[b][i];
                        }
                    }
                    assertProduct(xTransposed, dz, dw, in, batch,
                            "dw = xᵀ·dz, batch " + batch + ", " + in + "->" + out);
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

    /**
     * The first {@code rows} rows of {@code actual} are a·b, summed over {@code inner} terms by the triple loop
     * in double precision; float rounding may differ by about 1e-6 of the sum of the terms' sizes.
     */
    private static void assertProduct(float[][] a, float[][] b, float[][] actual, int rows, int inner, String what) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < b[0].length; c++) {
                double sum = 0;
                double scale = 0;
                for (int k = 0; k < inner; k++) {
                    sum += (double) a[r][k] * b[k][c];
                    scale += Math.abs((double) a[r][k] * b[k][c]);
                }
                assertEquals(sum, actual[r][c], 1e-6 * scale + 1e-9, what + ": [" + r + "][" + c + "]");
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

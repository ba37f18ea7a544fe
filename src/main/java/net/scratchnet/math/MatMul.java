package net.scratchnet.math;

import net.scratchnet.math.simd.SimdProducts;

/**
 * The matrix products that a dense layer needs, written so that the computer can run them fast.
 *
 * <p>Matrices are arrays of rows ({@code float[rows][cols]}). Every product is arranged so that its innermost
 * loop walks along rows: {@code out[j] += a * in[j]} over consecutive {@code j}. The JVM's JIT turns such a
 * loop into SIMD instructions (8 floats at a time with AVX2), but only when each array in it is indexed by the
 * loop counter itself, which is why we keep rows as separate arrays instead of one flat array with offsets.
 * Four terms are added per pass so that each row of the result is loaded and stored a quarter as often.
 *
 * <p>Only the first {@code batch} rows of a batch matrix are used: buffers are allocated once for the largest
 * mini-batch, and the last, smaller mini-batch of an epoch reuses them.
 *
 * <p>In the WebAssembly build, in a browser with SIMD, the products run instead on a hand-written WebAssembly
 * kernel, four floats at a time, and a convolution's gathers and scatters next to it ({@link SimdProducts}; see
 * {@link net.scratchnet.math.simd} for how and why). The loops below are what it computes; it adds the terms in
 * another order, so its results may differ from theirs in the last bits.
 */
public final class MatMul {
    /** The SIMD kernels where the platform has them, chosen once; null runs the Java loops below. */
    private static Products simd = SimdProducts.ifSupported();

    private MatMul() {
    }

    /**
     * Runs the products on the SIMD kernels ({@code true}, where they exist) or on the Java loops below
     * ({@code false}): tests and the benchmark compare the two. Returns whether the SIMD kernels are now in use.
     */
    public static boolean useSimd(boolean wanted) {
        simd = wanted ? SimdProducts.ifSupported() : null;
        return simd != null;
    }

    /**
     * z = x · w, the forward pass of a dense layer.
     *
     * <pre>x: [batch][in]   w: [in][out]   z: [batch][out]     z[b][j] = sum_i x[b][i] * w[i][j]</pre>
     */
    public static void multiply(float[][] x, float[][] w, float[][] z, int batch) {
        if (simd != null) {
            simd.multiply(x, w, z, batch);
            return;
        }
        int in = w.length;
        for (int b = 0; b < batch; b++) {
            float[] xRow = x[b];
            float[] zRow = z[b];
            java.util.Arrays.fill(zRow, 0f);
            int i = 0;
            for (; i + 4 <= in; i += 4) {
                addScaledRows(zRow, xRow[i], w[i], xRow[i + 1], w[i + 1], xRow[i + 2], w[i + 2], xRow[i + 3], w[i + 3]);
            }
            for (; i < in; i++) {
                addScaledRow(zRow, xRow[i], w[i]);
            }
        }
    }

    /**
     * dw = xᵀ · dz, the gradient of the weights.
     *
     * <pre>x: [batch][in]   dz: [batch][out]   dw: [in][out]     dw[i][j] = sum_b x[b][i] * dz[b][j]</pre>
     */
    public static void multiplyTransposedLeft(float[][] x, float[][] dz, float[][] dw, int batch) {
        if (simd != null) {
            simd.multiplyTransposedLeft(x, dz, dw, batch);
            return;
        }
        int in = dw.length;
        for (int i = 0; i < in; i++) {
            float[] dwRow = dw[i];
            java.util.Arrays.fill(dwRow, 0f);
            int b = 0;
            for (; b + 4 <= batch; b += 4) {
                addScaledRows(dwRow, x[b][i], dz[b], x[b + 1][i], dz[b + 1], x[b + 2][i], dz[b + 2], x[b + 3][i], dz[b + 3]);
            }
            for (; b < batch; b++) {
                addScaledRow(dwRow, x[b][i], dz[b]);
            }
        }
    }

    /**
     * For every example r: z[r] = a · cols_r, where cols_r = gather(x[r], source), the [rows][P] result laid out
     * row after row in z[r]. The forward product of a convolution, with its patches gathered first (im2col, see
     * {@link #gather}). {@code cols} and {@code product} are where the Java loops keep cols_r and a · cols_r;
     * the SIMD kernels gather the patches straight into their own memory instead, which saves copying them there,
     * and copy a there once for the whole batch.
     *
     * <pre>a: [rows][K]   x: [batch][n]   source: [K][P]   z: [batch][rows·P]
     * cols: [K][P]   product: [rows][P]</pre>
     */
    public static void multiplyGathered(float[][] a, float[][] x, int[][] source, float[][] cols, float[][] product,
                                        float[][] z, int batch) {
        if (simd != null) {
            simd.multiplyGathered(a, x, source, z, batch);
            return;
        }
        int positions = source[0].length;
        for (int r = 0; r < batch; r++) {
            gather(x[r], source, cols, 0);
            multiply(a, cols, product, a.length);
            for (int i = 0; i < a.length; i++) {
                System.arraycopy(product[i], 0, z[r], i * positions, positions);
            }
        }
    }

    /**
     * For every example r: dx[r] = scatter(a · b_r, source), where b_r is b[r] read as [inner][P], row after row.
     * The input gradient of a convolution: dL/dcols = W · dz, with im2col undone (see {@link #scatter}).
     * {@code rows} and {@code product} are where the Java loops keep b_r and a · b_r; the SIMD kernels scatter the
     * product from their own memory instead, which saves copying it out, and copy a there once for the batch.
     *
     * <pre>a: [K][inner]   b: [batch][inner·P]   source: [K][P]   dx: [batch][n]
     * rows: [inner][P]   product: [K][P]</pre>
     */
    public static void multiplyScattered(float[][] a, float[][] b, int[][] source, float[][] rows, float[][] product,
                                         float[][] dx, int batch) {
        if (simd != null) {
            simd.multiplyScattered(a, b, source, dx, batch);
            return;
        }
        int positions = source[0].length;
        for (int r = 0; r < batch; r++) {
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(b[r], i * positions, rows[i], 0, positions);
            }
            multiply(a, rows, product, a.length);
            scatter(product, source, dx[r]);
        }
    }

    /**
     * dw = xᵀ · g, where x stacks the transposes of every example's dz[r] (read as [in][P], row after row) and g
     * the rows gather(inputs[r], source) of every example r: a convolution's weight gradient, with its patches
     * gathered as rows (one per position, of every example). {@code rows} and {@code gathered} are where the Java
     * loops keep x and g; the SIMD kernels sum example by example instead, each dz[r] going into their own memory
     * as it is and its rows of g gathered next to it.
     *
     * <pre>dz: [batch][in·P]   inputs: [batch][n]   source: [P][K]   dw: [in][K]
     * rows: [batch·P][in]   gathered: [batch·P][K]</pre>
     */
    public static void multiplyTransposedLeftGathered(float[][] dz, float[][] rows, float[][] inputs, int[][] source,
                                                      float[][] gathered, float[][] dw, int batch) {
        if (simd != null) {
            simd.multiplyTransposedLeftGathered(dz, inputs, source, dw, batch);
            return;
        }
        int positions = source.length;
        for (int r = 0; r < batch; r++) {
            float[] dzRow = dz[r];
            for (int i = 0; i < dw.length; i++) {
                for (int p = 0; p < positions; p++) {
                    rows[r * positions + p][i] = dzRow[i * positions + p];
                }
            }
            gather(inputs[r], source, gathered, r * positions);
        }
        multiplyTransposedLeft(rows, gathered, dw, batch * positions);
    }

    /**
     * Copies numbers of {@code x} into rows of a matrix, from row {@code first} on, laid out like the table
     * {@code from}: {@code into[first + i][j] = x[from[i][j]]}, or 0 where {@code from[i][j]} is -1. A convolution
     * gathers its patches this way (im2col): with a table [K][P], patch p becomes column p; with [P][K], row p.
     */
    public static void gather(float[] x, int[][] from, float[][] into, int first) {
        for (int i = 0; i < from.length; i++) {
            int[] fromRow = from[i];
            float[] row = into[first + i];
            for (int j = 0; j < fromRow.length; j++) {
                row[j] = fromRow[j] < 0 ? 0f : x[fromRow[j]];
            }
        }
    }

    /**
     * The backward of {@link #gather}: {@code dx} becomes the sum, for every number of x, of the gradients of all
     * its copies (the chain rule sums over all the paths from it to the loss); -1 entries (padding zeros)
     * collect nothing. For a convolution this is col2im.
     *
     * <pre>dcols: [K][P]   to: [K][P]   dx: [n]</pre>
     */
    public static void scatter(float[][] dcols, int[][] to, float[] dx) {
        java.util.Arrays.fill(dx, 0f);
        for (int i = 0; i < to.length; i++) {
            int[] toRow = to[i];
            float[] dcol = dcols[i];
            for (int j = 0; j < toRow.length; j++) {
                if (toRow[j] >= 0) {
                    dx[toRow[j]] += dcol[j];
                }
            }
        }
    }

    /**
     * t = mᵀ: {@code t[j][i] = m[i][j]}.
     *
     * <p>A dense layer's backward pass needs dx = dz · Wᵀ. Multiplied directly, each element would be a dot
     * product of two rows, a sum the JIT will not vectorise (that would reorder the additions and change the
     * result). Transposing W first costs in·out copies per batch, far less than the batch·in·out multiply-adds
     * it speeds up, and turns the product into one of the same shape as the forward pass.
     */
    public static void transpose(float[][] m, float[][] t) {
        for (int i = 0; i < m.length; i++) {
            float[] row = m[i];
            for (int j = 0; j < row.length; j++) {
                t[j][i] = row[j];
            }
        }
    }

    /** out += a0·r0 + a1·r1 + a2·r2 + a3·r3, element by element. */
    private static void addScaledRows(float[] out, float a0, float[] r0, float a1, float[] r1,
                                      float a2, float[] r2, float a3, float[] r3) {
        for (int j = 0; j < out.length; j++) {
            out[j] += a0 * r0[j] + a1 * r1[j] + a2 * r2[j] + a3 * r3[j];
        }
    }

    /** out += a·r, element by element. */
    private static void addScaledRow(float[] out, float a, float[] r) {
        for (int j = 0; j < out.length; j++) {
            out[j] += a * r[j];
        }
    }
}

package net.scratchnet.math.simd;

import net.scratchnet.math.MatMul;
import net.scratchnet.math.Rng;

/**
 * Runs {@link MatMul}'s products on random matrices twice, on the SIMD kernels and on the Java loops, and
 * measures how far apart the two results are: the two products, and a convolution's three (on random patch
 * tables with padding entries). The WebAssembly core runs it in Chromium (SimdInChromiumIT):
 * the only place where both paths exist.
 *
 * <p>The sizes are drawn from 1 to {@value #MAX_SIZE}, so most are not multiples of the kernel's 4 rows or 8
 * columns; the first pair has every size 1. The distance of two results is measured per element, relative to the sum of the
 * absolute values of the terms added up there (float rounding grows with that sum, not with the result,
 * which can be near zero when terms cancel); the largest such distance is reported.
 */
public final class ProductComparison {
    /** The largest size of a random matrix side. */
    static final int MAX_SIZE = 70;

    private ProductComparison() {
    }

    /**
     * {@code products} random pairs of products from {@code seed}: the largest relative distance between the
     * SIMD and the Java results, or -1 when there are no SIMD kernels here. Leaves MatMul on the SIMD kernels
     * where they exist.
     */
    public static float largestDistance(int seed, int products) {
        if (!MatMul.useSimd(true)) {
            return -1f;
        }
        Rng rng = new Rng(seed);
        float largest = 0f;
        for (int n = 0; n < products; n++) {
            // The first pair is 1×1 by 1×1, the smallest there is; the others are drawn.
            int batch = n == 0 ? 1 : 1 + rng.nextInt(MAX_SIZE);
            int in = n == 0 ? 1 : 1 + rng.nextInt(MAX_SIZE);
            int out = n == 0 ? 1 : 1 + rng.nextInt(MAX_SIZE);
            float[][] x = random(rng, batch, in);
            float[][] w = random(rng, in, out);
            float[][] dz = random(rng, batch, out);
            // z = x · w
            float[][] simd = new float[batch][out];
            float[][] java = new float[batch][out];
            MatMul.useSimd(true);
            MatMul.multiply(x, w, simd, batch);
            MatMul.useSimd(false);
            MatMul.multiply(x, w, java, batch);
            largest = Math.max(largest, distance(simd, java, magnitudes(x, w)));
            // dw = xᵀ · dz
            simd = new float[in][out];
            java = new float[in][out];
            MatMul.useSimd(true);
            MatMul.multiplyTransposedLeft(x, dz, simd, batch);
            MatMul.useSimd(false);
            MatMul.multiplyTransposedLeft(x, dz, java, batch);
            largest = Math.max(largest, distance(simd, java, magnitudes(transpose(x), dz)));
            // A convolution's products, on a few examples' vectors v[r] of `out` numbers and a random table
            // source [in][length] of indices into them, with padding entries: z[r] = x · gather(v[r], source), and
            // dv[r] = scatter(w · up[r], source).
            int length = n == 0 ? 1 : 1 + rng.nextInt(MAX_SIZE);
            int examples = 1 + rng.nextInt(3);
            float[][] v = random(rng, examples, out);
            int[][] source = randomTable(rng, in, length, out);
            simd = new float[examples][batch * length];
            java = new float[examples][batch * length];
            MatMul.useSimd(true);
            MatMul.multiplyGathered(x, v, source, new float[in][length], new float[batch][length], simd, examples);
            MatMul.useSimd(false);
            MatMul.multiplyGathered(x, v, source, new float[in][length], new float[batch][length], java, examples);
            float[][] gathered = new float[in][length];
            for (int r = 0; r < examples; r++) {
                MatMul.gather(v[r], source, gathered, 0);
                largest = Math.max(largest, distance(new float[][] {simd[r]}, new float[][] {java[r]},
                        new float[][] {flat(magnitudes(x, gathered))}));
            }
            float[][] up = random(rng, examples, out * length);
            simd = new float[examples][out];
            java = new float[examples][out];
            MatMul.useSimd(true);
            MatMul.multiplyScattered(w, up, source, new float[out][length], new float[in][length], simd, examples);
            MatMul.useSimd(false);
            MatMul.multiplyScattered(w, up, source, new float[out][length], new float[in][length], java, examples);
            for (int r = 0; r < examples; r++) {
                float[][] upRows = new float[out][length];
                for (int i = 0; i < out; i++) {
                    System.arraycopy(up[r], i * length, upRows[i], 0, length);
                }
                float[][] scatteredMagnitudes = {new float[out]};
                MatMul.scatter(magnitudes(w, upRows), source, scatteredMagnitudes[0]);
                largest = Math.max(largest, distance(new float[][] {simd[r]}, new float[][] {java[r]},
                        scatteredMagnitudes));
            }
            // and dw = dzᵀ · g, g the rows gathered from those vectors by a table [positions][in] (at most
            // MAX_SIZE rows in all, as in the other sums)
            int positions = 1 + rng.nextInt(MAX_SIZE / examples);
            int[][] byPosition = randomTable(rng, positions, in, out);
            float[][] dzs = random(rng, examples, batch * positions);
            float[][] rows = new float[examples * positions][batch];
            float[][] g = new float[examples * positions][in];
            simd = new float[batch][in];
            java = new float[batch][in];
            MatMul.useSimd(true);
            MatMul.multiplyTransposedLeftGathered(dzs, rows, v, byPosition, g, simd, examples);
            MatMul.useSimd(false);
            MatMul.multiplyTransposedLeftGathered(dzs, rows, v, byPosition, g, java, examples);
            largest = Math.max(largest, distance(simd, java, magnitudes(transpose(rows), g)));
        }
        MatMul.useSimd(true);
        return largest;
    }

    /** The largest |s - j| / m over all elements. */
    private static float distance(float[][] s, float[][] j, float[][] m) {
        float largest = 0f;
        for (int r = 0; r < s.length; r++) {
            for (int c = 0; c < s[r].length; c++) {
                largest = Math.max(largest, Math.abs(s[r][c] - j[r][c]) / Math.max(m[r][c], Float.MIN_NORMAL));
            }
        }
        return largest;
    }

    /** sum_k |a[r][k] · b[k][c]| for every element of a · b: the scale of its rounding. */
    private static float[][] magnitudes(float[][] a, float[][] b) {
        float[][] m = new float[a.length][b[0].length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < b[0].length; c++) {
                for (int k = 0; k < b.length; k++) {
                    m[r][c] += Math.abs(a[r][k] * b[k][c]);
                }
            }
        }
        return m;
    }

    private static float[][] transpose(float[][] m) {
        float[][] t = new float[m[0].length][m.length];
        MatMul.transpose(m, t);
        return t;
    }

    /**
     * A gather table [rows][cols] of indices into n numbers, like a convolution's: mostly runs of consecutive
     * indices (a window's row is a stretch of an image row), which the SIMD kernel copies four at a time; one entry
     * in eight starts a run somewhere else, and one in eight is -1 (a padding zero).
     */
    private static int[][] randomTable(Rng rng, int rows, int cols, int n) {
        int[][] table = new int[rows][cols];
        for (int[] row : table) {
            for (int c = 0; c < cols; c++) {
                int draw = rng.nextInt(8);
                boolean runGoesOn = c > 0 && row[c - 1] >= 0 && row[c - 1] + 1 < n;
                row[c] = draw == 0 ? -1 : draw == 1 || !runGoesOn ? rng.nextInt(n) : row[c - 1] + 1;
            }
        }
        return table;
    }

    /** The rows of m one after another. */
    private static float[] flat(float[][] m) {
        float[] flat = new float[m.length * m[0].length];
        for (int r = 0; r < m.length; r++) {
            System.arraycopy(m[r], 0, flat, r * m[0].length, m[0].length);
        }
        return flat;
    }

    /** rows × cols numbers drawn uniformly from (-1, 1). */
    private static float[][] random(Rng rng, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int c = 0; c < cols; c++) {
                row[c] = rng.nextSymmetric(1f);
            }
        }
        return m;
    }
}

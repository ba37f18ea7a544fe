package net.scratchnet.math.simd;

import net.scratchnet.math.MatMul;
import net.scratchnet.math.Rng;

/**
 * Runs {@link MatMul}'s products on random matrices twice, on the SIMD kernels and on the Java loops, and
 * measures how far apart the two results are: the two products, and a convolution's two (gathered, on a random
 * table with padding entries, and scattered). The WebAssembly core runs it in Chromium (SimdInChromiumIT):
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
            // A convolution's products: z = x · gather(v, source) and dv = scatter(w · up, source), with a random
            // table source [in][length] of indices into v (out numbers) and padding entries.
            int length = n == 0 ? 1 : 1 + rng.nextInt(MAX_SIZE);
            float[] v = random(rng, 1, out)[0];
            int[][] source = randomTable(rng, in, length, out);
            float[][] gathered = new float[in][length];
            MatMul.gather(v, source, gathered, 0);
            simd = new float[batch][length];
            java = new float[batch][length];
            MatMul.useSimd(true);
            MatMul.multiplyGathered(x, v, source, new float[in][length], simd);
            MatMul.useSimd(false);
            MatMul.multiplyGathered(x, v, source, new float[in][length], java);
            largest = Math.max(largest, distance(simd, java, magnitudes(x, gathered)));
            float[][] up = random(rng, out, length);
            float[][] scatteredSimd = {new float[out]};
            float[][] scatteredJava = {new float[out]};
            MatMul.useSimd(true);
            MatMul.multiplyScattered(w, up, source, new float[in][length], scatteredSimd[0]);
            MatMul.useSimd(false);
            MatMul.multiplyScattered(w, up, source, new float[in][length], scatteredJava[0]);
            float[][] scatteredMagnitudes = {new float[out]};
            MatMul.scatter(magnitudes(w, up), source, scatteredMagnitudes[0]);
            largest = Math.max(largest, distance(scatteredSimd, scatteredJava, scatteredMagnitudes));
            // and dw = xᵀ · g, g the rows gathered from a few examples' vectors by a table [positions][in]
            // (at most MAX_SIZE rows in all, as in the other sums)
            int examples = 1 + rng.nextInt(3);
            int positions = 1 + rng.nextInt(MAX_SIZE / examples);
            float[][] inputs = random(rng, examples, out);
            int[][] byPosition = randomTable(rng, positions, in, out);
            float[][] rows = random(rng, examples * positions, batch);
            float[][] g = new float[examples * positions][in];
            simd = new float[batch][in];
            java = new float[batch][in];
            MatMul.useSimd(true);
            MatMul.multiplyTransposedLeftGathered(rows, inputs, byPosition, g, simd, examples);
            MatMul.useSimd(false);
            MatMul.multiplyTransposedLeftGathered(rows, inputs, byPosition, g, java, examples);
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

    /** A gather table [rows][cols] of indices into n numbers, about one in five -1 (a padding zero). */
    private static int[][] randomTable(Rng rng, int rows, int cols, int n) {
        int[][] table = new int[rows][cols];
        for (int[] row : table) {
            for (int c = 0; c < cols; c++) {
                row[c] = rng.nextInt(5) == 0 ? -1 : rng.nextInt(n);
            }
        }
        return table;
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

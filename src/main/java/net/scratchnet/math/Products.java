package net.scratchnet.math;

/**
 * Another way to compute {@link MatMul}'s products, faster on some platform: the seam through which the
 * WebAssembly build runs them on SIMD kernels ({@link net.scratchnet.math.simd.SimdProducts}). An
 * implementation computes the same numbers as MatMul's loops, up to float rounding.
 */
public interface Products {
    /** z = x · w, as {@link MatMul#multiply}. */
    void multiply(float[][] x, float[][] w, float[][] z, int batch);

    /** dw = xᵀ · dz, as {@link MatMul#multiplyTransposedLeft}. */
    void multiplyTransposedLeft(float[][] x, float[][] dz, float[][] dw, int batch);

    /** z[r] = a · gather(x[r], source), as {@link MatMul#multiplyGathered}, without the Java loops' rooms. */
    void multiplyGathered(float[][] a, float[][] x, int[][] source, float[][] z, int batch);

    /** dx[r] = scatter(a · b[r], source), as {@link MatMul#multiplyScattered}, without the Java loops' rooms. */
    void multiplyScattered(float[][] a, float[][] b, int[][] source, float[][] dx, int batch);

    /** dw = dzᵀ · (gathered inputs), as {@link MatMul#multiplyTransposedLeftGathered}, without its rooms. */
    void multiplyTransposedLeftGathered(float[][] dz, float[][] inputs, int[][] source, float[][] dw, int batch);
}

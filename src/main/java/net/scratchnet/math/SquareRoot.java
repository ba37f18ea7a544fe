package net.scratchnet.math;

import net.scratchnet.math.simd.SimdProducts;

/**
 * √x of a float, correctly rounded, so the same number on every platform.
 *
 * <p>On the JVM this is {@code (float) Math.sqrt(x)}: the square root of a float, worked out in double and rounded
 * to float, is the correctly rounded float square root. TeaVM's WebAssembly build calls out to JavaScript's
 * {@code Math.sqrt} for it, about 16 ns a call, and Adam takes one per weight per step (80,000 per mini-batch for
 * the CNN preset). There, where the page loaded the SIMD kernels, the kernel {@code squareRoot} of products.wat
 * answers instead: one WebAssembly instruction, {@code f32.sqrt}, also correctly rounded, behind a call that stays
 * inside WebAssembly.
 */
public final class SquareRoot {
    /** Whether the kernel is there: only in the WebAssembly build, in a browser that runs the SIMD kernels. */
    private static final boolean KERNEL = SimdProducts.kernelsAvailable();

    private SquareRoot() {
    }

    /**
     * √x, correctly rounded (NaN for x &lt; 0). {@code isWebAssembly()} is a constant that TeaVM puts in, so the
     * JavaScript build, which has no kernels, leaves the call to one out.
     */
    public static float of(float x) {
        return SimdProducts.isWebAssembly() && KERNEL ? SimdProducts.squareRoot(x) : (float) Math.sqrt(x);
    }
}

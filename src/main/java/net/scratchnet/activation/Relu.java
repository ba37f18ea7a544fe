package net.scratchnet.activation;

/** ReLU(z) = max(0, z): the rectified linear unit, cheap and the usual choice for hidden layers today. */
public final class Relu implements Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    public float apply(float z) {
        return z > 0f ? z : 0f;
    }

    /** 1 for z > 0, else 0. At z = 0 the derivative does not exist; like every library, we take 0. */
    @Override
    public float derivative(float z, float a) {
        return z > 0f ? 1f : 0f;
    }

    /**
     * a = max(0, z), a row at a time (see {@link Activation#applyAll}), without an if per number. Whether z is
     * above 0 is a coin toss for the processor, which guesses a branch ahead and pays about 15 cycles when it
     * guesses wrong, half the time here: more than the rest of the loop (TeaVM's WebAssembly keeps every
     * {@code ? :} a branch). So the sign is read as a mask instead: {@code bits >> 31} is all ones for a
     * negative z (its sign bit set) and 0 otherwise, and clearing z's bits where it is all ones leaves +0.
     * The same numbers as {@link #apply} for every z but NaN (kept here; a run that has one has blown up).
     */
    @Override
    public void applyAll(float[] z, float[] a, int n) {
        for (int j = 0; j < n; j++) {
            int bits = Float.floatToRawIntBits(z[j]);
            a[j] = Float.intBitsToFloat(bits & ~(bits >> 31));
        }
    }

    /**
     * The gradient passes where the neuron was on (z &gt; 0) and stops where it was off, without an if per number
     * (see {@link #applyAll}): {@code ~((bits - 1) | bits) >> 31} is all ones exactly when z's bits, read as an
     * int, are above 0, which is z &gt; 0 (0 and -0 are 0 and the smallest int), and 0 otherwise; da's bits are
     * kept under it. The same numbers as da · {@link #derivative} for every z but NaN.
     */
    @Override
    public void backwardAll(float[] z, float[] a, float[] da, float[] dz, int n) {
        for (int j = 0; j < n; j++) {
            int bits = Float.floatToRawIntBits(z[j]);
            int on = ~((bits - 1) | bits) >> 31;
            dz[j] = Float.intBitsToFloat(Float.floatToRawIntBits(da[j]) & on);
        }
    }
}

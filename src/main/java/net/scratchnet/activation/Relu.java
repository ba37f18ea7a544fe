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

    /** a = max(0, z), a row at a time (see {@link Activation#applyAll}: the same numbers, without a call each). */
    @Override
    public void applyAll(float[] z, float[] a, int n) {
        for (int j = 0; j < n; j++) {
            a[j] = z[j] > 0f ? z[j] : 0f;
        }
    }

    /** The gradient passes where the neuron was on (z > 0) and stops where it was off. */
    @Override
    public void backwardAll(float[] z, float[] a, float[] da, float[] dz, int n) {
        for (int j = 0; j < n; j++) {
            dz[j] = z[j] > 0f ? da[j] : 0f;
        }
    }
}

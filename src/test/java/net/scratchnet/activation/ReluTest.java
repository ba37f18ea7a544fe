package net.scratchnet.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.scratchnet.math.Rng;
import org.junit.jupiter.api.Test;

class ReluTest {
    /** ReLU's own row loops give what its f and f' give one number at a time (the interface's loops). */
    @Test
    void itsRowLoopsAreItsFunctionAndDerivative() {
        Relu relu = new Relu();
        Rng rng = new Rng(5);
        int n = 101;
        float[] z = new float[n];
        float[] da = new float[n];
        for (int j = 0; j < n; j++) {
            z[j] = rng.nextSymmetric(2f);
            da[j] = rng.nextSymmetric(1f);
        }
        float[] edges = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        System.arraycopy(edges, 0, z, 0, edges.length);
        float[] a = new float[n];
        float[] dz = new float[n];
        relu.applyAll(z, a, n);
        relu.backwardAll(z, a, da, dz, n);
        for (int j = 0; j < n; j++) {
            assertEquals(relu.apply(z[j]), a[j], 0f, "a at " + z[j]);
            assertEquals(da[j] * relu.derivative(z[j], a[j]), dz[j], 0f, "dz at " + z[j]);
        }
    }
}

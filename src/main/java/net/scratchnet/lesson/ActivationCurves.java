package net.scratchnet.lesson;

import net.scratchnet.activation.Activation;
import net.scratchnet.activation.Activations;

/** Samples an activation function and its derivative on a range, for plotting them. */
public final class ActivationCurves {
    private ActivationCurves() {
    }

    /**
     * f(z) and f'(z) at {@code count} evenly spaced z from {@code from} to {@code to}: the first {@code count}
     * numbers are f, the next {@code count} are f'.
     *
     * @throws IllegalArgumentException for an unknown activation or fewer than 2 samples
     */
    public static float[] sample(String activation, float from, float to, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a curve needs at least 2 samples, got " + count);
        }
        Activation f = Activations.byName(activation);
        float[] curves = new float[2 * count];
        for (int i = 0; i < count; i++) {
            float z = from + (to - from) * i / (count - 1);
            float a = f.apply(z);
            curves[i] = a;
            curves[count + i] = f.derivative(z, a);
        }
        return curves;
    }
}

package net.scratchnet.activation;

/** tanh(z) = (e^z - e^-z) / (e^z + e^-z): like sigmoid, but centred on 0, with outputs in (-1, 1). */
public final class Tanh implements Activation {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public float apply(float z) {
        return (float) StrictMath.tanh(z);
    }

    /** tanh'(z) = 1 - tanh²(z) = 1 - a². */
    @Override
    public float derivative(float z, float a) {
        return 1f - a * a;
    }
}

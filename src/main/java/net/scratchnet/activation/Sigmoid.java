package net.scratchnet.activation;

/** σ(z) = 1 / (1 + e^-z): squashes any number into (0, 1), the "firing rate" of a neuron. */
public final class Sigmoid implements Activation {
    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public float apply(float z) {
        return (float) (1.0 / (1.0 + StrictMath.exp(-z)));
    }

    /** σ'(z) = σ(z)(1 - σ(z)) = a(1 - a). At most 1/4, which is why deep sigmoid networks learn slowly. */
    @Override
    public float derivative(float z, float a) {
        return a * (1f - a);
    }
}

package net.scratchnet.activation;

/**
 * LeakyReLU(z) = z for z > 0, else 0.01·z: a ReLU whose negative side keeps a small slope, so that a neuron
 * pushed below zero still gets a gradient and can recover (a plain ReLU neuron there is "dead").
 */
public final class LeakyRelu implements Activation {
    /** The slope for negative z. */
    public static final float SLOPE = 0.01f;

    @Override
    public String name() {
        return "leakyrelu";
    }

    @Override
    public float apply(float z) {
        return z > 0f ? z : SLOPE * z;
    }

    @Override
    public float derivative(float z, float a) {
        return z > 0f ? 1f : SLOPE;
    }
}

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
}

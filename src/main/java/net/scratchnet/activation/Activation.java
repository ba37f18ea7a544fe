package net.scratchnet.activation;

/**
 * An activation function f, applied to each neuron's weighted sum z to give its output a = f(z).
 *
 * <p>Each function comes with its derivative, as a pair: the forward pass needs f, backpropagation needs f'.
 * Without a non-linear f, a stack of layers would collapse into one linear map and could only draw straight
 * decision boundaries.
 *
 * <p>Implementations use {@code StrictMath} for e^x and friends: it is specified to the bit (the fdlibm
 * algorithms), so every JVM gives the same numbers, whereas {@code Math.exp} may differ in the last bit from
 * one JVM to the next. In the browser, TeaVM compiles both to JavaScript's {@code Math.exp}, which the
 * standard leaves approximate; Chromium's is a port of the same fdlibm code.
 */
public interface Activation {
    /** The name used in network specs, e.g. "sigmoid". */
    String name();

    /** a = f(z). */
    float apply(float z);

    /**
     * f'(z). Both z and a = f(z) are given because some derivatives are cheapest in terms of a,
     * e.g. sigmoid's f'(z) = a(1 - a).
     */
    float derivative(float z, float a);

    /**
     * a[j] = f(z[j]) for every j below n: what {@link net.scratchnet.layer.ActivationLayer} does to each row. A
     * function may give the loop its own body ({@link Relu} does): here {@code apply} is an interface call per
     * number, which TeaVM's WebAssembly build does not inline and which costs more than a ReLU itself.
     */
    default void applyAll(float[] z, float[] a, int n) {
        for (int j = 0; j < n; j++) {
            a[j] = apply(z[j]);
        }
    }

    /**
     * dz[j] = da[j] · f'(z[j]) for every j below n, with a = f(z): the chain rule through f, for each row of
     * {@link net.scratchnet.layer.ActivationLayer}'s backward pass (overridden for speed as {@link #applyAll}).
     */
    default void backwardAll(float[] z, float[] a, float[] da, float[] dz, int n) {
        for (int j = 0; j < n; j++) {
            dz[j] = da[j] * derivative(z[j], a[j]);
        }
    }
}

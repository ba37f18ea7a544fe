package net.scratchnet.layer;

/**
 * A matrix of numbers that training adjusts (a layer's weights or biases), together with the gradient of the
 * loss with respect to each of them, filled in by the last backward pass.
 */
public final class Parameter {
    private final String name;
    private final float[][] values;
    private final float[][] gradients;
    private final boolean weightDecay;

    /**
     * @param weightDecay whether L2 weight decay applies: it does to weights, not to biases (a bias only shifts a
     *                    neuron's threshold; shrinking it does not make the network smoother)
     */
    public Parameter(String name, int rows, int cols, boolean weightDecay) {
        this.name = name;
        this.values = new float[rows][cols];
        this.gradients = new float[rows][cols];
        this.weightDecay = weightDecay;
    }

    /** e.g. "dense1.weights". */
    public String name() {
        return name;
    }

    /** The values, row by row; training changes them in place. */
    public float[][] values() {
        return values;
    }

    /** dL/d(value) for each value, from the last backward pass. */
    public float[][] gradients() {
        return gradients;
    }

    public boolean weightDecay() {
        return weightDecay;
    }

    public int rows() {
        return values.length;
    }

    public int cols() {
        return values[0].length;
    }

    /** How many numbers this parameter holds. */
    public int size() {
        return rows() * cols();
    }
}

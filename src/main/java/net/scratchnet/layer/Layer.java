package net.scratchnet.layer;

import java.util.List;

/**
 * One step of a network: a function from a batch of input rows to a batch of output rows, and its derivative.
 *
 * <p>Every layer does the same three things. {@code forward} computes outputs from inputs and remembers what
 * backpropagation will need. {@code backward} receives dL/d(output), stores dL/d(parameter) for each of its
 * parameters, and returns dL/d(input) for the layer before it: the chain rule, one layer at a time.
 *
 * <p>Batches are {@code float[rows][size]} with one example per row. Only the first {@code batch} rows are used:
 * a layer allocates its buffers for the largest batch it has seen and reuses them, so that training allocates
 * nothing per mini-batch. The arrays a layer returns belong to it and are overwritten by its next call.
 */
public interface Layer {
    int inputSize();

    int outputSize();

    /**
     * The shape of one input row: channels × height × width for an image, size×1×1 for a vector. The row is the
     * same {@code inputSize()} numbers either way; the shape says how to read them, so that a network can refuse
     * to connect layers whose shapes disagree when it is built, instead of failing with an index error later.
     */
    default Shape inputShape() {
        return Shape.flat(inputSize());
    }

    /** The shape of one output row (see {@link #inputShape()}). */
    default Shape outputShape() {
        return Shape.flat(outputSize());
    }

    /**
     * Switches between training (true) and evaluation or prediction (false). Only a layer that behaves
     * differently while it learns cares, such as {@link Dropout}, which silences random neurons during training
     * only. A switch, rather than a flag on every {@code forward} call, leaves every other layer and every caller
     * of {@code forward} unchanged. Layers start in evaluation mode, so a prediction is never random.
     */
    default void setTraining(boolean training) {
    }

    /** Outputs for the first {@code batch} rows of {@code input}. */
    float[][] forward(float[][] input, int batch);

    /**
     * Given dL/d(output) for the batch of the last forward call: fills the parameters' gradients and returns
     * dL/d(input), or null when {@code inputGradientNeeded} is false. The first layer's input is the data itself,
     * which nobody changes, so its gradient would be wasted work (for 784 inputs, as much as all the rest).
     */
    float[][] backward(float[][] outputGradient, int batch, boolean inputGradientNeeded);

    /** The trainable parameters (empty for a layer that only applies a function). */
    List<Parameter> parameters();

    /** How many numbers training adjusts in this layer: the network's count is the sum of its layers'. */
    default int parameterCount() {
        int count = 0;
        for (Parameter parameter : parameters()) {
            count += parameter.size();
        }
        return count;
    }

    /** A short description, e.g. "dense 784 -> 16" or "sigmoid". */
    String describe();
}

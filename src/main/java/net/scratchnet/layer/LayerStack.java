package net.scratchnet.layer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.scratchnet.activation.Activation;

/**
 * Layers in order, each one's output feeding the next one's input, checked as they are added: a layer whose input
 * shape differs from the shape coming out of the one before is refused right away, with both shapes in the message
 * ("conv5x5x16 expects 8×12×12 input but gets 8×24×24"), instead of failing with an index error while training.
 *
 * <p>Two layers are built here because their shape depends on what comes before them: an activation keeps the
 * shape it is given, whatever it is. A flat input shape (a dense layer's) accepts any shape of the same size: the
 * rows are stored flat, so a dense layer reads feature maps as one vector without a flattening step.
 */
public final class LayerStack {
    private final Shape inputShape;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Shape> outputShapes = new ArrayList<>();  // outputShapes.get(k): what layer k gives

    /** An empty stack for inputs of {@code inputShape}, e.g. 1×28×28 for an image or 784 for a vector. */
    public LayerStack(Shape inputShape) {
        this.inputShape = inputShape;
    }

    /**
     * Appends {@code layer}.
     *
     * @throws IllegalArgumentException when its input shape is not what the stack gives so far
     */
    public LayerStack add(Layer layer) {
        Shape given = shape();
        Shape expected = layer.inputShape();
        boolean fits = expected.equals(given) || expected.isFlat() && expected.size() == given.size();
        if (!fits) {
            String sizes = expected.isFlat() ? " (" + given.size() + " numbers)" : "";
            throw new IllegalArgumentException(layer.describe() + " expects " + expected + " input but gets " + given
                    + sizes);
        }
        layers.add(layer);
        outputShapes.add(layer.outputShape());
        return this;
    }

    /** Appends the activation {@code f}, applied to every number of the current shape, which it keeps. */
    public LayerStack activation(Activation f) {
        Shape shape = shape();
        layers.add(new ActivationLayer(f, shape.size()));
        outputShapes.add(shape);
        return this;
    }

    /** What the stack gives so far: the last layer's output shape, or the input shape while it is empty. */
    public Shape shape() {
        return layers.isEmpty() ? inputShape : outputShapes.get(outputShapes.size() - 1);
    }

    public Shape inputShape() {
        return inputShape;
    }

    /** The layers, first to last (read-only). */
    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /**
     * The shape of layer {@code k}'s output: unlike {@code layers().get(k).outputShape()}, an activation's is the
     * shape it keeps (8×24×24 after a convolution), so its output can be drawn as feature maps.
     */
    public Shape outputShape(int k) {
        return outputShapes.get(k);
    }
}

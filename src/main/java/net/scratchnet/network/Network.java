package net.scratchnet.network;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.activation.Activations;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.Dropout;
import net.scratchnet.layer.Layer;
import net.scratchnet.layer.LayerStack;
import net.scratchnet.layer.MaxPool2D;
import net.scratchnet.layer.Parameter;
import net.scratchnet.layer.Shape;
import net.scratchnet.loss.Loss;
import net.scratchnet.loss.Losses;
import net.scratchnet.math.Rng;

/**
 * A feed-forward network: a sequence of layers, each feeding the next, and the loss that judges the last one.
 *
 * <p>{@code 784-16-16-10 sigmoid} becomes: dense 784→16, sigmoid, dense 16→16, sigmoid, dense 16→10; the 10
 * outputs are scores that the cross-entropy loss turns into probabilities (softmax). With the mse loss
 * ({@code 784-16-16-10 sigmoid mse}) the output layer gets the same activation as the hidden ones, and the
 * loss compares those outputs with the one-hot target directly. A spec written layer by layer
 * ({@code 28x28x1 conv5x5x8 relu pool2 dense10}) becomes exactly the layers it names. Our goal is code you can
 * read in one sitting, not a framework: there is no graph and no autograd, just layers that know their own
 * derivative.
 */
public final class Network {
    private final NetworkSpec spec;
    private final LayerStack stack;  // the layers, checked shape by shape as they were added
    private final List<Layer> layers;  // stack.layers(), kept: a read-only view, not a copy
    private final List<DenseLayer> denseLayers = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final Loss loss;

    /**
     * A network with weights initialised from {@code seed}: the same seed always gives the same weights (and
     * the same dropout masks). One generator fills every layer's weights in order, then each dropout layer
     * takes its own seed from it where it stands.
     */
    public Network(NetworkSpec spec, int seed) {
        this.spec = spec;
        this.loss = Losses.byName(spec.loss());
        this.stack = new LayerStack(spec.inputShape());
        Rng rng = new Rng(seed);
        int convs = 0;
        for (LayerSpec layer : spec.layers()) {
            Shape in = stack.shape();
            if (layer instanceof LayerSpec.Activation a) {
                stack.activation(Activations.byName(a.name()));
            } else if (layer instanceof LayerSpec.Conv c) {
                convs++;
                Conv2D conv = new Conv2D(in, c.kernel(), c.filters(), c.stride(), c.padding(), "conv" + convs);
                spec.initialization().fill(conv.weights().values(), rng);
                add(conv);
            } else if (layer instanceof LayerSpec.Pool p) {
                add(new MaxPool2D(in, p.window(), p.stride()));
            } else if (layer instanceof LayerSpec.Dense d) {
                DenseLayer dense = new DenseLayer(in.size(), d.size(), "dense" + (denseLayers.size() + 1));
                spec.initialization().fill(dense.weights().values(), rng);
                denseLayers.add(dense);
                add(dense);
            } else if (layer instanceof LayerSpec.Dropout d) {
                add(new Dropout(in, d.rate(), rng.nextInt()));
            }
        }
        this.layers = stack.layers();
    }

    private void add(Layer layer) {
        stack.add(layer);
        parameters.addAll(layer.parameters());
    }

    /** Shorthand for {@code new Network(NetworkSpec.parse(spec), seed)}. */
    public static Network fromSpec(String spec, int seed) {
        return new Network(NetworkSpec.parse(spec), seed);
    }

    public NetworkSpec spec() {
        return spec;
    }

    public int inputSize() {
        return spec.inputSize();
    }

    public int outputSize() {
        return spec.outputSize();
    }

    /** The layers, first to last (read-only). */
    public List<Layer> layers() {
        return layers;
    }

    /**
     * The shape of layer {@code k}'s output: for an activation, the shape it keeps (8×24×24 after a
     * convolution), so that its output can be drawn as feature maps.
     */
    public Shape outputShape(int k) {
        return stack.outputShape(k);
    }

    /**
     * Switches every layer between training (true) and evaluation or prediction (false): only dropout cares.
     * A network starts in evaluation mode; {@link net.scratchnet.train.Trainer} switches it on for each step.
     */
    public void setTraining(boolean training) {
        for (Layer layer : layers) {
            layer.setTraining(training);
        }
    }

    /** The dense layers only, in order: {@code dense(0)} is the first hidden layer. */
    public DenseLayer dense(int k) {
        return denseLayers.get(k);
    }

    public int denseCount() {
        return denseLayers.size();
    }

    /** Every weight and bias matrix, in layer order: dense1.weights, dense1.biases, dense2.weights, ... */
    public List<Parameter> parameters() {
        return parameters;
    }

    public Loss loss() {
        return loss;
    }

    /** Outputs of the last layer for the first {@code batch} rows of {@code inputs}. */
    public float[][] forward(float[][] inputs, int batch) {
        float[][] x = inputs;
        for (Layer layer : layers) {
            x = layer.forward(x, batch);
        }
        return x;
    }

    /**
     * Backpropagation: given dL/d(output) for the batch of the last forward pass, walks the layers from last to
     * first, each turning the gradient of its output into the gradient of its input and of its parameters.
     */
    public void backward(float[][] outputGradient, int batch) {
        float[][] gradient = outputGradient;
        for (int k = layers.size() - 1; k >= 0; k--) {
            gradient = layers.get(k).backward(gradient, batch, k > 0);
        }
    }

    /** The class probabilities for one input, e.g. one 28x28 image as 784 numbers in 0..1. */
    public float[] predict(float[] input) {
        checkInput(input);
        float[] probabilities = new float[outputSize()];
        loss.probabilities(forward(new float[][] {input}, 1)[0], probabilities);
        return probabilities;
    }

    /**
     * The layers that compute something, as indices into {@link #layers()}: every layer but the activations, which
     * belong to the layer before them. These are the layers whose results {@link #layerOutputs} gives, one each.
     */
    public List<Integer> computingLayers() {
        List<Integer> result = new ArrayList<>();
        for (int k = 0; k < layers.size(); k++) {
            if (!(layers.get(k) instanceof ActivationLayer)) {
                result.add(k);
            }
        }
        return result;
    }

    /**
     * Where computing layer {@code k}'s result is complete: the activation right after it, or {@code k} itself
     * when none follows (a pool, dropout, the scores of the last layer).
     */
    public int resultOf(int k) {
        return k + 1 < layers.size() && layers.get(k + 1) instanceof ActivationLayer ? k + 1 : k;
    }

    /**
     * What every layer gives for one input, for drawing the network: element 0 is the input itself, then the
     * result of each of the {@link #computingLayers()} in order (after its activation: what the next layer
     * reads), laid out in its output shape; the last is the class probabilities instead of the scores. For
     * {@code 784-16-16-10 sigmoid}: the input, each hidden layer's activations, the probabilities; for a conv net
     * also each convolution's and each pool's feature maps.
     */
    public List<float[]> layerOutputs(float[] input) {
        checkInput(input);
        List<float[]> result = new ArrayList<>();
        result.add(input.clone());
        List<Integer> computing = computingLayers();
        float[][] x = {input};
        int next = 0;   // the computing layer whose result comes next
        for (int k = 0; k < layers.size(); k++) {
            x = layers.get(k).forward(x, 1);
            if (next + 1 < computing.size() && k == resultOf(computing.get(next))) {
                result.add(x[0].clone());
                next++;
            }
        }
        float[] probabilities = new float[outputSize()];
        loss.probabilities(x[0], probabilities);
        result.add(probabilities);
        return result;
    }

    /** How many numbers training adjusts, each layer counting its own: 784-16-16-10 has 13,002. */
    public int parameterCount() {
        int count = 0;
        for (Layer layer : layers) {
            count += layer.parameterCount();
        }
        return count;
    }

    /** Copies every weight and bias of {@code other}, a network of the same spec, into this one. */
    public void copyParametersFrom(Network other) {
        if (!other.spec.equals(spec)) {
            throw new IllegalArgumentException("cannot copy weights of a " + other.spec + " network into a " + spec);
        }
        for (int p = 0; p < parameters.size(); p++) {
            float[][] from = other.parameters.get(p).values();
            float[][] to = parameters.get(p).values();
            for (int r = 0; r < from.length; r++) {
                System.arraycopy(from[r], 0, to[r], 0, from[r].length);
            }
        }
    }

    private void checkInput(float[] input) {
        if (input.length != inputSize()) {
            throw new IllegalArgumentException("this network takes " + inputSize() + " inputs, got " + input.length);
        }
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}

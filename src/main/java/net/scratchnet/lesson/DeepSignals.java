package net.scratchnet.lesson;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.data.Dataset;
import net.scratchnet.json.Json;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.Layer;
import net.scratchnet.network.Network;
import net.scratchnet.train.Evaluation;
import net.scratchnet.train.Evaluator;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;

/**
 * A deep, narrow network (784, six hidden layers of 64, 10) fed a batch of real test images, measured layer by layer:
 * how its activations are spread and how large its weight gradients are. This is where gradients vanish or explode:
 * the backward pass multiplies by every layer's weights and activation slope in turn, so a factor a little below
 * (or above) 1 per layer becomes a large one over six layers.
 *
 * <p>It can also train a few steps with the core's {@link Trainer} (plain SGD on the same images), which is how
 * ReLU neurons die: a step too large pushes a neuron's weighted sum below 0 for every input, its slope is then 0
 * everywhere, and no gradient ever brings it back.
 */
public final class DeepSignals {
    public static final int HIDDEN_LAYERS = 6;
    public static final int WIDTH = 64;
    /** The bars of each layer's histogram of activations. */
    public static final int BINS = 20;
    private static final int BATCH_SIZE = 10;

    private final String activation;
    private final Network network;
    private final Dataset samples;
    private final Trainer trainer;

    /**
     * @param activation   the hidden layers' activation: "sigmoid", "tanh" or "relu"
     * @param start        how the weights start, a {@link StartingWeights} id
     * @param samples      the images the network reads (the site's few dozen test images)
     * @param learningRate of the SGD steps {@link #train} takes
     * @throws IllegalArgumentException for an unknown activation or start
     */
    public DeepSignals(String activation, String start, Dataset samples, float learningRate, int seed) {
        this.activation = activation;
        this.network = StartingWeights.byId(start).network(spec(samples.pixelsPerImage(), activation), seed);
        this.samples = samples;
        this.trainer = new Trainer(network, samples, new TrainingConfig("sgd", learningRate, BATCH_SIZE, seed, 0f));
    }

    /** "784-64-64-64-64-64-64-10 relu" for 784 inputs. */
    static String spec(int inputs, String activation) {
        StringBuilder spec = new StringBuilder().append(inputs);
        for (int k = 0; k < HIDDEN_LAYERS; k++) {
            spec.append('-').append(WIDTH);
        }
        return spec.append("-10 ").append(activation).toString();
    }

    public Network network() {
        return network;
    }

    /** Trains {@code steps} mini-batches of the samples. */
    public void train(int steps) {
        for (int s = 0; s < steps; s++) {
            trainer.step();
        }
    }

    /**
     * One forward and one backward pass over all the samples, measured. JSON {loss, accuracy, layers, gradients}:
     * layers has one object per hidden layer, {histogram (BINS counts of its activations from `from` to `to`),
     * from, to, mean, spread (standard deviation), dead (the share of its neurons that give 0 for every sample)};
     * gradients holds the root mean square of ∂L/∂W of each dense layer, first to last (the output layer's too).
     */
    public String measure() {
        int batch = samples.size();
        float[][] x = new float[batch][];
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            x[i] = samples.imageAsFloats(i);
            labels[i] = samples.label(i);
        }
        network.setTraining(false);
        List<Json> layers = new ArrayList<>();
        float[][] a = x;
        for (Layer layer : network.layers()) {
            a = layer.forward(a, batch);
            if (layer instanceof ActivationLayer && layers.size() < HIDDEN_LAYERS) {
                layers.add(describe(a, batch));
            }
        }
        float[][] outputGradient = new float[batch][network.outputSize()];
        for (int i = 0; i < batch; i++) {
            network.loss().gradient(a[i], labels[i], 1f / batch, outputGradient[i]);   // of the mean loss
        }
        network.backward(outputGradient, batch);
        float[] gradients = new float[network.denseCount()];
        for (int k = 0; k < gradients.length; k++) {
            gradients[k] = rootMeanSquare(network.dense(k).weights().gradients());
        }
        Evaluation evaluation = Evaluator.evaluate(network, samples);
        return new Json().put("loss", evaluation.loss()).put("accuracy", evaluation.accuracy())
                .put("layers", layers).put("gradients", gradients).toString();
    }

    /** A hidden layer's activations for the batch: their histogram, mean, spread and dead neurons. */
    private Json describe(float[][] a, int batch) {
        int width = a[0].length;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double sum = 0;
        double sumOfSquares = 0;
        int dead = 0;
        for (int j = 0; j < width; j++) {
            boolean fired = false;
            for (int r = 0; r < batch; r++) {
                float v = a[r][j];
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                sumOfSquares += (double) v * v;
                fired |= v != 0f;
            }
            dead += fired ? 0 : 1;
        }
        // sigmoid and tanh have a fixed range, and where the values sit in it is the point (saturation);
        // ReLU's values have no upper bound, so its histogram spans what this layer gives
        float from = activation.equals("sigmoid") ? 0f : activation.equals("tanh") ? -1f : Math.min(0f, min);
        float to = activation.equals("sigmoid") || activation.equals("tanh") ? 1f : Math.max(max, from + 1e-6f);
        int[] histogram = new int[BINS];
        for (int r = 0; r < batch; r++) {
            for (int j = 0; j < width; j++) {
                int bin = (int) ((a[r][j] - from) / (to - from) * BINS);
                histogram[Math.max(0, Math.min(BINS - 1, bin))]++;
            }
        }
        int count = width * batch;
        double mean = sum / count;
        return new Json().put("histogram", histogram).put("from", from).put("to", to).put("mean", (float) mean)
                .put("spread", (float) Math.sqrt(Math.max(0, sumOfSquares / count - mean * mean)))
                .put("dead", (float) dead / width);
    }

    static float rootMeanSquare(float[][] values) {
        double sum = 0;
        int count = 0;
        for (float[] row : values) {
            for (float v : row) {
                sum += (double) v * v;
                count++;
            }
        }
        return (float) Math.sqrt(sum / count);
    }
}

package net.scratchnet.lesson;

import net.scratchnet.data.Dataset;
import net.scratchnet.json.Json;
import net.scratchnet.network.Network;
import net.scratchnet.train.Evaluation;
import net.scratchnet.train.Evaluator;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;

/**
 * Why weights must not all start equal: a network with a few sigmoid hidden neurons trained by the core's
 * {@link Trainer} on real images, with its hidden neurons' weights open to view. Started at zero, every hidden neuron
 * computes the same output, so it receives the same gradient and takes the same step: after any number of steps the
 * neurons are still copies of one another, and the layer is as good as a single neuron. Random starting weights
 * break the tie.
 */
public final class Symmetry {
    public static final int HIDDEN = 6;
    private static final int BATCH_SIZE = 10;
    private static final float LEARNING_RATE = 0.5f;

    private final Network network;
    private final Dataset samples;
    private final Trainer trainer;
    private int steps;

    /** @param start a {@link StartingWeights} id; @throws IllegalArgumentException for an unknown one */
    public Symmetry(String start, Dataset samples, int seed) {
        this.network = StartingWeights.byId(start).network(
                samples.pixelsPerImage() + "-" + HIDDEN + "-" + samples.classCount() + " sigmoid", seed);
        this.samples = samples;
        this.trainer = new Trainer(network, samples, new TrainingConfig("sgd", LEARNING_RATE, BATCH_SIZE, seed, 0f));
    }

    public Network network() {
        return network;
    }

    /** Trains {@code count} more mini-batches. */
    public void train(int count) {
        for (int s = 0; s < count; s++) {
            trainer.step();
        }
        steps += count;
    }

    /**
     * JSON {steps, weights, difference, loss, accuracy}: weights holds each hidden neuron's incoming weights in turn
     * (neuron j's weight from pixel i at j·pixels + i, so each is a picture); difference is the largest gap between
     * any neuron's weight and the first neuron's weight from the same pixel (0: the neurons are copies); loss and
     * accuracy are over the samples.
     */
    public String state() {
        float[][] w = network.dense(0).weights().values();   // [pixels][HIDDEN]
        int pixels = w.length;
        float[] weights = new float[HIDDEN * pixels];
        float difference = 0f;
        for (int i = 0; i < pixels; i++) {
            for (int j = 0; j < HIDDEN; j++) {
                weights[j * pixels + i] = w[i][j];
                difference = Math.max(difference, Math.abs(w[i][j] - w[i][0]));
            }
        }
        Evaluation evaluation = Evaluator.evaluate(network, samples);
        return new Json().put("steps", steps).put("weights", weights).put("difference", difference)
                .put("loss", evaluation.loss()).put("accuracy", evaluation.accuracy()).toString();
    }
}

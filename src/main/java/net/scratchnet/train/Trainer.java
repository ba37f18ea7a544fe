package net.scratchnet.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.scratchnet.data.Dataset;
import net.scratchnet.layer.Dropout;
import net.scratchnet.layer.Layer;
import net.scratchnet.loss.HalfSquaredError;
import net.scratchnet.loss.Loss;
import net.scratchnet.math.Rng;
import net.scratchnet.network.Network;
import net.scratchnet.words.Problem;

/**
 * Mini-batch gradient descent over a dataset, one step at a time.
 *
 * <p>Each epoch visits every training example once, in a new random order, in mini-batches: for each batch,
 * forward pass, loss, backward pass, one optimiser step. A mini-batch gradient is a noisy estimate of the full
 * gradient, but it costs a few dozen examples instead of 60,000, so we can take thousands of steps per epoch.
 *
 * <p>Training can go on one batch at a time ({@link #step()}), so that a user interface can pause, resume and
 * single-step it. With augmentation ({@link TrainingConfig#augment()}), each image is randomly moved first
 * ({@link Augmentation}).
 *
 * <p>A learning rate far too large makes the loss blow up ({@link LossWatch} says when). The weights of the
 * batches just before are already damaged then, so the trainer does not go back one step: it puts back its
 * <em>checkpoint</em>, the last weights that were evaluated good (see {@link #keepIfBest}; until the first
 * evaluation, the weights it started from), starts the optimiser afresh (its moments hold the runaway
 * gradients) and reports the batch as diverged.
 */
public final class Trainer {
    private final Network network;
    private final Dataset data;
    private final TrainingConfig config;
    private final Rng shuffleRng;
    private final Augmentation augmentation;  // null when the images are used as they are
    private final int[] order;
    private final float[][] inputs;     // the current mini-batch, pixels scaled to 0..1: [batch][pixels per image]
    private final int[] labels;
    private final float[][] outputGradient;
    private final Network checkpoint;   // the last weights evaluated good, or the starting weights
    private float checkpointAccuracy = Float.NaN;  // their test accuracy, 0..1; NaN while not evaluated
    private LossWatch watch = new LossWatch();
    private Optimizer optimizer;

    private int epoch;
    private int position;               // index into order of the next example of this epoch
    private double epochLossSum;
    private int epochCorrect;
    private int epochExamples;

    public Trainer(Network network, Dataset data, TrainingConfig config) {
        if (data.pixelsPerImage() != network.inputSize()) {
            throw new IllegalArgumentException("the network takes " + network.inputSize() + " inputs but "
                    + data.name() + " images have " + data.pixelsPerImage() + " pixels");
        }
        // With mse a single output tells two classes apart (see HalfSquaredError); otherwise one output per class.
        int classesItCanTell = network.outputSize() == 1 && network.loss() instanceof HalfSquaredError
                ? 2 : network.outputSize();
        if (data.classCount() > classesItCanTell) {
            throw new IllegalArgumentException("the network has " + network.outputSize() + " outputs but "
                    + data.name() + " has " + data.classCount() + " classes");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException(data.name() + " has no images to train on");
        }
        this.network = network;
        this.data = data;
        this.config = config;
        this.shuffleRng = new Rng(config.seed());
        // Its own generator (seeded by the seed's complement): switching augmentation on keeps the same order.
        this.augmentation = config.augment() ? new Augmentation(data.rows(), data.cols(), ~config.seed()) : null;
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int batch = Math.min(config.batchSize(), data.size());
        this.inputs = new float[batch][network.inputSize()];
        this.labels = new int[batch];
        this.outputGradient = new float[batch][network.outputSize()];
        this.checkpoint = new Network(network.spec(), 0);
        checkpoint.copyParametersFrom(network);
        this.optimizer = config.newOptimizer(network.parameters());
    }

    public Network network() {
        return network;
    }

    /** The epoch the next step belongs to, 0-based. */
    public int epoch() {
        return epoch;
    }

    /** The index of the next batch within its epoch. */
    public int batchInEpoch() {
        return position / inputs.length;
    }

    public int batchesPerEpoch() {
        return (data.size() + inputs.length - 1) / inputs.length;
    }

    /**
     * The fraction of this epoch's training examples classified right so far, or of the epoch just ended until
     * the next step: counted as each batch was trained (images augmented, dropout on, weights still moving),
     * so it costs nothing extra. NaN before the first batch.
     */
    public float epochAccuracy() {
        return epochExamples == 0 ? Float.NaN : (float) epochCorrect / epochExamples;
    }

    /** Trains on one mini-batch. */
    public BatchResult step() {
        if (position == 0) {
            shuffleRng.shuffle(order);
            epochLossSum = 0;
            epochCorrect = 0;
            epochExamples = 0;
        }
        int batch = Math.min(inputs.length, data.size() - position);
        for (int b = 0; b < batch; b++) {
            int example = order[position + b];
            data.imageAsFloats(example, inputs[b], 0);
            if (augmentation != null) {
                augmentation.apply(inputs[b]);
            }
            labels[b] = data.label(example);
        }

        network.setTraining(true);   // dropout on, for this step only: between steps the network predicts as usual
        float[][] outputs = network.forward(inputs, batch);
        Loss loss = network.loss();
        double lossSum = 0;
        int correct = 0;
        for (int b = 0; b < batch; b++) {
            lossSum += loss.loss(outputs[b], labels[b]);
            if (loss.predictedClass(outputs[b]) == labels[b]) {
                correct++;
            }
            // The batch loss is the mean of the examples' losses, hence the 1/batch.
            loss.gradient(outputs[b], labels[b], 1f / batch, outputGradient[b]);
        }
        float meanLoss = (float) (lossSum / batch);
        int batchIndex = batchInEpoch();
        int batches = batchesPerEpoch();

        boolean diverged = watch.blowsUp(meanLoss);
        if (diverged) {
            network.copyParametersFrom(checkpoint);
            optimizer = config.newOptimizer(network.parameters()); // its moments hold the runaway gradients
            watch = new LossWatch();
        } else {
            network.backward(outputGradient, batch);
            optimizer.step();
            epochLossSum += lossSum;
            epochCorrect += correct;
            epochExamples += batch;
        }

        network.setTraining(false);
        position += batch;
        int finishedEpoch = epoch;
        if (position == data.size()) {
            position = 0;
            epoch++;
        }
        return new BatchResult(finishedEpoch, batchIndex, batches, batch, meanLoss, correct, diverged);
    }

    /**
     * Makes the current weights the checkpoint if their test accuracy is at least the checkpoint's (or the
     * checkpoint was never evaluated). Call it after evaluating the network on the test set.
     *
     * @param testAccuracy the current weights' accuracy on the test set, 0..1
     * @return true if they are the checkpoint now
     */
    public boolean keepIfBest(float testAccuracy) {
        if (!Float.isNaN(checkpointAccuracy) && testAccuracy < checkpointAccuracy) {
            return false;
        }
        checkpoint.copyParametersFrom(network);
        checkpointAccuracy = testAccuracy;
        return true;
    }

    /** The checkpoint's test accuracy (0..1), or NaN while it holds the unevaluated starting weights. */
    public float checkpointAccuracy() {
        return checkpointAccuracy;
    }

    /** The weights a blow-up goes back to (see {@link #keepIfBest}). */
    public Network checkpoint() {
        return checkpoint;
    }

    /**
     * Writes where training stands, beyond the network's own weights and the config: the epoch and position,
     * the order of this epoch's examples and the shuffling generator (so later epochs shuffle the same), the
     * epoch's running sums, the loss watch, the optimiser's moments and the checkpoint's accuracy. A trainer
     * built over the same network, data and config and given this by {@link #readState} takes the very same
     * steps from here as this one (see {@link RunFile}).
     */
    void writeState(DataOutputStream out) throws IOException {
        out.writeInt(epoch);
        out.writeInt(position);
        out.writeDouble(epochLossSum);
        out.writeInt(epochCorrect);
        out.writeInt(epochExamples);
        for (int word : shuffleRng.state()) {
            out.writeInt(word);
        }
        out.writeInt(order.length);
        for (int example : order) {
            out.writeInt(example);
        }
        watch.writeState(out);
        optimizer.writeState(out);
        out.writeFloat(checkpointAccuracy);
        for (Rng generator : otherGenerators()) {
            for (int word : generator.state()) {
                out.writeInt(word);
            }
        }
    }

    /** Reads what {@link #writeState} wrote; the checkpoint's weights are set by the caller. */
    void readState(DataInputStream in) throws IOException, RunFormatException {
        int newEpoch = in.readInt();
        int newPosition = in.readInt();
        if (newEpoch < 0 || newPosition < 0 || newPosition >= data.size() || newPosition % inputs.length != 0) {
            throw RunFile.damaged(Problem.RUN_POSITION.with("position", newPosition, "epoch", newEpoch,
                    "examples", data.size(), "batch", inputs.length));
        }
        epoch = newEpoch;
        position = newPosition;
        epochLossSum = in.readDouble();
        epochCorrect = in.readInt();
        epochExamples = in.readInt();
        int[] rngState = new int[4];
        for (int i = 0; i < rngState.length; i++) {
            rngState[i] = in.readInt();
        }
        shuffleRng.restore(rngState);
        if (in.readInt() != order.length) {
            throw RunFile.damaged(Problem.RUN_EXAMPLES.with("examples", data.size()));
        }
        for (int i = 0; i < order.length; i++) {
            order[i] = in.readInt();
            if (order[i] < 0 || order[i] >= order.length) {
                throw RunFile.damaged(Problem.RUN_ORDER.with("example", order[i]));
            }
        }
        watch.readState(in);
        optimizer.readState(in);
        checkpointAccuracy = in.readFloat();
        for (Rng generator : otherGenerators()) {
            int[] state = new int[4];
            for (int i = 0; i < state.length; i++) {
                state[i] = in.readInt();
            }
            generator.restore(state);
        }
    }

    /** The generators besides the shuffling one that a run draws from: augmentation's, then each dropout layer's. */
    private List<Rng> otherGenerators() {
        List<Rng> generators = new ArrayList<>();
        if (augmentation != null) {
            generators.add(augmentation.random());
        }
        for (Layer layer : network.layers()) {
            if (layer instanceof Dropout dropout) {
                generators.add(dropout.random());
            }
        }
        return generators;
    }

    /**
     * Trains until the current epoch ends, telling {@code listener} about every batch and then the epoch.
     * Stops early, returning null, at a diverged batch.
     */
    public EpochResult trainEpoch(TrainingListener listener) {
        BatchResult result;
        do {
            result = step();
            listener.onBatch(result);
            if (result.diverged()) {
                return null;
            }
        } while (!result.endsEpoch());
        EpochResult epochResult = new EpochResult(result.epoch(), (float) (epochLossSum / epochExamples),
                epochAccuracy(), epochExamples);
        listener.onEpoch(epochResult);
        return epochResult;
    }
}

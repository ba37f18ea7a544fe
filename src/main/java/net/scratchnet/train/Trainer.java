package net.scratchnet.train;

import net.scratchnet.data.Dataset;
import net.scratchnet.loss.Loss;
import net.scratchnet.loss.HalfSquaredError;
import net.scratchnet.math.Rng;
import net.scratchnet.network.Network;

/**
 * Mini-batch gradient descent over a dataset, one step at a time.
 *
 * <p>Each epoch visits every training example once, in a new random order, in mini-batches: for each batch,
 * forward pass, loss, backward pass, one optimiser step. A mini-batch gradient is a noisy estimate of the full
 * gradient, but it costs a few dozen examples instead of 60,000, so we can take thousands of steps per epoch.
 *
 * <p>Training can go on one batch at a time ({@link #step()}), so that a user interface can pause, resume and
 * single-step it. With augmentation ({@link TrainingConfig#augment()}), each image is randomly moved first
 * ({@link Augmentation}). If a step's loss is NaN or infinite (a learning rate far too large), the trainer puts back the
 * last weights that gave a finite loss, starts the optimiser afresh, and reports the batch as diverged.
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
    private final Network lastGood;     // weights that last gave a finite loss
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
        this.lastGood = new Network(network.spec(), 0);
        lastGood.copyParametersFrom(network);
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

        boolean diverged = Float.isNaN(meanLoss) || Float.isInfinite(meanLoss);
        if (diverged) {
            network.copyParametersFrom(lastGood);
            optimizer = config.newOptimizer(network.parameters()); // its momentum may hold NaNs too
        } else {
            lastGood.copyParametersFrom(network);
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
                (float) epochCorrect / epochExamples, epochExamples);
        listener.onEpoch(epochResult);
        return epochResult;
    }
}

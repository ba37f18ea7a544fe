package net.scratchnet.lesson;

import net.scratchnet.data.Dataset;
import net.scratchnet.network.Network;
import net.scratchnet.train.Evaluation;
import net.scratchnet.train.Evaluator;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;
import net.scratchnet.words.Message;

/**
 * Chapter 9: three copies of one network, identical to the last weight (same seed), trained on the same
 * mini-batches in the same order (same seed), each by a different optimiser: only the update rule differs.
 * Training on a small subset of MNIST shows overfitting: training accuracy runs away from test accuracy.
 */
public final class OptimizerRace {
    private static final String SPEC = "784-64-10 relu";
    private static final String[] OPTIMIZERS = {"sgd", "momentum", "adam"};
    private static final int BATCH_SIZE = 32;
    /** Accuracy is measured on this many images of each set: enough for a percent, quick enough to do often. */
    private static final int EVALUATED = 2000;

    private Dataset train;
    private Dataset test;
    private Dataset trainUsed;
    private Trainer[] trainers;

    /**
     * Verifies and decodes MNIST (the four .gz files as fetched, and SHA256SUMS).
     *
     * @return null on success, else what is wrong with which file
     */
    public String loadMnist(String checksums, byte[] trainImages, byte[] trainLabels, byte[] testImages, byte[] testLabels) {
        try {
            LessonMnist mnist = LessonMnist.decode(checksums, trainImages, trainLabels, testImages, testLabels);
            train = mnist.train();
            test = mnist.test().subset(0, Math.min(EVALUATED, mnist.test().size()));
            return null;
        } catch (IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    /**
     * Three fresh networks from {@code seed}, to be trained on the first {@code trainSize} training images.
     *
     * @return null, or what is wrong (no data yet, a size out of range)
     */
    public String reset(int trainSize, int seed) {
        if (train == null) {
            // The chapter's script and sliders keep to these rules: breaking one is the page's bug, said in English.
            return Message.untranslated("load MNIST before racing").json();
        }
        if (trainSize < BATCH_SIZE || trainSize > train.size()) {
            return Message.untranslated("the training set size must be " + BATCH_SIZE + " to " + train.size() + ", got "
                    + trainSize).json();
        }
        trainUsed = train.subset(0, trainSize);
        trainers = new Trainer[OPTIMIZERS.length];
        for (int k = 0; k < OPTIMIZERS.length; k++) {
            String optimizer = OPTIMIZERS[k];
            TrainingConfig config = new TrainingConfig(optimizer, TrainingConfig.defaultLearningRate(optimizer),
                    BATCH_SIZE, seed, 0f);
            trainers[k] = new Trainer(Network.fromSpec(SPEC, seed), trainUsed, config);
        }
        return null;
    }

    /** How many mini-batches make one epoch of the current race (the last one may be smaller). */
    public int batchesPerEpoch() {
        return trainers[0].batchesPerEpoch();
    }

    /**
     * Trains each network {@code batches} mini-batches.
     *
     * @return per optimiser (sgd, momentum, adam) the mean loss of these batches, then the epoch (fractional)
     */
    public float[] train(int batches) {
        float[] result = new float[OPTIMIZERS.length + 1];
        for (int k = 0; k < trainers.length; k++) {
            double sum = 0;
            for (int b = 0; b < batches; b++) {
                sum += trainers[k].step().loss();
            }
            result[k] = (float) (sum / batches);
        }
        Trainer first = trainers[0];
        result[OPTIMIZERS.length] = first.epoch() + (float) first.batchInEpoch() / first.batchesPerEpoch();
        return result;
    }

    /** Per optimiser: accuracy on (up to 2,000 of) the training images it learns from, then on 2,000 test images. */
    public float[] accuracies() {
        Dataset trainSample = trainUsed.subset(0, Math.min(EVALUATED, trainUsed.size()));
        float[] result = new float[2 * OPTIMIZERS.length];
        for (int k = 0; k < trainers.length; k++) {
            Evaluation onTrain = Evaluator.evaluate(trainers[k].network(), trainSample);
            Evaluation onTest = Evaluator.evaluate(trainers[k].network(), test);
            result[2 * k] = onTrain.accuracy();
            result[2 * k + 1] = onTest.accuracy();
        }
        return result;
    }
}

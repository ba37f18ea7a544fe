package net.scratchnet.train;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.layer.Parameter;
import net.scratchnet.words.Problem;

/**
 * How to take each training step: which optimiser, how big a step, how many examples per step, and the seed
 * that fixes the order of the examples. How many passes over the data to make is the caller's business: a
 * {@link Trainer} goes on for as long as it is asked to.
 */
public final class TrainingConfig {
    /** The optimisers by name, as the command line and the site know them ({@link OptimizerKind#id()}). */
    public static final List<String> OPTIMIZERS = optimizerIds();

    /** The whole MNIST training set: a larger batch would be the same single step over all of it. */
    public static final int MAX_BATCH_SIZE = 60_000;

    private final String optimizer;
    private final float learningRate;
    private final int batchSize;
    private final int seed;
    private final float weightDecay;
    private final boolean augment;

    /** Without data augmentation. */
    public TrainingConfig(String optimizer, float learningRate, int batchSize, int seed, float weightDecay) {
        this(optimizer, learningRate, batchSize, seed, weightDecay, false);
    }

    /**
     * @param augment whether each training image is randomly shifted, turned and scaled first ({@link Augmentation})
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public TrainingConfig(String optimizer, float learningRate, int batchSize, int seed, float weightDecay,
                          boolean augment) {
        OptimizerKind.byId(optimizer);   // refuses a name it does not know, naming the ones it does
        if (!(learningRate > 0f) || Float.isInfinite(learningRate)) {
            throw Problem.SETTINGS_LEARNING_RATE.refuse("rate", learningRate);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw Problem.SETTINGS_BATCH_SIZE.refuse("most", MAX_BATCH_SIZE, "size", batchSize);
        }
        if (!(weightDecay >= 0f) || Float.isInfinite(weightDecay)) {
            throw Problem.SETTINGS_WEIGHT_DECAY.refuse("decay", weightDecay);
        }
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.seed = seed;
        this.weightDecay = weightDecay;
        this.augment = augment;
    }

    private static List<String> optimizerIds() {
        List<String> ids = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            ids.add(kind.id());
        }
        return List.copyOf(ids);
    }

    /**
     * A learning rate that works for the optimiser named {@code optimizer} on MNIST ({@link OptimizerKind}).
     *
     * @throws IllegalArgumentException naming the optimisers there are
     */
    public static float defaultLearningRate(String optimizer) {
        return OptimizerKind.byId(optimizer).learningRate();
    }

    /** A fresh optimiser of this config's kind for {@code parameters}. */
    public Optimizer newOptimizer(List<Parameter> parameters) {
        switch (optimizer) {
            case "sgd":
                return new Sgd(parameters, learningRate, weightDecay);
            case "momentum":
                return new Momentum(parameters, learningRate, weightDecay);
            default:
                return new Adam(parameters, learningRate, weightDecay);
        }
    }

    public String optimizer() {
        return optimizer;
    }

    public float learningRate() {
        return learningRate;
    }

    public int batchSize() {
        return batchSize;
    }

    public int seed() {
        return seed;
    }

    public float weightDecay() {
        return weightDecay;
    }

    /** Whether the training images are augmented (see {@link Augmentation}). */
    public boolean augment() {
        return augment;
    }

    /**
     * True when {@code other} takes the very same steps, so training can continue from one to the other without
     * starting afresh.
     */
    public boolean stepsLike(TrainingConfig other) {
        return optimizer.equals(other.optimizer) && learningRate == other.learningRate
                && batchSize == other.batchSize && seed == other.seed && weightDecay == other.weightDecay
                && augment == other.augment;
    }

    @Override
    public String toString() {
        return optimizer + " lr=" + learningRate + " batch=" + batchSize + " seed=" + seed
                + (weightDecay > 0 ? " weightDecay=" + weightDecay : "") + (augment ? " augmented" : "");
    }
}

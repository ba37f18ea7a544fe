package net.scratchnet.train;

import java.util.List;
import net.scratchnet.layer.Parameter;

/**
 * How to train: which optimiser, how big a step, how many examples per step, how many passes over the data,
 * and the seed that fixes the order of the examples.
 */
public final class TrainingConfig {
    /** The optimisers by name, as the command line and the site know them. */
    public static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "adam");

    /** The whole MNIST training set: a larger batch would be the same single step over all of it. */
    public static final int MAX_BATCH_SIZE = 60_000;

    private final String optimizer;
    private final float learningRate;
    private final int batchSize;
    private final int epochs;
    private final int seed;
    private final float weightDecay;

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public TrainingConfig(String optimizer, float learningRate, int batchSize, int epochs, int seed, float weightDecay) {
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("unknown optimizer '" + optimizer + "' (expected one of "
                    + String.join(", ", OPTIMIZERS) + ")");
        }
        if (!(learningRate > 0f) || Float.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size must be 1 to " + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (!(weightDecay >= 0f) || Float.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be 0 or positive, got " + weightDecay);
        }
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.seed = seed;
        this.weightDecay = weightDecay;
    }

    /**
     * A learning rate that works for each optimiser on MNIST. Momentum's is ten times smaller than SGD's because
     * with μ = 0.9 its steps add up to about η/(1-μ) = 10·η; Adam's steps are about η each.
     */
    public static float defaultLearningRate(String optimizer) {
        switch (optimizer) {
            case "sgd":
                return 0.1f;
            case "momentum":
                return 0.01f;
            default:
                return 0.001f;
        }
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

    public int epochs() {
        return epochs;
    }

    public int seed() {
        return seed;
    }

    public float weightDecay() {
        return weightDecay;
    }

    /**
     * True when {@code other} takes the very same steps: everything but the number of epochs, which only says
     * how long to go on. Training can continue from one such config to the other without starting afresh.
     */
    public boolean stepsLike(TrainingConfig other) {
        return optimizer.equals(other.optimizer) && learningRate == other.learningRate
                && batchSize == other.batchSize && seed == other.seed && weightDecay == other.weightDecay;
    }

    @Override
    public String toString() {
        return optimizer + " lr=" + learningRate + " batch=" + batchSize + " epochs=" + epochs + " seed=" + seed
                + (weightDecay > 0 ? " weightDecay=" + weightDecay : "");
    }
}

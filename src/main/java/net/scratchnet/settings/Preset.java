package net.scratchnet.settings;

import net.scratchnet.train.TrainingConfig;

/**
 * An architecture the page offers with one click, and the settings measured to train it well (README,
 * "Accuracy"; measured with {@code train --json}, one seed, on the 10,000 test images).
 *
 * @param hidden        hidden layer sizes
 * @param activation    the hidden layers' activation
 * @param learningRates a learning rate per optimiser, in the order of {@link TrainingConfig#OPTIMIZERS};
 *                      null where each optimiser's general rate ({@link TrainingConfig#defaultLearningRate})
 *                      is the one that trains it best
 * @param weightDecay   the L2 penalty λ that keeps it from overfitting (0: none needed)
 * @param epochs        epochs that reach its accuracy
 */
public record Preset(int[] hidden, String activation, float[] learningRates, float weightDecay, int epochs) {

    /** The learning rate {@code optimizer} starts from on this architecture. */
    public float learningRate(String optimizer) {
        return learningRates == null ? TrainingConfig.defaultLearningRate(optimizer)
                : learningRates[TrainingConfig.OPTIMIZERS.indexOf(optimizer)];
    }
}

package net.scratchnet.settings;

import net.scratchnet.train.TrainingConfig;

/**
 * A network the page offers with one click, and the settings measured to train it well (README, "Accuracy";
 * measured with {@code train --json}, one seed, on the 10,000 test images). A fully connected preset is hidden
 * sizes and an activation; a convolutional one is a whole spec ({@link TrainingSettings#ARCHITECTURE}).
 *
 * @param id            what the page's scripts know it by, e.g. "16-16" or "cnn-small": its title's key
 *                      ({@link #titleKey()}) is made from it, so it stays while the title's words change
 * @param title         the preset's name on the page's button, e.g. "16-16" or "CNN, small"
 * @param hidden        hidden layer sizes; empty for a convolutional preset (its spec says everything)
 * @param activation    the hidden layers' activation; "" for a convolutional preset
 * @param architecture  the whole network as a spec, e.g. "28x28x1 conv5x5x8 relu pool2 dense10"; "" for a fully
 *                      connected preset (hidden and activation make it)
 * @param augment       whether its training images are augmented ({@link TrainingSettings#AUGMENT})
 * @param learningRates a learning rate per optimiser, in the order of {@link TrainingConfig#OPTIMIZERS};
 *                      null where each optimiser's general rate ({@link TrainingConfig#defaultLearningRate})
 *                      is the one that trains it best
 * @param weightDecay   the L2 penalty λ that keeps it from overfitting (0: none needed)
 * @param epochs        epochs that reach its accuracy
 */
public record Preset(String id, String title, int[] hidden, String activation, String architecture, boolean augment,
                     float[] learningRates, float weightDecay, int epochs) {

    /** A fully connected network: its hidden sizes (which are its id and title, e.g. "256-128") and their activation. */
    static Preset fullyConnected(int[] hidden, String activation, float[] learningRates, float weightDecay,
                                 int epochs) {
        String sizes = TrainingSettings.sizesText(hidden, "-");
        return new Preset(sizes, sizes, hidden, activation, "", false, learningRates, weightDecay, epochs);
    }

    /** A network described by a whole spec (a convolutional one). */
    static Preset fromSpec(String id, String title, String architecture, boolean augment, float[] learningRates,
                           float weightDecay, int epochs) {
        return new Preset(id, title, new int[0], "", architecture, augment, learningRates, weightDecay, epochs);
    }

    /** The key of its title in the page's words ({@code core.preset.cnn-small}): "preset." and its id. */
    public String titleKey() {
        return "preset." + id;
    }

    /** The learning rate {@code optimizer} starts from on this architecture. */
    public float learningRate(String optimizer) {
        return learningRates == null ? TrainingConfig.defaultLearningRate(optimizer)
                : learningRates[TrainingConfig.OPTIMIZERS.indexOf(optimizer)];
    }
}

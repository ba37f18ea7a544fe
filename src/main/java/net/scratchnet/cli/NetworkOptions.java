package net.scratchnet.cli;

import net.scratchnet.data.DatasetKind;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.TrainingSettings;
import net.scratchnet.train.Augmentation;

/** The options that choose a network, which train and bench share: --hidden and --activation, or --arch. */
final class NetworkOptions {
    static final String AUGMENT_HELP = String.format(java.util.Locale.ROOT, "move each training image a little"
            + " at random first: shifted up to %.0f pixels,%nturned up to %.0f degrees, scaled by up to %.0f%%"
            + " (the test images stay as they are)", Augmentation.MAX_SHIFT, Augmentation.MAX_DEGREES,
            100 * Augmentation.MAX_SCALING);

    private NetworkOptions() {
    }

    /** Declares --hidden, --activation and --arch. */
    static OptionParser declare(OptionParser parser) {
        return parser
                .value(TrainingSettings.HIDDEN, "SIZES", "hidden layer sizes, comma-separated, e.g. 16,16")
                .value(TrainingSettings.ACTIVATION, "NAME", "the hidden layers' activation")
                .value(TrainingSettings.ARCHITECTURE, "SPEC", "the whole network instead of --hidden and"
                        + " --activation, layer by layer, e.g.\n\"28x28x1 conv5x5x8 relu pool2 conv5x5x16 relu"
                        + " pool2 dense10\" (see the README)");
    }

    /**
     * The network the options choose for {@code kind}'s images: --arch, checked against the images and classes,
     * or --hidden and --activation.
     */
    static NetworkSpec spec(ParsedOptions options, DatasetKind kind) throws UsageException {
        String arch = TrainingSettings.ARCHITECTURE.parameter();
        if (!options.has(arch)) {
            int[] hidden = options.hiddenSizes();
            String activation = options.choice(TrainingSettings.ACTIVATION);
            try {
                return TrainingSettings.architecture(hidden, activation, kind);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (options.has(TrainingSettings.HIDDEN.parameter()) || options.has(TrainingSettings.ACTIVATION.parameter())) {
            throw new UsageException("--" + arch + " describes the whole network: leave out --hidden and --activation");
        }
        NetworkSpec spec;
        try {
            spec = NetworkSpec.parse(options.text(arch, ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + arch + ": " + e.getMessage());
        }
        if (spec.inputSize() != kind.inputSize() || spec.outputSize() != kind.classCount()) {
            throw new UsageException("--" + arch + ": the network takes " + spec.inputShape() + " inputs and gives "
                    + spec.outputShape() + " outputs, but " + kind.id() + " has " + kind.inputSize()
                    + " pixels (" + DatasetKind.ROWS + "x" + DatasetKind.COLS + "x" + DatasetKind.CHANNELS + ") and "
                    + kind.classCount() + " classes");
        }
        return spec;
    }
}

package net.scratchnet.cli;

import net.scratchnet.data.DatasetKind;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.TrainingSettings;

/** The options that choose a network, which train and bench share: --hidden and --activation, or --arch. */
final class NetworkOptions {
    private NetworkOptions() {
    }

    /** Declares --hidden, --activation and --arch. */
    static OptionParser declare(OptionParser parser) {
        return parser
                .value(TrainingSettings.HIDDEN, "SIZES", "hidden layer sizes, comma-separated, e.g. 16,16")
                .value(TrainingSettings.ACTIVATION, "NAME", "the hidden layers' activation")
                .value(TrainingSettings.ARCHITECTURE, "SPEC", TrainingSettings.ARCHITECTURE.description()
                        + " (see the README)");
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
        try {
            return TrainingSettings.architecture(options.text(arch, ""), kind);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + arch + ": " + e.getMessage());
        }
    }
}

package net.scratchnet.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.scratchnet.activation.Activations;
import net.scratchnet.data.Checksums;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.json.Json;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.Setting.Kind;
import net.scratchnet.tools.SampleImages;
import net.scratchnet.train.Augmentation;
import net.scratchnet.train.OptimizerKind;
import net.scratchnet.train.TrainingConfig;
import net.scratchnet.words.Problem;

/**
 * THE table of training settings: every setting's name, URL parameter and command-line option, limits and
 * defaults, with the datasets, activations, optimisers and architecture presets they choose from. The page
 * gets it as JSON ({@link #schemaJson()}) and builds its form, its URL reading and its messages from it; the
 * command line reads its options' defaults and limits from it. The names come from the registries
 * ({@link Activations}, {@link OptimizerKind}, {@link DatasetKind}) and the hard limits from the
 * classes that enforce them ({@link NetworkSpec#MAX_LAYER_SIZE}, {@link TrainingConfig#MAX_BATCH_SIZE}).
 *
 * <p>The defaults are measured, not guessed: each {@link Preset} carries the learning rate per optimiser,
 * the weight decay and the epochs that train it best. The page starts from the first preset, the small
 * 784-16-16-10 sigmoid network of the 3Blue1Brown video (20 epochs, Adam at 0.003, weight decay 0.0001:
 * 95.65%); the command line from the second, 784-128-10 ReLU (10 epochs, Adam at 0.001: 98.04%). Both are
 * the README's accuracy table.
 */
public final class TrainingSettings {
    /** More hidden layers than this learn nothing more on 28x28 images and only slow the tab down. */
    public static final int MAX_HIDDEN_LAYERS = 4;

    /** Beyond 100 epochs these networks only overfit (the test accuracy stops rising after 10-20). */
    public static final int MAX_EPOCHS = 100;

    /**
     * The architectures the page offers, with their measured settings (sweeps of {@code train --json}, seed 1,
     * batch 32, November 2026). 784-16-16-10 sigmoid, 20 epochs, weight decay 0.0001: SGD 0.3 gave 95.56% at
     * best (0.1: 94.7% after 10 epochs, 1.0 unsteady), momentum 0.03 95.55% (0.1: 94.9%), Adam 0.003 95.65%
     * (0.001: 95.15%, 0.01: 94.96%); without weight decay it stalls near 95.1%. 784-128-10 ReLU, 10 epochs:
     * Adam 0.001 98.04% (0.003: 97.63%), SGD 0.1 97.77%, momentum 0.01 97.84%: the general rates.
     * 784-256-128-10 ReLU, 10 epochs: SGD 0.1 98.18% (0.03: 97.79%, 0.3: 97.90%), momentum 0.01 98.32% (0.03:
     * 97.68%), Adam 0.0005, the best on Fashion-MNIST (88.63%; 0.0002: 88.38%, 0.001: 87.95%), between MNIST's
     * best 0.0003 (98.00%) and 0.001 (97.81%). The conv nets, Adam 0.001 (the general rate; SGD and momentum
     * get theirs, unmeasured on conv nets), test accuracy after epochs 1, 2, 3, ...: the benchmark kit's
     * {@link NetworkSpec#SMALL_CNN} 97.48, 98.24, 98.44, 98.53% (with dense128 relu
     * before dense10: 98.04, -, 98.47, 98.72%); the README's CNN, 28x28x1 conv5x5x16 relu pool2 conv5x5x32 relu
     * pool2 dense128 relu dropout0.5 dense10, augmented: 98.76, 99.13, 98.97% ... 99.42% after 10 (without
     * augmentation 98.39, 98.91, 98.85%: augmentation helps from the first epoch). So "CNN" is the one that
     * passes 99% (after its second epoch), "CNN, small" the one that trains 3.4 times faster.
     */
    public static final List<Preset> PRESETS = List.of(
            Preset.fullyConnected(new int[] {16, 16}, "sigmoid", new float[] {0.3f, 0.03f, 0.003f}, 1e-4f, 20),
            Preset.fullyConnected(new int[] {128}, "relu", null, 0f, 10),
            Preset.fullyConnected(new int[] {256, 128}, "relu", new float[] {0.1f, 0.01f, 0.0005f}, 0f, 10),
            Preset.fromSpec("cnn-small", "CNN, small", NetworkSpec.SMALL_CNN, false, null, 0f, 3),
            Preset.fromSpec("cnn", "CNN", "28x28x1 conv5x5x16 relu pool2 conv5x5x32 relu pool2 dense128 relu dropout0.5"
                    + " dense10", true, null, 0f, 10));

    /** The page's starting network: the 3Blue1Brown one. */
    public static final Preset PAGE_PRESET = PRESETS.get(0);

    /** The command line's network. */
    public static final Preset CLI_PRESET = PRESETS.get(1);

    public static final Setting DATASET = new Setting("dataset", "dataset", Kind.CHOICE, 0, 0, 1,
            datasetIds(), "mnist", "mnist", null, null);
    public static final Setting HIDDEN = new Setting("hidden", "hidden", Kind.SIZES, 1, NetworkSpec.MAX_LAYER_SIZE,
            MAX_HIDDEN_LAYERS, List.of(), sizesText(PAGE_PRESET.hidden(), ","), sizesText(CLI_PRESET.hidden(), ","), null, "layers");
    public static final Setting ACTIVATION = new Setting("activation", "activation", Kind.CHOICE, 0, 0, 1,
            List.of(Activations.names()), PAGE_PRESET.activation(), CLI_PRESET.activation(), null, "activations");
    public static final Setting OPTIMIZER = new Setting("optimizer", "optimizer", Kind.CHOICE, 0, 0, 1,
            TrainingConfig.OPTIMIZERS, "adam", "adam", null, "training");
    /** Its maximum holds on the page only: the command line lets you blow a run up on purpose. */
    public static final Setting LEARNING_RATE = new Setting("learningRate", "lr", Kind.NUMBER, 1e-6, 10, 1,
            List.of(), String.valueOf(PAGE_PRESET.learningRate("adam")), null, null, "gradient-descent");
    /** L2 weight decay λ (see {@link net.scratchnet.train.Optimizer}); above 0.01 it swamps the loss's own gradient. */
    public static final Setting WEIGHT_DECAY = new Setting("weightDecay", "weight-decay", Kind.NUMBER, 0, 0.01, 1,
            List.of(), String.valueOf(PAGE_PRESET.weightDecay()), String.valueOf(CLI_PRESET.weightDecay()), null,
            "overfitting");
    public static final Setting BATCH_SIZE = new Setting("batchSize", "batch", Kind.INTEGER, 1,
            TrainingConfig.MAX_BATCH_SIZE, 1, List.of(), "32", "32", null, "training");
    public static final Setting EPOCHS = new Setting("epochs", "epochs", Kind.INTEGER, 1, MAX_EPOCHS, 1, List.of(),
            String.valueOf(PAGE_PRESET.epochs()), String.valueOf(CLI_PRESET.epochs()), null, "gradient-descent");
    public static final Setting SEED = new Setting("seed", "seed", Kind.INTEGER, 0, Integer.MAX_VALUE, 1, List.of(),
            "1", "1", null, null);

    /**
     * The whole network as a spec, layer by layer, instead of {@link #HIDDEN} and {@link #ACTIVATION}: how a
     * convolutional network is chosen. Empty means "use those two".
     */
    public static final Setting ARCHITECTURE = new Setting("architecture", "arch", Kind.SPEC, 0, 0, 1, List.of(),
            "", "", "the whole network, layer by layer, instead of the hidden layers and activation, e.g.\n"
            + "\"" + NetworkSpec.SMALL_CNN + "\"", "convolutions");
    /** Whether each training image is randomly shifted, turned and scaled first (see Augmentation). */
    public static final Setting AUGMENT = new Setting("augment", "augment", Kind.FLAG, 0, 0, 1, List.of(),
            "false", "false", "move each training image a little at random first: shifted up to "
            + Math.round(Augmentation.MAX_SHIFT) + " pixels,\nturned up to " + Math.round(Augmentation.MAX_DEGREES)
            + " degrees, scaled by up to " + Math.round(100 * Augmentation.MAX_SCALING)
            + "% (the test images stay as they are)", "overfitting");

    /** In the order of the page's URL. */
    public static final List<Setting> ALL = List.of(DATASET, HIDDEN, ACTIVATION, ARCHITECTURE, OPTIMIZER,
            LEARNING_RATE, WEIGHT_DECAY, BATCH_SIZE, EPOCHS, SEED, AUGMENT);

    private TrainingSettings() {
    }

    /** Sizes as text, e.g. "16,16" with the separator ",". */
    static String sizesText(int[] sizes, String separator) {
        StringBuilder text = new StringBuilder();
        for (int size : sizes) {
            text.append(text.length() == 0 ? "" : separator).append(size);
        }
        return text.toString();
    }

    private static List<String> datasetIds() {
        List<String> ids = new ArrayList<>();
        for (DatasetKind kind : DatasetKind.values()) {
            ids.add(kind.id());
        }
        return List.copyOf(ids);
    }

    /**
     * Reads hidden layer sizes such as "16, 16".
     *
     * @throws IllegalArgumentException saying what is wrong, in words for the page's form and the command line
     */
    public static int[] hiddenSizes(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 1 && parts[0].trim().isEmpty()) {
            throw Problem.SETTINGS_NO_HIDDEN.refuse();
        }
        if (parts.length > MAX_HIDDEN_LAYERS) {
            throw Problem.SETTINGS_TOO_MANY_HIDDEN.refuse("most", MAX_HIDDEN_LAYERS, "count", parts.length);
        }
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (!part.matches("[0-9]{1,9}")) {
                throw Problem.SETTINGS_SIZES_FORMAT.refuse();
            }
            sizes[i] = Integer.parseInt(part);
            if (sizes[i] < HIDDEN.min() || sizes[i] > HIDDEN.max()) {
                throw Problem.SETTINGS_SIZE_RANGE.refuse("most", (int) HIDDEN.max(), "size", sizes[i]);
            }
        }
        return sizes;
    }

    /**
     * The network a dataset's images go into: its inputs, the hidden layers, one output per class, e.g.
     * "784-16-16-10 sigmoid" (in its canonical form, every part spelled out).
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static NetworkSpec architecture(int[] hidden, String activation, DatasetKind dataset) {
        if (hidden.length == 0 || hidden.length > MAX_HIDDEN_LAYERS) {
            throw Problem.SETTINGS_HIDDEN_COUNT.refuse("most", MAX_HIDDEN_LAYERS, "count", hidden.length);
        }
        StringBuilder spec = new StringBuilder().append(dataset.inputSize());
        for (int size : hidden) {
            spec.append('-').append(size);
        }
        spec.append('-').append(dataset.classCount());
        Activations.byName(activation);  // a clear message before the spec's more general one
        return NetworkSpec.parse(spec + " " + activation);
    }

    /**
     * A whole network spec ({@link #ARCHITECTURE}) for a dataset's images, e.g. "28x28x1 conv5x5x8 relu pool2
     * dense10": it must take the dataset's images and give one output per class.
     *
     * @throws IllegalArgumentException naming the offending word of the spec, or how it does not fit the dataset
     */
    public static NetworkSpec architecture(String spec, DatasetKind dataset) {
        NetworkSpec parsed = NetworkSpec.parse(spec);
        if (parsed.inputSize() != dataset.inputSize() || parsed.outputSize() != dataset.classCount()) {
            throw Problem.SETTINGS_DATASET_FIT.refuse("inputs", parsed.inputShape(), "outputs", parsed.outputShape(),
                    "dataset", dataset.id(), "pixels", dataset.inputSize(), "rows", DatasetKind.ROWS,
                    "cols", DatasetKind.COLS, "channels", DatasetKind.CHANNELS, "classes", dataset.classCount());
        }
        return parsed;
    }

    /** The learning rate an optimiser starts from on the command line (the page's is {@link #LEARNING_RATE}'s). */
    public static float defaultLearningRate(String optimizer) {
        return CLI_PRESET.learningRate(optimizer);
    }

    /**
     * Every name and description of {@link #schemaJson()} in English, by the key the schema gives beside it (a field
     * {@code title} has its key in {@code titleWord}): what the page shows in its own language.
     */
    public static Map<String, String> words() {
        Map<String, String> words = new LinkedHashMap<>();
        for (Setting setting : ALL) {
            if (setting.description() != null) {
                words.put(setting.descriptionKey(), setting.pageDescription());
            }
        }
        for (DatasetKind kind : DatasetKind.values()) {
            words.put(kind.titleKey(), kind.title());
            words.put(kind.itemKey(), kind.item());
            for (int i = 0; i < kind.classCount(); i++) {
                words.put(kind.classKeys()[i], kind.classNames()[i]);
            }
        }
        for (OptimizerKind kind : OptimizerKind.values()) {
            words.put(kind.titleKey(), kind.title());
        }
        for (Preset preset : PRESETS) {
            words.put(preset.titleKey(), preset.title());
        }
        return words;
    }

    /**
     * The whole table for the page: settings, datasets, activations, optimisers, presets, limits. Beside each name
     * or description {@code x} a reader sees, {@code xWord} is the key of its words ({@link #words()}), and beside
     * a list of names, the list of their keys.
     */
    public static String schemaJson() {
        List<Json> settings = new ArrayList<>();
        for (Setting setting : ALL) {
            settings.add(new Json()
                    .put("name", setting.name())
                    .put("parameter", setting.parameter())
                    .put("kind", setting.kind().name().toLowerCase())
                    .put("min", setting.min())
                    .put("max", setting.max())
                    .put("maxCount", setting.maxCount())
                    .put("choices", setting.choices().toArray(new String[0]))
                    .put("default", setting.pageDefault())
                    .put("cliDefault", setting.cliDefault())
                    .put("description", setting.pageDescription())
                    .put("descriptionWord", setting.description() == null ? null : setting.descriptionKey())
                    .put("chapter", setting.chapter()));
        }
        List<Json> datasets = new ArrayList<>();
        for (DatasetKind kind : DatasetKind.values()) {
            datasets.add(new Json()
                    .put("id", kind.id())
                    .put("title", kind.title())
                    .put("titleWord", kind.titleKey())
                    .put("item", kind.item())
                    .put("itemWord", kind.itemKey())
                    .put("penDrawn", kind.penDrawn())   // a pad's strokes drawn again, as its images were
                    .put("folder", kind.folder())
                    .put("samples", SampleImages.FILE_NAME)   // a few test images for the pad, made at build time
                    .put("checksums", Checksums.FILE_NAME)
                    // in the order BrowserExports.loadDataset takes them
                    .put("files", new String[] {Split.TRAIN.imagesFileName(), Split.TRAIN.labelsFileName(),
                            Split.TEST.imagesFileName(), Split.TEST.labelsFileName()})
                    .put("classNames", kind.classNames())
                    .put("classNamesWord", kind.classKeys())
                    .put("inputShape", kind.inputShape())
                    .put("classCount", kind.classCount()));
        }
        List<Json> optimizers = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            optimizers.add(new Json()
                    .put("name", kind.id())
                    .put("title", kind.title())
                    .put("titleWord", kind.titleKey())
                    .put("learningRate", kind.learningRate()));
        }
        List<Json> presets = new ArrayList<>();
        for (Preset preset : PRESETS) {
            Json rates = new Json();
            for (String optimizer : TrainingConfig.OPTIMIZERS) {
                rates.put(optimizer, preset.learningRate(optimizer));
            }
            presets.add(new Json()
                    .put("id", preset.id())
                    .put("title", preset.title())
                    .put("titleWord", preset.titleKey())
                    .put("hidden", preset.hidden())
                    .put("activation", preset.activation())
                    .put("architecture", preset.architecture())
                    .put("augment", preset.augment())
                    .put("learningRates", rates)
                    .put("weightDecay", preset.weightDecay())
                    .put("epochs", preset.epochs()));
        }
        return new Json()
                .put("settings", settings)
                .put("datasets", datasets)
                .put("activations", Activations.names())
                .put("optimizers", optimizers)
                .put("presets", presets)
                .put("maxLayerSize", NetworkSpec.MAX_LAYER_SIZE)
                .put("maxHiddenLayers", MAX_HIDDEN_LAYERS)
                .toString();
    }
}

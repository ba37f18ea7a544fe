package net.scratchnet.settings;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.activation.Activations;
import net.scratchnet.data.Checksums;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.json.Json;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.Setting.Kind;
import net.scratchnet.tools.SampleImages;
import net.scratchnet.train.TrainingConfig;

/**
 * THE table of training settings: every setting's name, URL parameter and command-line option, limits and
 * defaults, with the datasets, activations, optimisers and architecture presets they choose from. The page
 * gets it as JSON ({@link #schemaJson()}) and builds its form, its URL reading and its messages from it; the
 * command line reads its options' defaults and limits from it. The names come from the registries
 * ({@link Activations}, {@link TrainingConfig#OPTIMIZERS}, {@link DatasetKind}) and the hard limits from the
 * classes that enforce them ({@link NetworkSpec#MAX_LAYER_SIZE}, {@link TrainingConfig#MAX_BATCH_SIZE}).
 *
 * <p>The page and the command line differ in three defaults on purpose: the page starts with the small
 * 784-16-16-10 sigmoid network of the 3Blue1Brown video, 5 epochs and a learning rate of 0.01 (quick to
 * watch in a tab), the command line with 784-128-10 ReLU, 10 epochs and each optimiser's own rate (the
 * accuracy table of the README).
 */
public final class TrainingSettings {
    /** More hidden layers than this learn nothing more on 28x28 images and only slow the tab down. */
    public static final int MAX_HIDDEN_LAYERS = 4;

    /** Beyond 100 epochs these networks only overfit (the test accuracy stops rising after 10-20). */
    public static final int MAX_EPOCHS = 100;

    /** The architecture presets the page offers, as hidden layer sizes. */
    public static final List<int[]> PRESETS = List.of(new int[] {16, 16}, new int[] {128}, new int[] {256, 128});

    private static final String[] OPTIMIZER_TITLES = {"SGD", "SGD + momentum", "Adam"};  // as TrainingConfig.OPTIMIZERS

    public static final Setting DATASET = new Setting("dataset", "dataset", Kind.CHOICE, 0, 0, 1,
            datasetIds(), "mnist", "mnist");
    public static final Setting HIDDEN = new Setting("hidden", "hidden", Kind.SIZES, 1, NetworkSpec.MAX_LAYER_SIZE,
            MAX_HIDDEN_LAYERS, List.of(), "16,16", "128");
    public static final Setting ACTIVATION = new Setting("activation", "activation", Kind.CHOICE, 0, 0, 1,
            List.of(Activations.names()), "sigmoid", "relu");
    public static final Setting OPTIMIZER = new Setting("optimizer", "optimizer", Kind.CHOICE, 0, 0, 1,
            TrainingConfig.OPTIMIZERS, "adam", "adam");
    /** Its maximum holds on the page only: the command line lets you blow a run up on purpose. */
    public static final Setting LEARNING_RATE = new Setting("learningRate", "lr", Kind.NUMBER, 1e-6, 10, 1,
            List.of(), "0.01", null);
    public static final Setting BATCH_SIZE = new Setting("batchSize", "batch", Kind.INTEGER, 1,
            TrainingConfig.MAX_BATCH_SIZE, 1, List.of(), "32", "32");
    public static final Setting EPOCHS = new Setting("epochs", "epochs", Kind.INTEGER, 1, MAX_EPOCHS, 1, List.of(),
            "5", "10");
    public static final Setting SEED = new Setting("seed", "seed", Kind.INTEGER, 0, Integer.MAX_VALUE, 1, List.of(),
            "1", "1");

    /** In the order of the page's URL. */
    public static final List<Setting> ALL = List.of(DATASET, HIDDEN, ACTIVATION, OPTIMIZER, LEARNING_RATE,
            BATCH_SIZE, EPOCHS, SEED);

    private TrainingSettings() {
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
            throw new IllegalArgumentException("give at least one hidden layer size, e.g. 16,16");
        }
        if (parts.length > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_HIDDEN_LAYERS + " hidden layers, got " + parts.length);
        }
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (!part.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException("layer sizes are whole numbers separated by commas, e.g. 16,16");
            }
            sizes[i] = Integer.parseInt(part);
            if (sizes[i] < HIDDEN.min() || sizes[i] > HIDDEN.max()) {
                throw new IllegalArgumentException("each layer needs 1 to " + (int) HIDDEN.max() + " neurons, got "
                        + sizes[i]);
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
            throw new IllegalArgumentException("give 1 to " + MAX_HIDDEN_LAYERS + " hidden layers, got " + hidden.length);
        }
        StringBuilder spec = new StringBuilder().append(dataset.inputSize());
        for (int size : hidden) {
            spec.append('-').append(size);
        }
        spec.append('-').append(dataset.classCount());
        Activations.byName(activation);  // a clear message before the spec's more general one
        return NetworkSpec.parse(spec + " " + activation);
    }

    /** The learning rate an optimiser starts from on the command line (the page's is {@link #LEARNING_RATE}'s). */
    public static float defaultLearningRate(String optimizer) {
        return TrainingConfig.defaultLearningRate(optimizer);
    }

    /** The whole table for the page: settings, datasets, activations, optimisers, presets, limits. */
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
                    .put("cliDefault", setting.cliDefault()));
        }
        List<Json> datasets = new ArrayList<>();
        for (DatasetKind kind : DatasetKind.values()) {
            datasets.add(new Json()
                    .put("id", kind.id())
                    .put("title", kind.title())
                    .put("item", kind.item())
                    .put("folder", kind.folder())
                    .put("samples", SampleImages.FILE_NAME)   // a few test images for the pad, made at build time
                    .put("checksums", Checksums.FILE_NAME)
                    // in the order BrowserExports.loadDataset takes them
                    .put("files", new String[] {Split.TRAIN.imagesFileName(), Split.TRAIN.labelsFileName(),
                            Split.TEST.imagesFileName(), Split.TEST.labelsFileName()})
                    .put("classNames", kind.classNames())
                    .put("inputShape", kind.inputShape())
                    .put("classCount", kind.classCount()));
        }
        List<Json> optimizers = new ArrayList<>();
        for (int i = 0; i < TrainingConfig.OPTIMIZERS.size(); i++) {
            String name = TrainingConfig.OPTIMIZERS.get(i);
            optimizers.add(new Json()
                    .put("name", name)
                    .put("title", OPTIMIZER_TITLES[i])
                    .put("learningRate", defaultLearningRate(name)));
        }
        List<Json> presets = new ArrayList<>();
        for (int[] hidden : PRESETS) {
            presets.add(new Json().put("hidden", hidden));
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

package net.scratchnet.words;

/**
 * Everything the core can tell a reader is wrong with what they gave it: a model or run file they imported (or
 * that the browser kept), a dataset download, a network spec or setting they typed, a drawing. Anything else the
 * core throws is a programmer's error (an internal invariant, a page script calling it wrongly, a dataset file that
 * passed its checksum yet is malformed, which only a broken build can cause): those stay plain English exceptions.
 *
 * <p>The key names the text in every language: the page shows {@code core.KEY} from
 * {@code src/site/texts/LANGUAGE/scripts/core.txt}, except English, which is {@link #english()} itself (the build
 * adds it to the page's English words, {@link CoreWords}, so it is written once). {@code {name}} marks a value
 * ({@link Message}); a translation names the same values, wherever its grammar puts them.
 */
public enum Problem {
    // ---- a model file (net.scratchnet.model.ModelFile), imported or kept by the browser ----
    MODEL_EMPTY("model.empty", "the model file is empty"),
    MODEL_NOT_SCRATCHNET("model.notScratchNet", "not a ScratchNet model file: it should start with \"SNET\""),
    MODEL_VERSION("model.version",
            "model file format version {version} is not supported"
            + " (this ScratchNet reads versions {oldest} to {newest})"),
    MODEL_SPEC_TOO_LONG("model.specTooLong",
            "the model file's network spec is {bytes} bytes long; at most {most} are allowed"),
    MODEL_DATASET_TOO_LONG("model.datasetTooLong",
            "the model file's dataset name is {bytes} bytes long; at most {most} are allowed"),
    MODEL_SPEC_INVALID("model.specInvalid", "the model file's network spec is invalid: {reason}"),
    MODEL_VERSION_TOO_OLD("model.versionTooOld",
            "the model file is version {version}, which cannot hold a {spec} network (version {needed} can)"),
    MODEL_COUNT("model.count", "the model file holds {count} numbers but a {spec} network has {expected}"),
    MODEL_TRUNCATED("model.truncated", "the model file is truncated: {bytes} bytes, expected {expected}"),
    MODEL_HEADER_CUT("model.headerCut",
            "the model file is truncated: it ends after {bytes} bytes, in the middle of its header"),
    MODEL_EXTRA_BYTES("model.extraBytes", "the model file has {bytes} unexpected bytes at its end"),
    MODEL_CHECKSUM("model.checksum", "the model file is damaged: its checksum does not match its contents"),
    MODEL_NOT_FINITE("model.notFinite", "the model file's {parameter} contain a value that is not a finite number"),
    MODEL_UNKNOWN_DATASET("model.unknownDataset",
            "the file says it was trained on '{dataset}', which this site does not know (it knows {known})"),

    // ---- a training run the browser kept (net.scratchnet.train.RunFile) ----
    RUN_NOT_SCRATCHNET("run.notScratchNet", "not a ScratchNet training run: it should start with \"SNRN\""),
    RUN_CHECKSUM("run.checksum", "the run file is damaged or cut short (its checksum does not match)"),
    RUN_VERSION("run.version",
            "the run file has format version {version}; this version of ScratchNet reads version {supported}"),
    RUN_CUT_SHORT("run.cutShort", "the run file is cut short"),
    RUN_OTHER_DATASET("run.otherDataset", "the run trained on '{dataset}', not on '{expected}'"),
    RUN_CHECKPOINT_SPEC("run.checkpointSpec", "its checkpoint is a {checkpoint} network, not a {spec}"),
    RUN_EXTRA_BYTES("run.extraBytes", "the run file has {bytes} bytes too many"),
    RUN_DAMAGED("run.damaged", "the run file is damaged ({reason})"),
    RUN_ENDS_EARLY("run.endsEarly", "it ends in the middle of its data"),
    RUN_COUNTERS("run.counters", "{count} counters"),
    RUN_WEIGHTS_CUT("run.weightsCut", "its weights are cut short"),
    RUN_CHECKPOINT_CUT("run.checkpointCut", "its checkpoint is cut short"),
    RUN_WEIGHTS_INVALID("run.weightsInvalid", "its weights: {reason}"),
    RUN_CHECKPOINT_INVALID("run.checkpointInvalid", "its checkpoint: {reason}"),
    RUN_POSITION("run.position",
            "a position of example {position} in epoch {epoch} does not fit {examples} examples in batches of {batch}"),
    RUN_EXAMPLES("run.examples", "the run was trained on another number of examples than {examples}"),
    RUN_ORDER("run.order", "the order of examples names example {example}"),
    RUN_PAGE_COUNTERS("run.pageCounters", "the run file holds {count} counters, not the 4 of a page's run"),

    // ---- a dataset download, checked against its SHA256SUMS (net.scratchnet.data.Checksums) ----
    DATA_CHECKSUMS_LINE("data.checksumsLine",
            "{source} line {line}: expected 64 hex digits, two spaces and a file name, found '{text}'"),
    DATA_NOT_LISTED("data.notListed", "{file} is not listed in {source}, so it cannot be verified"),
    DATA_CHECKSUM("data.checksum", "{file}: checksum mismatch, the file is damaged or not the expected one"
            + " (its SHA-256 is {actual}, {source} expects {expected})"),

    // ---- a network spec as typed (net.scratchnet.network.NetworkSpec, LayerSpec) ----
    SPEC_EMPTY("spec.empty",
            "empty network spec (expected e.g. '784-16-16-10 sigmoid' or '28x28x1 conv5x5x8 relu pool2 dense10')"),
    SPEC_TWO_ACTIVATIONS("spec.twoActivations",
            "network spec '{spec}' names two activations, {first} and {second} (the hidden layers share one)"),
    SPEC_UNKNOWN_WORD_SIZES("spec.unknownWordSizes", "'{word}' in network spec '{spec}' is not an activation"
            + " ({activations}), a loss (crossentropy, mse) or an initialisation (xavier, he)"),
    SPEC_SIZE_NOT_NUMBER("spec.sizeNotNumber", "layer size '{size}' in '{word}' is not a whole number"
            + " (expected sizes joined by '-', e.g. 784-16-16-10, or an image such as 28x28x1)"),
    SPEC_SIZE_RANGE("spec.sizeRange", "layer size {size} in '{word}' is out of range (1 to {most})"),
    SPEC_TOO_FEW_SIZES("spec.tooFewSizes", "a network needs at least an input and an output size, got {count}"),
    SPEC_KERNEL_NOT_SQUARE("spec.kernelNotSquare",
            "'{word}' in network spec '{spec}': kernels are square, e.g. conv5x5x8 (5×5, 8 filters)"),
    SPEC_MUST_FOLLOW_CONV_OR_POOL("spec.mustFollowConvOrPool",
            "'{word}' in network spec '{spec}' must follow a conv or pool layer, e.g. conv3x3x8 stride2 same"),
    SPEC_MUST_FOLLOW_CONV("spec.mustFollowConv",
            "'{word}' in network spec '{spec}' must follow a conv layer, e.g. conv3x3x8 stride2 same"),
    SPEC_UNKNOWN_WORD_LAYERS("spec.unknownWordLayers", "'{word}' in network spec '{spec}' is not a layer"
            + " (e.g. conv5x5x8, pool2, dense10, dropout0.5, or an activation: {activations}), a conv's stride2,"
            + " same or valid, a loss (crossentropy, mse) or an initialisation (xavier, he)"),
    SPEC_NUMBER_RANGE("spec.numberRange", "'{word}' in network spec '{spec}': {number} is out of range (1 to {most})"),
    SPEC_INVALID("spec.invalid", "network spec '{spec}': {reason}"),
    SPEC_NO_LAYERS("spec.noLayers", "a network needs at least one layer after its input {shape}"),
    SPEC_CONV_DOES_NOT_FIT("spec.convDoesNotFit", "{layer} without padding does not fit in a {height}×{width} input"),
    SPEC_POOL_DOES_NOT_FIT("spec.poolDoesNotFit", "{layer} does not fit in a {height}×{width} input"),
    SPEC_SHAPE_TOO_BIG("spec.shapeTooBig",
            "{what} gives {shape} = {size} numbers per example; at most {most} are allowed"),
    /** What {@link #SPEC_SHAPE_TOO_BIG} says of a network's input (of a layer it says the layer's words). */
    SPEC_THE_INPUT("spec.theInput", "the input"),
    SPEC_TOO_MANY_PARAMETERS("spec.tooManyParameters",
            "this network has {count} weights and biases, more than the {most} a browser tab can hold while training"),

    // ---- the training settings as typed (net.scratchnet.settings.TrainingSettings, train.TrainingConfig) ----
    SETTINGS_NO_HIDDEN("settings.noHidden", "give at least one hidden layer size, e.g. 16,16"),
    SETTINGS_TOO_MANY_HIDDEN("settings.tooManyHidden", "at most {most} hidden layers, got {count}"),
    SETTINGS_SIZES_FORMAT("settings.sizesFormat", "layer sizes are whole numbers separated by commas, e.g. 16,16"),
    SETTINGS_SIZE_RANGE("settings.sizeRange", "each layer needs 1 to {most} neurons, got {size}"),
    SETTINGS_HIDDEN_COUNT("settings.hiddenCount", "give 1 to {most} hidden layers, got {count}"),
    SETTINGS_DATASET_FIT("settings.datasetFit", "the network takes {inputs} inputs and gives {outputs} outputs,"
            + " but {dataset} has {pixels} pixels ({rows}x{cols}x{channels}) and {classes} classes"),
    SETTINGS_OPTIMIZER("settings.optimizer", "unknown optimizer '{optimizer}' (expected one of {optimizers})"),
    SETTINGS_LEARNING_RATE("settings.learningRate", "learning rate must be a positive number, got {rate}"),
    SETTINGS_BATCH_SIZE("settings.batchSize", "batch size must be 1 to {most}, got {size}"),
    SETTINGS_WEIGHT_DECAY("settings.weightDecay", "weight decay must be 0 or positive, got {decay}"),

    // ---- training in the browser (net.scratchnet.web.TrainingSession) ----
    TRAIN_NO_DATASET("train.noDataset", "load a dataset before training"),
    TRAIN_EPOCHS("train.epochs", "a run trains 1 to {most} epochs, not {epochs}"),

    // ---- the drawing pad (net.scratchnet.data.Strokes) ----
    DRAWING_TOO_MANY_POINTS("drawing.tooManyPoints",
            "a drawing of {count} points is more than the {most} a drawing may have"),

    // ---- the course's own networks (net.scratchnet.lesson) ----
    LESSON_POINTS_NETWORK("lesson.pointsNetwork",
            "a network for points takes 2 inputs (x, y) and gives 2 outputs (one per class), got {spec}"),

    /** An error the core did not foresee (a bug, or the browser ran out of memory): its English, as it is. */
    UNEXPECTED("unexpected", "{detail}");

    private final String key;
    private final String english;

    Problem(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The text's key without the {@code core.} prefix, e.g. "model.truncated". */
    public String key() {
        return key;
    }

    /** The English text, with a {@code {name}} for each value, e.g. "the model file is truncated: {bytes} bytes". */
    public String english() {
        return english;
    }

    /** This problem with its values, given as name, value, name, value... ({@link Message#Message}). */
    public Message with(Object... namesAndValues) {
        return new Message(this, namesAndValues);
    }

    /** The problem as an exception for bad input ({@link BadInputException}), values as in {@link #with}. */
    public BadInputException refuse(Object... namesAndValues) {
        return new BadInputException(with(namesAndValues));
    }
}

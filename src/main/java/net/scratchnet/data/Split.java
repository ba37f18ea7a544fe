package net.scratchnet.data;

/**
 * The training part (60,000 images) or the test part (10,000) of a dataset, and the names of its files:
 * MNIST's original distribution calls them train-* and t10k-*, and Fashion-MNIST kept the names.
 */
public enum Split {
    TRAIN("train", "train"),
    TEST("test", "t10k");

    private final String id;
    private final String filePrefix;

    Split(String id, String filePrefix) {
        this.id = id;
        this.filePrefix = filePrefix;
    }

    /** "train" or "test", as shown in messages. */
    public String id() {
        return id;
    }

    public String imagesFileName() {
        return filePrefix + "-images-idx3-ubyte.gz";
    }

    public String labelsFileName() {
        return filePrefix + "-labels-idx1-ubyte.gz";
    }
}

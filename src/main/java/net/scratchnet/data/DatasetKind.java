package net.scratchnet.data;

/** The two datasets the project ships: both are 28x28 grey images in 10 classes, stored as IDX files. */
public enum DatasetKind {
    MNIST("mnist", "mnist", "MNIST (handwritten digits)", "a digit", true,
            new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}),
    FASHION("fashion", "fashion-mnist", "Fashion-MNIST (clothing)", "a piece of clothing", false,
            new String[] {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                          "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"});

    /** Both datasets use MNIST's image size: 28x28 pixels with one (grey) channel. */
    public static final int ROWS = 28;
    public static final int COLS = 28;
    public static final int CHANNELS = 1;

    private final String id;
    private final String folder;
    private final String title;
    private final String item;
    private final boolean penDrawn;
    private final String[] classNames;

    DatasetKind(String id, String folder, String title, String item, boolean penDrawn, String[] classNames) {
        this.id = id;
        this.folder = folder;
        this.title = title;
        this.item = item;
        this.penDrawn = penDrawn;
        this.classNames = classNames;
    }

    /** What the page calls it, e.g. "Fashion-MNIST (clothing)". */
    public String title() {
        return title;
    }

    /** What one image shows, as the drawing pad asks for it ("Draw a digit"): "a digit", "a piece of clothing". */
    public String item() {
        return item;
    }

    /**
     * Whether its images are pen strokes (MNIST's digits were written with a pen, then centred and scaled), so a
     * drawing pad's strokes are drawn again the same way ({@link StrokePreprocessor}) rather than read as pixels.
     * Fashion-MNIST's are photos of solid things: a pad's picture of one is read from its pixels.
     */
    public boolean penDrawn() {
        return penDrawn;
    }

    /** Rows, columns, channels of one image: {28, 28, 1}. */
    public int[] inputShape() {
        return new int[] {ROWS, COLS, CHANNELS};
    }

    /** How many numbers one image is for a network: 784. */
    public int inputSize() {
        return ROWS * COLS * CHANNELS;
    }

    /** How many classes a network for this dataset tells apart (its output size): 10. */
    public int classCount() {
        return classNames.length;
    }

    /** The short name used on the command line and in the page: "mnist" or "fashion". */
    public String id() {
        return id;
    }

    /** The folder under webapp/data that holds the files: "mnist" or "fashion-mnist". */
    public String folder() {
        return folder;
    }

    public String[] classNames() {
        return classNames.clone();
    }

    // The keys of its names in the page's words (core.KEY in src/site/texts/LANGUAGE/scripts/core.txt, the English
    // being the names above, net.scratchnet.words.CoreWords): the page shows them in its own language.

    /** "dataset.fashion.title": the key of {@link #title()}. */
    public String titleKey() {
        return "dataset." + id + ".title";
    }

    /** "dataset.fashion.item": the key of {@link #item()}. */
    public String itemKey() {
        return "dataset." + id + ".item";
    }

    /** "dataset.fashion.class.0", ...: the keys of {@link #classNames()}, in their order. */
    public String[] classKeys() {
        String[] keys = new String[classNames.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "dataset." + id + ".class." + i;
        }
        return keys;
    }

    /**
     * @param id "mnist" or "fashion" (also accepts the folder name "fashion-mnist")
     * @throws IllegalArgumentException naming the accepted values
     */
    public static DatasetKind fromId(String id) {
        for (DatasetKind kind : values()) {
            if (kind.id.equals(id) || kind.folder.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + id + "' (expected mnist or fashion)");
    }
}

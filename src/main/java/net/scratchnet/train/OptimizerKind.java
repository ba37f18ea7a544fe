package net.scratchnet.train;

import net.scratchnet.words.Problem;

/**
 * The optimisers a run can take its steps with: for each, the name the command line and the site know it by,
 * the title the page shows, and a learning rate that works for it on MNIST. Momentum's rate is ten times smaller
 * than SGD's because with μ = 0.9 its steps add up to about η/(1-μ) = 10·η; Adam's steps are about η each.
 */
public enum OptimizerKind {
    SGD("sgd", "SGD", 0.1f),
    MOMENTUM("momentum", "SGD + momentum", 0.01f),
    ADAM("adam", "Adam", 0.001f);

    private final String id;
    private final String title;
    private final float learningRate;

    OptimizerKind(String id, String title, float learningRate) {
        this.id = id;
        this.title = title;
        this.learningRate = learningRate;
    }

    /** The name on the command line and in the page's URL: "sgd", "momentum" or "adam". */
    public String id() {
        return id;
    }

    /** What the page calls it, e.g. "SGD + momentum". */
    public String title() {
        return title;
    }

    /** "optimizer.momentum.title": the key of {@link #title()} in the page's words (as {@code DatasetKind}'s). */
    public String titleKey() {
        return "optimizer." + id + ".title";
    }

    /** A learning rate that works for it on MNIST (η). */
    public float learningRate() {
        return learningRate;
    }

    /**
     * The optimiser named {@code id}.
     *
     * @throws IllegalArgumentException naming the optimisers there are
     */
    public static OptimizerKind byId(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw Problem.SETTINGS_OPTIMIZER.refuse("optimizer", id, "optimizers",
                TrainingConfig.OPTIMIZERS.toArray(new String[0]));
    }
}

package net.scratchnet.lesson;

import net.scratchnet.layer.Initialization;
import net.scratchnet.layer.Parameter;
import net.scratchnet.math.Rng;
import net.scratchnet.network.Network;
import net.scratchnet.network.NetworkSpec;

/**
 * The ways chapter 10 starts a network's weights: the two the core offers ({@link Initialization}, Xavier and He)
 * and three that go wrong, for comparison: all zero, too small, too large. Biases start at 0 in every case.
 *
 * <p>The three bad ones draw from a uniform distribution of a fixed bound, whatever the layer's size: that is the
 * mistake. Xavier and He scale the bound with the number of inputs, so that a signal keeps its size layer after layer.
 */
public enum StartingWeights {
    /** Every weight 0: every neuron of a layer computes the same thing, gets the same gradient, and stays a copy. */
    ZERO("zero", 0f),
    /** U(-0.01, 0.01): signals shrink by about the same factor at every layer. */
    SMALL("small", 0.01f),
    /** U(-1, 1): signals grow at every layer (or saturate a sigmoid). */
    LARGE("large", 1f),
    XAVIER("xavier", Float.NaN),
    HE("he", Float.NaN);

    private final String id;
    private final float fixedLimit;   // the bound of U(-limit, limit) for every layer; NaN: the core's scaled bound

    StartingWeights(String id, float fixedLimit) {
        this.id = id;
        this.fixedLimit = fixedLimit;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the ids there are */
    public static StartingWeights byId(String id) {
        for (StartingWeights start : values()) {
            if (start.id.equals(id)) {
                return start;
            }
        }
        throw new IllegalArgumentException("unknown way to start the weights '" + id
                + "' (expected zero, small, large, xavier or he)");
    }

    /** The bound of U(-limit, limit) this way draws a layer's weights from, for a layer of {@code in} inputs and {@code out} neurons. */
    public float limit(int in, int out) {
        if (this == XAVIER) {
            return Initialization.XAVIER.limit(in, out);
        }
        return this == HE ? Initialization.HE.limit(in, out) : fixedLimit;
    }

    /**
     * A network of the fully connected {@code spec} (sizes and hidden activation, e.g. "784-64-10 relu", no
     * initialisation word) with its weights started this way: Xavier and He by the core itself, the others by
     * drawing every dense layer's weights again from the same seed.
     */
    public Network network(String spec, int seed) {
        if (this == XAVIER || this == HE) {
            return new Network(NetworkSpec.parse(spec + " " + id), seed);
        }
        Network network = new Network(NetworkSpec.parse(spec), seed);
        Rng rng = new Rng(seed);
        for (int k = 0; k < network.denseCount(); k++) {
            Parameter weights = network.dense(k).weights();
            for (float[] row : weights.values()) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = rng.nextSymmetric(fixedLimit);
                }
            }
        }
        return network;
    }
}

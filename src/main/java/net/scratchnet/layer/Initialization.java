package net.scratchnet.layer;

import net.scratchnet.math.Rng;

/**
 * How a dense layer's weights start: small random numbers, scaled so that signals neither die out nor blow up as
 * they pass through many layers. (All-equal weights would never differ: every neuron would get the same gradient.)
 * Biases start at 0.
 *
 * <p>Both draw from a uniform distribution (not a Gaussian): it needs only a square root, which is exact on every
 * platform, so the same seed gives bit-identical weights on the JVM and in the browser.
 */
public enum Initialization {
    /** Glorot and Bengio (2010), for sigmoid and tanh: U(-√(6/(in+out)), +√(6/(in+out))), variance 2/(in+out). */
    XAVIER("xavier"),
    /** He et al. (2015), for ReLU, which zeroes half its inputs: U(-√(6/in), +√(6/in)), variance 2/in. */
    HE("he");

    private final String specName;

    Initialization(String specName) {
        this.specName = specName;
    }

    /** The name used in network specs. */
    public String specName() {
        return specName;
    }

    /** The bound of the uniform distribution for a layer with {@code in} inputs and {@code out} neurons. */
    public float limit(int in, int out) {
        return this == XAVIER ? (float) Math.sqrt(6.0 / (in + out)) : (float) Math.sqrt(6.0 / in);
    }

    /** Fills {@code weights}, row by row, from {@code rng}. */
    public void fill(float[][] weights, Rng rng) {
        float limit = limit(weights.length, weights[0].length);
        for (float[] row : weights) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextSymmetric(limit);
            }
        }
    }

    /** @throws IllegalArgumentException when {@code name} is neither "xavier" nor "he" */
    public static Initialization bySpecName(String name) {
        for (Initialization init : values()) {
            if (init.specName.equals(name)) {
                return init;
            }
        }
        throw new IllegalArgumentException("unknown initialisation '" + name + "' (expected xavier or he)");
    }

    public static boolean isSpecName(String name) {
        return name.equals("xavier") || name.equals("he");
    }
}

package net.scratchnet.web;

import net.scratchnet.network.NetworkSpec;

/**
 * The networks of the shared browser benchmark (its README: "The CNN workload"), by the name that
 * {@code bench.html?workload=NAME} and {@code BENCH_ENTRY.workload} use. The specs are written here once; the page
 * passes only the name.
 */
public enum BenchWorkload {
    /** 784-128-ReLU-10: the benchmark's multilayer perceptron. */
    MLP("mlp", "784-128-10 relu"),
    /** The benchmark's small CNN, {@link NetworkSpec#SMALL_CNN}. */
    CNN("cnn", NetworkSpec.SMALL_CNN);

    /** The benchmark's name for it, as bench.html?workload= gives it: "mlp" or "cnn". */
    private final String id;
    /** The network spec (see {@link #spec()}). */
    private final String spec;

    BenchWorkload(String id, String spec) {
        this.id = id;
        this.spec = spec;
    }

    /**
     * The network spec. Its defaults are the benchmark's: softmax cross-entropy, and for ReLU networks He-uniform
     * weights U(±√(6/fan_in)) (fan_in 25, 200 and 256 for the CNN) with zero biases
     * ({@link net.scratchnet.layer.Initialization#HE}).
     */
    public String spec() {
        return spec;
    }

    /** @throws IllegalArgumentException for a name that is neither "mlp" nor "cnn" */
    public static BenchWorkload byId(String id) {
        for (BenchWorkload workload : values()) {
            if (workload.id.equals(id)) {
                return workload;
            }
        }
        throw new IllegalArgumentException("unknown benchmark workload '" + id + "' (expected mlp or cnn)");
    }
}

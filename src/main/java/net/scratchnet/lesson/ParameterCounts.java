package net.scratchnet.lesson;

import net.scratchnet.layer.DenseLayer;
import net.scratchnet.network.NetworkSpec;

/** Where a network's parameters are: each layer of n neurons fed by m inputs has m·n weights and n biases. */
public final class ParameterCounts {
    private ParameterCounts() {
    }

    /** Weights and biases of each layer in turn, then the total ({@link NetworkSpec#parameterCount()}). */
    public static int[] of(NetworkSpec spec) {
        int[] sizes = spec.sizes();
        int[] counts = new int[2 * (sizes.length - 1) + 1];
        for (int k = 0; k + 1 < sizes.length; k++) {
            counts[2 * k] = DenseLayer.weightCount(sizes[k], sizes[k + 1]);
            counts[2 * k + 1] = DenseLayer.biasCount(sizes[k + 1]);
        }
        counts[counts.length - 1] = spec.parameterCount();
        return counts;
    }
}

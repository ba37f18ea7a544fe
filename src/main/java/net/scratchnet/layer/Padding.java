package net.scratchnet.layer;

/**
 * What a convolution does at the border of its input, with TensorFlow's rules (so that the same network gives the
 * same numbers there and here).
 */
public enum Padding {
    /** No padding: a k×k window only goes where it fits, so each side shrinks by k - 1 (at stride 1). */
    VALID("valid"),
    /**
     * Zeros around the input, as many as it takes for the output to be ⌈input / stride⌉ long: at stride 1 the
     * output has the input's size. When the zeros needed are odd in number, the extra one goes after (below,
     * right), as in TensorFlow.
     */
    SAME("same");

    private final String specName;

    Padding(String specName) {
        this.specName = specName;
    }

    /** "valid" or "same". */
    public String specName() {
        return specName;
    }

    /**
     * How many outputs a window of {@code kernel} numbers, moved {@code stride} at a time, gives along a side of
     * {@code in} numbers. A VALID window must fit: {@code kernel <= in} (the layers check it with their name).
     */
    public int outputSize(int in, int kernel, int stride) {
        if (this == SAME) {
            return (in + stride - 1) / stride;
        }
        return (in - kernel) / stride + 1;
    }

    /** How many zeros go before the first number of a side (above, or to the left). */
    public int before(int in, int kernel, int stride) {
        if (this == VALID) {
            return 0;
        }
        int needed = Math.max((outputSize(in, kernel, stride) - 1) * stride + kernel - in, 0);
        return needed / 2;
    }
}

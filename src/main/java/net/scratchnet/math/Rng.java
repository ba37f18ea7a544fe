package net.scratchnet.math;

/**
 * A seeded pseudo-random number generator: xoshiro128** by Blackman and Vigna.
 *
 * <p>Why not {@code java.util.Random}? ScratchNet must draw the same numbers on the JVM and in the browser, so
 * that a seed reproduces a training run bit for bit everywhere; TeaVM's {@code Random.nextInt(bound)} uses a
 * different algorithm than the JDK's. This generator is fully specified here and uses only 32-bit integer
 * arithmetic, which is also fast when compiled to JavaScript (where a Java {@code long} is slow).
 */
public final class Rng {
    private int s0;
    private int s1;
    private int s2;
    private int s3;

    /** The same seed always gives the same sequence of numbers. */
    public Rng(int seed) {
        // SplitMix32 spreads the seed over the 128 bits of state, so that seeds 1 and 2 give unrelated streams.
        int z = seed;
        s0 = splitMix(z += 0x9E3779B9);
        s1 = splitMix(z += 0x9E3779B9);
        s2 = splitMix(z += 0x9E3779B9);
        s3 = splitMix(z += 0x9E3779B9);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1; // the all-zero state would only ever produce zeros
        }
    }

    private static int splitMix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** 32 random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** A uniform integer in [0, bound), without the bias of a plain {@code nextInt() % bound}. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        // Draw from [0, 2^31) and reject the top sliver that would make small results more likely.
        int limit = Integer.MAX_VALUE - (int) ((Integer.MAX_VALUE % bound + 1L) % bound);
        int r;
        do {
            r = nextInt() >>> 1;
        } while (r > limit);
        return r % bound;
    }

    /** A uniform float in [0, 1): the top 24 bits, as many as a float's mantissa holds. */
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    /** A uniform float in [-limit, limit). */
    public float nextSymmetric(float limit) {
        return (2f * nextFloat() - 1f) * limit;
    }

    /** Puts {@code order} in a uniformly random order (Fisher-Yates). */
    public void shuffle(int[] order) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** The generator's 128 bits of state, to continue the same stream elsewhere with {@link #restore}. */
    public int[] state() {
        return new int[] {s0, s1, s2, s3};
    }

    /** Continues the stream whose {@link #state} this is. */
    public void restore(int[] state) {
        if (state.length != 4 || (state[0] | state[1] | state[2] | state[3]) == 0) {
            throw new IllegalArgumentException("an Rng state is four ints, not all zero");
        }
        s0 = state[0];
        s1 = state[1];
        s2 = state[2];
        s3 = state[3];
    }
}

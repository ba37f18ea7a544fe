package net.scratchnet.lesson;

import net.scratchnet.data.Dataset;
import net.scratchnet.math.Rng;

/**
 * Labelled points in the unit square, the small 2-D datasets of the course: each point is (x, y) in [0, 1)
 * and its class is 0 or 1. Drawn from a seed, so every visitor (and every test) sees the same points.
 */
public final class PointSet {
    private final float[] xs;
    private final float[] ys;
    private final int[] labels;

    private PointSet(float[] xs, float[] ys, int[] labels) {
        this.xs = xs;
        this.ys = ys;
        this.labels = labels;
    }

    /**
     * {@code count} random points of a named shape: "diagonal" (class 1 when x &gt; y, a straight line
     * separates it), "circles" (class 1 inside a ring), "xor" (class 1 in two opposite corners).
     *
     * @throws IllegalArgumentException for an unknown shape or a count below 1
     */
    public static PointSet generate(String shape, int count, int seed) {
        if (count < 1) {
            throw new IllegalArgumentException("a point set needs at least one point, got " + count);
        }
        Rng rng = new Rng(seed);
        float[] xs = new float[count];
        float[] ys = new float[count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            float x = rng.nextFloat();
            float y = rng.nextFloat();
            xs[i] = x;
            ys[i] = y;
            labels[i] = label(shape, x, y);
        }
        return new PointSet(xs, ys, labels);
    }

    private static int label(String shape, float x, float y) {
        switch (shape) {
            case "diagonal":
                return x > y ? 1 : 0;
            case "circles": {
                // inside a disc of radius 0.3 around the centre: area 0.28, so the classes are about even
                float dx = x - 0.5f;
                float dy = y - 0.5f;
                return dx * dx + dy * dy < 0.09f ? 1 : 0;
            }
            case "xor":
                return (x > 0.5f) != (y > 0.5f) ? 1 : 0;
            default:
                throw new IllegalArgumentException("unknown point set '" + shape + "' (expected diagonal, circles or xor)");
        }
    }

    public int size() {
        return labels.length;
    }

    public float x(int i) {
        return xs[i];
    }

    public float y(int i) {
        return ys[i];
    }

    /** 0 or 1. */
    public int label(int i) {
        return labels[i];
    }

    /** Every point as x, y, label, one after the other: what the page draws. */
    public float[] flat() {
        float[] flat = new float[3 * size()];
        for (int i = 0; i < size(); i++) {
            flat[3 * i] = xs[i];
            flat[3 * i + 1] = ys[i];
            flat[3 * i + 2] = labels[i];
        }
        return flat;
    }

    /**
     * The points as a {@link Dataset} of 1x2 "images", so the core's {@code Trainer} can learn them exactly as it
     * learns digits. A dataset stores pixels as bytes 0..255, so each coordinate is rounded to one of 256 steps:
     * finer than the page can show.
     */
    public Dataset toDataset() {
        byte[] pixels = new byte[2 * size()];
        byte[] classes = new byte[size()];
        for (int i = 0; i < size(); i++) {
            pixels[2 * i] = (byte) Math.round(xs[i] * 255f);
            pixels[2 * i + 1] = (byte) Math.round(ys[i] * 255f);
            classes[i] = (byte) labels[i];
        }
        return new Dataset("points", 1, 2, pixels, classes, new String[] {"0", "1"});
    }
}

package net.scratchnet.lesson;

/** The curves chapter 14's network of bumps tries to follow on [0, 1]. */
public enum TargetCurve {
    /** The wiggly function of Nielsen's chapter 4: 0.2 + 0.4x² + 0.3x·sin(15x) + 0.05·cos(50x). */
    WIGGLE("wiggle"),
    /** One and a half waves: 0.5 + 0.35·sin(3πx). */
    WAVE("wave"),
    /** A tent: up to 0.8 at x = 0.3, then down to 0.1 at x = 1, with corners a smooth network can only approach. */
    TENT("tent");

    private final String id;

    TargetCurve(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the curves there are */
    public static TargetCurve byId(String id) {
        for (TargetCurve curve : values()) {
            if (curve.id.equals(id)) {
                return curve;
            }
        }
        throw new IllegalArgumentException("unknown curve '" + id + "' (expected wiggle, wave or tent)");
    }

    public float at(float x) {
        if (this == WIGGLE) {
            return (float) (0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x));
        }
        if (this == WAVE) {
            return (float) (0.5 + 0.35 * Math.sin(3 * Math.PI * x));
        }
        return x < 0.3f ? 0.1f + 0.7f * x / 0.3f : 0.8f - 0.7f * (x - 0.3f) / 0.7f;   // the tent
    }

    /** The curve at {@code count} evenly spaced points from 0 to 1. */
    public float[] sample(int count) {
        float[] y = new float[count];
        for (int i = 0; i < count; i++) {
            y[i] = at(StepNetwork.at(i, count));
        }
        return y;
    }

    /** Bump heights that follow this curve: each bump as high as the curve at the bump's middle. */
    public float[] heights(int bumps) {
        float[] heights = new float[bumps];
        for (int k = 0; k < bumps; k++) {
            heights[k] = at((k + 0.5f) / bumps);
        }
        return heights;
    }

    /** The mean distance between this curve and {@code y}, sampled as {@link #sample} does. */
    public float meanDistance(float[] y) {
        float[] target = sample(y.length);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += Math.abs(target[i] - y[i]);
        }
        return (float) (sum / y.length);
    }
}

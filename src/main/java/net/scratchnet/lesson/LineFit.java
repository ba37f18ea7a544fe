package net.scratchnet.lesson;

import java.util.Arrays;
import java.util.List;
import net.scratchnet.layer.Parameter;
import net.scratchnet.math.Rng;
import net.scratchnet.train.Sgd;

/**
 * The smallest learning problem with a landscape you can see: fit a line y = w·x + b to noisy points.
 * The loss depends on just two numbers, so it is a surface over the (w, b) plane:
 *
 * <pre>L(w, b) = 1/(2n) · Σ (w·x_i + b - y_i)²      ∂L/∂w = 1/n · Σ e_i·x_i      ∂L/∂b = 1/n · Σ e_i</pre>
 *
 * with e_i = w·x_i + b - y_i. The steps are taken by the core's own {@link Sgd}, exactly as for a network.
 * Because the x_i are all positive, w and b trade off against each other and the bowl is a long, narrow valley:
 * a step size that is safe across the valley is slow along it.
 */
public final class LineFit {
    /** Stop drawing a path that has left the landscape by this far: it is diverging. */
    private static final float ESCAPED = 1e4f;

    private final float[] xs;
    private final float[] ys;

    /** {@code count} points around the line y = 2x + 0.5, with x in [0, 1). */
    public LineFit(int count, int seed) {
        Rng rng = new Rng(seed);
        xs = new float[count];
        ys = new float[count];
        for (int i = 0; i < count; i++) {
            xs[i] = rng.nextFloat();
            ys[i] = 2f * xs[i] + 0.5f + rng.nextSymmetric(0.3f);
        }
    }

    /** The loss over all points at (w, b). */
    public float loss(float w, float b) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            float e = w * xs[i] + b - ys[i];
            sum += e * e;
        }
        return (float) (sum / (2 * xs.length));
    }

    /** The loss on a {@code resolution}² grid over [wMin, wMax] × [bMin, bMax], row by row from bMin. */
    public float[] grid(int resolution, float wMin, float wMax, float bMin, float bMax) {
        float[] losses = new float[resolution * resolution];
        for (int row = 0; row < resolution; row++) {
            float b = bMin + (bMax - bMin) * row / (resolution - 1);
            for (int col = 0; col < resolution; col++) {
                float w = wMin + (wMax - wMin) * col / (resolution - 1);
                losses[row * resolution + col] = loss(w, b);
            }
        }
        return losses;
    }

    /**
     * Gradient descent from (w0, b0): {@code steps} steps of learning rate {@code learningRate}, each on a
     * mini-batch of {@code batchSize} points (all of them when batchSize ≥ count). The points are shuffled at the
     * start of every epoch, from {@code seed}.
     *
     * @return w, b and the full loss before the first step and after each one; shorter when the path diverges
     */
    public float[] descend(float w0, float b0, float learningRate, int batchSize, int steps, int seed) {
        if (!(learningRate > 0f) || batchSize < 1 || steps < 0) {
            throw new IllegalArgumentException("need a positive learning rate and batch size, got "
                    + learningRate + " and " + batchSize);
        }
        Parameter line = new Parameter("line", 1, 2, false);   // [w, b]
        float[] wb = line.values()[0];
        float[] g = line.gradients()[0];
        wb[0] = w0;
        wb[1] = b0;
        Sgd sgd = new Sgd(List.of(line), learningRate, 0f);
        Rng rng = new Rng(seed);
        int[] order = new int[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int batch = Math.min(batchSize, xs.length);
        int position = 0;
        float[] path = new float[3 * (steps + 1)];
        int written = record(path, 0, wb);
        for (int s = 0; s < steps && Math.abs(wb[0]) + Math.abs(wb[1]) < ESCAPED; s++) {
            if (position == 0) {
                rng.shuffle(order);
            }
            int end = Math.min(position + batch, xs.length);
            g[0] = 0f;
            g[1] = 0f;
            for (int k = position; k < end; k++) {
                int i = order[k];
                float e = wb[0] * xs[i] + wb[1] - ys[i];
                g[0] += e * xs[i] / (end - position);
                g[1] += e / (end - position);
            }
            position = end == xs.length ? 0 : end;
            sgd.step();
            written = record(path, written, wb);
        }
        return Arrays.copyOf(path, written);
    }

    private int record(float[] path, int at, float[] wb) {
        path[at] = wb[0];
        path[at + 1] = wb[1];
        path[at + 2] = loss(wb[0], wb[1]);
        return at + 3;
    }

    /** The points as x, y pairs, for drawing the data next to the landscape. */
    public float[] points() {
        float[] flat = new float[2 * xs.length];
        for (int i = 0; i < xs.length; i++) {
            flat[2 * i] = xs[i];
            flat[2 * i + 1] = ys[i];
        }
        return flat;
    }
}

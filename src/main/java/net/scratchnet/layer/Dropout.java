package net.scratchnet.layer;

import java.util.List;
import net.scratchnet.math.Rng;

/**
 * Dropout (Srivastava et al., 2014): while training, each number is silenced (set to 0) with probability
 * {@code rate}, a fresh random choice for every example of every batch, so no neuron can rely on any particular
 * other one being there. This fights overfitting.
 *
 * <p>"Inverted" dropout: the numbers that stay are multiplied by 1 / (1 - rate), so that each output keeps its
 * expected value, and evaluation and prediction can simply pass the input through unchanged (which is what this
 * layer does outside training: see {@link Layer#setTraining}).
 *
 * <pre>y = x ⊙ mask      mask[j] = 0 with probability rate, else 1 / (1 - rate)      x, y: [batch][size]</pre>
 *
 * <p>The masks come from a seeded {@link Rng}: the same seed draws the same masks on the JVM and in the browser.
 */
public final class Dropout implements Layer {
    private final Shape shape;     // any shape: dropout acts on each number alone and keeps it
    private final float rate;      // the probability that a number is silenced
    private final float keptScale; // 1 / (1 - rate)
    private final Rng rng;
    private boolean training;

    private float[][] mask = new float[0][];         // the last training forward pass's mask, one row per example
    private float[][] output = new float[0][];
    private float[][] inputGradient = new float[0][];

    /** @throws IllegalArgumentException unless 0 <= rate < 1 (a rate of 1 would silence everything) */
    public Dropout(Shape shape, float rate, int seed) {
        if (!(rate >= 0f && rate < 1f)) {
            throw new IllegalArgumentException("a dropout rate is a probability below 1, got " + rate);
        }
        this.shape = shape;
        this.rate = rate;
        this.keptScale = 1f / (1f - rate);
        this.rng = new Rng(seed);
    }

    public float rate() {
        return rate;
    }

    /** The generator of the masks: a saved training run keeps its state, so that a resumed run draws the same masks. */
    public Rng random() {
        return rng;
    }

    @Override
    public void setTraining(boolean training) {
        this.training = training;
    }

    @Override
    public int inputSize() {
        return shape.size();
    }

    @Override
    public int outputSize() {
        return shape.size();
    }

    @Override
    public Shape inputShape() {
        return shape;
    }

    @Override
    public Shape outputShape() {
        return shape;
    }

    /** Outside training, the input itself (not a copy): nothing is dropped and nothing needs remembering. */
    @Override
    public float[][] forward(float[][] x, int batch) {
        if (!training) {
            return x;
        }
        if (output.length < batch) {
            output = new float[batch][shape.size()];
            mask = new float[batch][shape.size()];
        }
        for (int r = 0; r < batch; r++) {
            float[] xRow = x[r];
            float[] m = mask[r];
            float[] y = output[r];
            for (int j = 0; j < m.length; j++) {
                m[j] = rng.nextFloat() < rate ? 0f : keptScale;
                // y = x ⊙ mask
                y[j] = xRow[j] * m[j];
            }
        }
        return output;
    }

    @Override
    public float[][] backward(float[][] dy, int batch, boolean inputGradientNeeded) {
        if (!inputGradientNeeded) {
            return null;
        }
        if (!training) {
            return dy;  // y = x, so dL/dx = dL/dy
        }
        if (inputGradient.length < batch) {
            inputGradient = new float[batch][shape.size()];
        }
        // y = x ⊙ mask, so dL/dx = dL/dy ⊙ mask: a silenced number had no effect and gets no gradient.
        for (int r = 0; r < batch; r++) {
            float[] dyRow = dy[r];
            float[] m = mask[r];
            float[] dx = inputGradient[r];
            for (int j = 0; j < m.length; j++) {
                dx[j] = dyRow[j] * m[j];
            }
        }
        return inputGradient;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    /** e.g. "dropout 0.25". */
    @Override
    public String describe() {
        return "dropout " + rate;
    }
}

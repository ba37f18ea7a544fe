package net.scratchnet.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import net.scratchnet.layer.Parameter;

/**
 * Uses the gradients of the last backward pass to change the parameters so that the loss goes down.
 *
 * <p>Every optimiser here steps against the gradient; they differ in how far and in what they remember between
 * steps. Optional L2 weight decay adds λ·w to each weight's gradient: the gradient of the penalty ½λ·w², which
 * pulls weights towards 0 and so discourages a network from relying on a few huge ones (a guard against
 * overfitting).
 */
public abstract class Optimizer {
    private final List<Parameter> parameters;
    private final float weightDecay;

    protected Optimizer(List<Parameter> parameters, float weightDecay) {
        this.parameters = parameters;
        this.weightDecay = weightDecay;
    }

    /** One update of every parameter from its current gradient. */
    public final void step() {
        beginStep();
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            float[][] values = parameter.values();
            float[][] gradients = parameter.gradients();
            for (int r = 0; r < values.length; r++) {
                float[] w = values[r];
                float[] g = gradients[r];
                if (weightDecay != 0f && parameter.weightDecay()) {
                    for (int j = 0; j < w.length; j++) {
                        g[j] += weightDecay * w[j];
                    }
                }
                update(p, r, w, g);
            }
        }
    }

    /** Called once before each step: the place to count steps. */
    protected void beginStep() {
    }

    /** Updates row {@code row} of parameter number {@code parameter}: values {@code w}, gradients {@code g}. */
    protected abstract void update(int parameter, int row, float[] w, float[] g);

    /** Optimiser state shaped like the parameters (one number per weight), all zeros. */
    protected float[][][] zerosLikeParameters() {
        float[][][] state = new float[parameters.size()][][];
        for (int p = 0; p < state.length; p++) {
            Parameter parameter = parameters.get(p);
            state[p] = new float[parameter.rows()][parameter.cols()];
        }
        return state;
    }

    /** Writes what the optimiser remembers between steps (nothing, for plain SGD), to continue elsewhere. */
    void writeState(DataOutputStream out) throws IOException {
    }

    /** Reads what {@link #writeState} of an optimiser of the same kind, over the same parameters, wrote. */
    void readState(DataInputStream in) throws IOException {
    }

    static void writeMoments(DataOutputStream out, float[][][] moments) throws IOException {
        for (float[][] parameter : moments) {
            for (float[] row : parameter) {
                for (float value : row) {
                    out.writeFloat(value);
                }
            }
        }
    }

    static void readMoments(DataInputStream in, float[][][] moments) throws IOException {
        for (float[][] parameter : moments) {
            for (float[] row : parameter) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = in.readFloat();
                }
            }
        }
    }
}

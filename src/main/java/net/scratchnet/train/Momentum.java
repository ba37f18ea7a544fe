package net.scratchnet.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import net.scratchnet.layer.Parameter;

/**
 * Gradient descent with momentum: a ball rolling downhill gathers speed along a steady slope and is not thrown
 * about by every bump.
 *
 * <pre>v ← μ·v - η·g      w ← w + v          (μ = 0.9: the velocity keeps 90% of itself each step)</pre>
 */
public final class Momentum extends Optimizer {
    public static final float MU = 0.9f;

    private final float learningRate;
    private final float[][][] velocity;

    public Momentum(List<Parameter> parameters, float learningRate, float weightDecay) {
        super(parameters, weightDecay);
        this.learningRate = learningRate;
        this.velocity = zerosLikeParameters();
    }

    @Override
    protected void update(int parameter, int row, float[] w, float[] g) {
        float[] v = velocity[parameter][row];
        for (int j = 0; j < w.length; j++) {
            v[j] = MU * v[j] - learningRate * g[j];
            w[j] += v[j];
        }
    }

    @Override
    void writeState(DataOutputStream out) throws IOException {
        writeMoments(out, velocity);
    }

    @Override
    void readState(DataInputStream in) throws IOException {
        readMoments(in, velocity);
    }
}

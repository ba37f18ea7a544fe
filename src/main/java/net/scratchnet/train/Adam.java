package net.scratchnet.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import net.scratchnet.layer.Parameter;

/**
 * Adam (Kingma and Ba, 2015): momentum plus a step size of its own for every weight.
 *
 * <pre>
 * m ← β1·m + (1-β1)·g          running mean of the gradient (the momentum)
 * v ← β2·v + (1-β2)·g²         running mean of its square (how large the gradient usually is)
 * w ← w - η · m̂ / (√v̂ + ε)      m̂ = m/(1-β1^t), v̂ = v/(1-β2^t) undo the bias of starting m and v at 0
 * </pre>
 *
 * Dividing by √v̂ makes the step about η whatever the scale of a weight's gradient. The code folds the two bias
 * corrections into the step size, as the paper suggests: η_t = η·√(1-β2^t)/(1-β1^t), then w ← w - η_t·m/(√v + ε).
 */
public final class Adam extends Optimizer {
    public static final float BETA1 = 0.9f;
    public static final float BETA2 = 0.999f;
    public static final float EPSILON = 1e-8f;

    private final float learningRate;
    private final float[][][] m;
    private final float[][][] v;
    private double beta1Power = 1; // β1^t, by repeated multiplication: exact on every platform, unlike Math.pow
    private double beta2Power = 1;
    private float stepSize;

    public Adam(List<Parameter> parameters, float learningRate, float weightDecay) {
        super(parameters, weightDecay);
        this.learningRate = learningRate;
        this.m = zerosLikeParameters();
        this.v = zerosLikeParameters();
    }

    @Override
    protected void beginStep() {
        beta1Power *= BETA1;
        beta2Power *= BETA2;
        stepSize = (float) (learningRate * Math.sqrt(1 - beta2Power) / (1 - beta1Power));
    }

    @Override
    protected void update(int parameter, int row, float[] w, float[] g) {
        float[] mRow = m[parameter][row];
        float[] vRow = v[parameter][row];
        for (int j = 0; j < w.length; j++) {
            mRow[j] = BETA1 * mRow[j] + (1 - BETA1) * g[j];
            vRow[j] = BETA2 * vRow[j] + (1 - BETA2) * g[j] * g[j];
            w[j] -= stepSize * mRow[j] / ((float) Math.sqrt(vRow[j]) + EPSILON);
        }
    }

    @Override
    void writeState(DataOutputStream out) throws IOException {
        out.writeDouble(beta1Power);
        out.writeDouble(beta2Power);
        writeMoments(out, m);
        writeMoments(out, v);
    }

    @Override
    void readState(DataInputStream in) throws IOException {
        beta1Power = in.readDouble();
        beta2Power = in.readDouble();
        readMoments(in, m);
        readMoments(in, v);
    }
}

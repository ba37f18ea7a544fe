package net.scratchnet.train;

import java.util.List;
import net.scratchnet.layer.Parameter;

/** Plain (stochastic) gradient descent: w ← w - η·g, a small step downhill. */
public final class Sgd extends Optimizer {
    private final float learningRate;

    public Sgd(List<Parameter> parameters, float learningRate, float weightDecay) {
        super(parameters, weightDecay);
        this.learningRate = learningRate;
    }

    @Override
    protected void update(int parameter, int row, float[] w, float[] g) {
        for (int j = 0; j < w.length; j++) {
            w[j] -= learningRate * g[j];
        }
    }
}

package net.scratchnet.network;

import net.scratchnet.layer.GradientCheck;
import net.scratchnet.layer.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Backpropagation through a whole network, loss included, against numerical gradients of every parameter. */
class NetworkGradientTest {
    @ParameterizedTest
    @ValueSource(strings = {"4-5-3 tanh", "4-6-5-3 sigmoid", "4-6-3 leakyrelu", "3-4-2 sigmoid mse", "2-3-1 tanh mse"})
    void everyParameterGradientMatchesTheNumericalOne(String spec) {
        Network network = Network.fromSpec(spec, 3);
        float[][] inputs = {{0.5f, -0.3f, 0.8f, 0.1f}, {-0.7f, 0.2f, 0.4f, -0.9f}};
        for (int b = 0; b < inputs.length; b++) {
            inputs[b] = java.util.Arrays.copyOf(inputs[b], network.inputSize());
        }
        int[] labels = {network.outputSize() - 1, 0};

        float[][] outputs = network.forward(inputs, 2);
        float[][] outputGradient = new float[2][network.outputSize()];
        for (int b = 0; b < 2; b++) {
            network.loss().gradient(outputs[b], labels[b], 0.5f, outputGradient[b]);
        }
        network.backward(outputGradient, 2);

        for (Parameter parameter : network.parameters()) {
            float[][] analytic = GradientCheck.copy(parameter.gradients(), parameter.rows());
            GradientCheck.check(spec + " " + parameter.name(), parameter.values(), analytic, () -> {
                float[][] out = network.forward(inputs, 2);
                return 0.5 * (network.loss().loss(out[0], labels[0]) + network.loss().loss(out[1], labels[1]));
            });
        }
    }
}

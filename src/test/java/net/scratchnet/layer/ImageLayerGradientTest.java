package net.scratchnet.layer;

import static net.scratchnet.layer.GradientCheck.copy;
import static net.scratchnet.layer.LayerGradientTest.fill;
import static net.scratchnet.layer.LayerGradientTest.random;
import static net.scratchnet.layer.LayerGradientTest.weightedSum;

import net.scratchnet.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backward passes of the image layers (convolution, max pool, dropout) against numerical gradients, over
 * strides, both paddings, odd and even sizes and several channels. As in {@link LayerGradientTest}, the scalar is
 * L = sum of (output ⊙ R) for a fixed random R.
 */
class ImageLayerGradientTest {
    private static final int BATCH = 2;

    @ParameterizedTest(name = "{0}×{1}×{2} input, {3}x{3}x{4} stride {5} {6}")
    @CsvSource({
        "1, 5, 5, 3, 2, 1, VALID",
        "2, 6, 5, 3, 3, 2, SAME",
        "3, 7, 6, 2, 2, 1, SAME",
        "2, 7, 7, 3, 2, 2, VALID",
        "2, 4, 4, 4, 1, 3, SAME",
    })
    void convolutionGradientsMatchNumericalOnes(int channels, int height, int width, int kernel, int filters,
                                                int stride, Padding padding) {
        Rng rng = new Rng(13);
        Conv2D conv = new Conv2D(new Shape(channels, height, width), kernel, filters, stride, padding, "conv");
        fill(conv.weights().values(), rng, 1f);
        fill(conv.biases().values(), rng, 1f);
        float[][] x = random(BATCH, conv.inputSize(), rng, 1f);
        float[][] r = random(BATCH, conv.outputSize(), rng, 1f);

        conv.forward(x, BATCH);
        float[][] dx = copy(conv.backward(r, BATCH, true), BATCH);
        float[][] dw = copy(conv.weights().gradients(), conv.weights().rows());
        float[][] db = copy(conv.biases().gradients(), 1);

        GradientCheck.Scalar loss = () -> weightedSum(conv.forward(x, BATCH), r);
        GradientCheck.check("dL/dx", x, dx, loss);
        GradientCheck.check("dL/dW", conv.weights().values(), dw, loss);
        GradientCheck.check("dL/db", conv.biases().values(), db, loss);
    }

    @ParameterizedTest(name = "{0}×{1}×{2} input, pool{3} stride {4}")
    @CsvSource({
        "2, 4, 4, 2, 2",
        "1, 5, 5, 3, 2",
        "3, 6, 5, 2, 2",
        "2, 4, 5, 2, 1",
    })
    void maxPoolGradientsMatchNumericalOnes(int channels, int height, int width, int window, int stride) {
        Rng rng = new Rng(17);
        MaxPool2D pool = new MaxPool2D(new Shape(channels, height, width), window, stride);
        float[][] x = distinctValues(BATCH, pool.inputSize(), rng);
        float[][] r = random(BATCH, pool.outputSize(), rng, 1f);

        pool.forward(x, BATCH);
        float[][] dx = copy(pool.backward(r, BATCH, true), BATCH);
        GradientCheck.check("dL/dx", x, dx, () -> weightedSum(pool.forward(x, BATCH), r));
    }

    @Test
    void dropoutGradientMatchesNumericalOne() {
        Rng rng = new Rng(19);
        Shape shape = new Shape(2, 3, 3);
        float[][] x = random(BATCH, shape.size(), rng, 1f);
        float[][] r = random(BATCH, shape.size(), rng, 1f);
        Dropout dropout = training(new Dropout(shape, 0.4f, 5));

        dropout.forward(x, BATCH);
        float[][] dx = copy(dropout.backward(r, BATCH, true), BATCH);
        // Each training pass draws a new mask; a new layer with the same seed draws the same first one again.
        GradientCheck.check("dL/dx", x, dx,
                () -> weightedSum(training(new Dropout(shape, 0.4f, 5)).forward(x, BATCH), r));
    }

    @Test
    void aStackOfImageLayersBackpropagatesEndToEnd() {
        // A numerical slope across a max pool is meaningless where two numbers of a window are within the nudge of
        // each other (the nudge then changes the winner): with this seed none are; with some others (23, 37) they are.
        Rng rng = new Rng(29);
        Conv2D conv = new Conv2D(new Shape(2, 6, 6), 3, 3, 1, Padding.SAME, "conv");
        LayerStack stack = new LayerStack(conv.inputShape()).add(conv)
                .activation(net.scratchnet.activation.Activations.byName("tanh"));
        stack.add(new MaxPool2D(stack.shape(), 2, 2));
        DenseLayer dense = new DenseLayer(stack.shape().size(), 4, "dense");
        stack.add(dense);
        fill(conv.weights().values(), rng, 0.5f);
        fill(dense.weights().values(), rng, 0.5f);
        // Small inputs keep tanh away from saturation, where many pooled numbers would be nearly equal.
        float[][] x = random(BATCH, conv.inputSize(), rng, 0.5f);
        float[][] r = random(BATCH, 4, rng, 1f);

        forward(stack, x);
        float[][] gradient = r;
        for (int k = stack.layers().size() - 1; k >= 0; k--) {
            gradient = stack.layers().get(k).backward(gradient, BATCH, true);
        }
        float[][] dx = copy(gradient, BATCH);
        float[][] dw = copy(conv.weights().gradients(), conv.weights().rows());

        GradientCheck.Scalar loss = () -> weightedSum(forward(stack, x), r);
        GradientCheck.check("dL/dx", x, dx, loss);
        GradientCheck.check("dL/dW (conv)", conv.weights().values(), dw, loss);
    }

    private static float[][] forward(LayerStack stack, float[][] x) {
        float[][] y = x;
        for (Layer layer : stack.layers()) {
            y = layer.forward(y, BATCH);
        }
        return y;
    }

    private static Dropout training(Dropout dropout) {
        dropout.setTraining(true);
        return dropout;
    }

    /**
     * Inputs at least 0.05 apart, shuffled: a max pool's output has no slope where two inputs tie, and nudging by
     * ±h must not change which input wins.
     */
    static float[][] distinctValues(int rows, int cols, Rng rng) {
        int[] order = new int[rows * cols];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        float[][] m = new float[rows][cols];
        for (int i = 0; i < order.length; i++) {
            m[i / cols][i % cols] = 0.05f * order[i] - 0.025f * order.length;
        }
        return m;
    }
}

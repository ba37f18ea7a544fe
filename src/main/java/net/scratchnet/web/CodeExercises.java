package net.scratchnet.web;

import java.util.Arrays;
import java.util.List;
import net.scratchnet.activation.Sigmoid;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.Parameter;
import net.scratchnet.loss.SoftmaxCrossEntropy;
import net.scratchnet.neuron.Neuron;
import net.scratchnet.train.Sgd;

/**
 * The core's answers for the course's "code it yourself" track (learn/code/): for each exercise, what the
 * core's own classes compute for the inputs the page drew, which the page compares with the learner's
 * JavaScript. Every answer comes from the class the exercise re-creates (a {@link DenseLayer}, the
 * {@link SoftmaxCrossEntropy} loss, {@link Sgd}), so the check holds the learner to the code that trains
 * the site's networks.
 *
 * <p>Matrices cross the boundary flat, row after row: x [batch][in], W [in][out] (the core's layout:
 * {@code W[i][j]} connects input i to neuron j), dz [batch][out].
 */
final class CodeExercises {
    private static final SoftmaxCrossEntropy LOSS = new SoftmaxCrossEntropy();
    private static final Sigmoid SIGMOID = new Sigmoid();

    private CodeExercises() {
    }

    /** Exercise 1: z = w·x + b. */
    static float neuron(float[] x, float[] w, float b) {
        return Neuron.weightedSum(w, x, b);
    }

    /** Exercise 2: σ(z) and σ'(z) of each z, as pairs [σ(z₀), σ'(z₀), σ(z₁), ...]. */
    static float[] sigmoid(float[] z) {
        float[] pairs = new float[2 * z.length];
        for (int k = 0; k < z.length; k++) {
            float a = SIGMOID.apply(z[k]);
            pairs[2 * k] = a;
            pairs[2 * k + 1] = SIGMOID.derivative(z[k], a);
        }
        return pairs;
    }

    /** Exercise 3: a dense layer's output z = x·W + b, [batch][out]. */
    static float[] denseForward(float[] x, float[] w, float[] b, int batch, int in, int out) {
        DenseLayer layer = layer(w, b, in, out);
        return flat(layer.forward(rows(x, batch, in), batch), batch, out);
    }

    /** Exercise 4: softmax of each row of logits [batch][classes], then the mean cross-entropy, as the last number. */
    static float[] softmaxCrossEntropy(float[] logits, int[] labels, int batch, int classes) {
        float[] result = new float[batch * classes + 1];
        double loss = 0;
        for (int r = 0; r < batch; r++) {
            float[] row = Arrays.copyOfRange(logits, r * classes, (r + 1) * classes);
            float[] p = new float[classes];
            LOSS.probabilities(row, p);
            System.arraycopy(p, 0, result, r * classes, classes);
            loss += LOSS.loss(row, labels[r]);
        }
        result[batch * classes] = (float) (loss / batch);
        return result;
    }

    /** Exercise 5: dL/dz of the mean loss over the batch, [batch][classes]: (p - onehot(y)) / batch. */
    static float[] softmaxCrossEntropyGradient(float[] logits, int[] labels, int batch, int classes) {
        float[] gradient = new float[batch * classes];
        float[] rowGradient = new float[classes];
        for (int r = 0; r < batch; r++) {
            LOSS.gradient(Arrays.copyOfRange(logits, r * classes, (r + 1) * classes), labels[r], 1f / batch, rowGradient);
            System.arraycopy(rowGradient, 0, gradient, r * classes, classes);
        }
        return gradient;
    }

    /** Exercise 6: a dense layer's backward pass from dz [batch][out]: dW [in][out], then db [out], then dx [batch][in]. */
    static float[] denseBackward(float[] x, float[] w, float[] dz, int batch, int in, int out) {
        DenseLayer layer = layer(w, new float[out], in, out);
        layer.forward(rows(x, batch, in), batch);
        float[][] dx = layer.backward(rows(dz, batch, out), batch, true);
        float[] result = new float[in * out + out + batch * in];
        System.arraycopy(flat(layer.weights().gradients(), in, out), 0, result, 0, in * out);
        System.arraycopy(layer.biases().gradients()[0], 0, result, in * out, out);
        System.arraycopy(flat(dx, batch, in), 0, result, in * out + out, batch * in);
        return result;
    }

    /** Exercise 7: one step of plain gradient descent, w - η·g, on a [rows][cols] matrix. */
    static float[] sgdStep(float[] w, float[] g, int rows, int cols, float learningRate) {
        Parameter parameter = new Parameter("w", rows, cols, false);
        fill(parameter.values(), w);
        fill(parameter.gradients(), g);
        new Sgd(List.of(parameter), learningRate, 0f).step();
        return flat(parameter.values(), rows, cols);
    }

    /**
     * Exercise 8: one epoch of a network in → hidden (sigmoid) → out (softmax cross-entropy), with
     * plain SGD, over the examples in the given order, in mini-batches of {@code batchSize} (the last one may be
     * smaller). Returns the weights after the epoch, W1, b1, W2, b2 flat, then each batch's mean loss.
     */
    static float[] trainEpoch(float[] w1, float[] b1, float[] w2, float[] b2, int in, int hidden, int out,
                              float[] images, int[] labels, int[] order, int batchSize, float learningRate) {
        DenseLayer first = layer(w1, b1, in, hidden);
        ActivationLayer sigmoid = new ActivationLayer(SIGMOID, hidden);
        DenseLayer second = layer(w2, b2, hidden, out);
        Sgd sgd = new Sgd(List.of(first.weights(), first.biases(), second.weights(), second.biases()), learningRate, 0f);
        int batches = (order.length + batchSize - 1) / batchSize;
        float[] losses = new float[batches];
        for (int k = 0; k < batches; k++) {
            int batch = Math.min(batchSize, order.length - k * batchSize);
            float[][] x = new float[batch][];
            for (int r = 0; r < batch; r++) {
                x[r] = Arrays.copyOfRange(images, order[k * batchSize + r] * in, (order[k * batchSize + r] + 1) * in);
            }
            float[][] z = second.forward(sigmoid.forward(first.forward(x, batch), batch), batch);
            float[][] dz = new float[batch][out];
            double loss = 0;
            for (int r = 0; r < batch; r++) {
                int label = labels[order[k * batchSize + r]];
                loss += LOSS.loss(z[r], label);
                LOSS.gradient(z[r], label, 1f / batch, dz[r]);
            }
            losses[k] = (float) (loss / batch);
            first.backward(sigmoid.backward(second.backward(dz, batch, true), batch, true), batch, false);
            sgd.step();
        }
        int size = in * hidden + hidden + hidden * out + out;
        float[] result = new float[size + batches];
        int at = 0;
        for (Parameter parameter : List.of(first.weights(), first.biases(), second.weights(), second.biases())) {
            float[] values = flat(parameter.values(), parameter.rows(), parameter.cols());
            System.arraycopy(values, 0, result, at, values.length);
            at += values.length;
        }
        System.arraycopy(losses, 0, result, size, batches);
        return result;
    }

    private static DenseLayer layer(float[] w, float[] b, int in, int out) {
        DenseLayer layer = new DenseLayer(in, out, "dense");
        fill(layer.weights().values(), w);
        fill(layer.biases().values(), b);
        return layer;
    }

    private static float[][] rows(float[] flat, int rows, int cols) {
        float[][] matrix = new float[rows][cols];
        fill(matrix, flat);
        return matrix;
    }

    private static void fill(float[][] matrix, float[] flat) {
        int cols = matrix[0].length;
        if (flat.length != matrix.length * cols) {
            throw new IllegalArgumentException(flat.length + " numbers for a " + matrix.length + "x" + cols + " matrix");
        }
        for (int r = 0; r < matrix.length; r++) {
            System.arraycopy(flat, r * cols, matrix[r], 0, cols);
        }
    }

    private static float[] flat(float[][] matrix, int rows, int cols) {
        float[] flat = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(matrix[r], 0, flat, r * cols, cols);
        }
        return flat;
    }
}

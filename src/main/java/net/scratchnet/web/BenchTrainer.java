package net.scratchnet.web;

import net.scratchnet.loss.Loss;
import net.scratchnet.network.Network;
import net.scratchnet.train.Optimizer;
import net.scratchnet.train.TrainingConfig;

/**
 * The training loop of {@link net.scratchnet.train.Trainer}, reduced to what the shared browser benchmark
 * (bench.html) asks of every library: examples in file order, no shuffling, plain SGD, raw bytes in.
 * Same network, same forward/backward/update code: the numbers measure the core, not a special path.
 */
final class BenchTrainer {
    private final Network network;
    private final Optimizer optimizer;
    private final Loss loss;
    private final int batchSize;
    private final float[][] inputs;
    private final float[][] outputGradient;

    BenchTrainer(String spec, int seed, float learningRate, int batchSize) {
        this.network = Network.fromSpec(spec, seed);
        TrainingConfig config = new TrainingConfig("sgd", learningRate, batchSize, seed, 0f);
        this.optimizer = config.newOptimizer(network.parameters());
        this.loss = network.loss();
        this.batchSize = batchSize;
        this.inputs = new float[batchSize][network.inputSize()];
        this.outputGradient = new float[batchSize][network.outputSize()];
    }

    /** One epoch over the first {@code n} images (bytes 0..255, row by row) and their labels, in order. */
    void trainEpoch(byte[] images, byte[] labels, int n) {
        int pixels = network.inputSize();
        if (n < 0 || (long) n * pixels > images.length || n > labels.length) {
            throw new IllegalArgumentException(n + " examples need " + (long) n * pixels + " pixel bytes and "
                    + n + " labels, got " + images.length + " and " + labels.length);
        }
        for (int start = 0; start < n; start += batchSize) {
            int batch = Math.min(batchSize, n - start);
            for (int b = 0; b < batch; b++) {
                float[] row = inputs[b];
                int offset = (start + b) * pixels;
                for (int p = 0; p < pixels; p++) {
                    row[p] = (images[offset + p] & 0xFF) / 255f;
                }
            }
            float[][] outputs = network.forward(inputs, batch);
            for (int b = 0; b < batch; b++) {
                loss.gradient(outputs[b], labels[start + b], 1f / batch, outputGradient[b]);
            }
            network.backward(outputGradient, batch);
            optimizer.step();
        }
    }

    /** The predicted class of each of the first {@code n} images. */
    byte[] predict(byte[] images, int n) {
        int pixels = network.inputSize();
        byte[] classes = new byte[n];
        float[] image = new float[pixels];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < pixels; p++) {
                image[p] = (images[i * pixels + p] & 0xFF) / 255f;
            }
            classes[i] = (byte) loss.predictedClass(network.forward(new float[][] {image}, 1)[0]);
        }
        return classes;
    }
}

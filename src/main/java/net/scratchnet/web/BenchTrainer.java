package net.scratchnet.web;

import net.scratchnet.loss.Loss;
import net.scratchnet.network.Network;
import net.scratchnet.train.Optimizer;
import net.scratchnet.train.TrainingConfig;

/**
 * The training loop of {@link net.scratchnet.train.Trainer}, reduced to what the shared browser benchmark
 * (bench.html) asks of every library: examples in file order, no shuffling, plain SGD on the batch's mean loss,
 * raw bytes in. Same network, same forward/backward/update code: the numbers measure the core, not a special path.
 */
final class BenchTrainer {
    private final Network network;
    private final Optimizer optimizer;
    private final Loss loss;
    private final int batchSize;
    private final float[][] inputs;          // one batch of images, [batch][pixels] in 0..1
    private final float[][] outputGradient;  // dL/d(scores), [batch][classes]

    BenchTrainer(BenchWorkload workload, int seed, float learningRate, int batchSize) {
        this.network = Network.fromSpec(workload.spec(), seed);
        TrainingConfig config = new TrainingConfig("sgd", learningRate, batchSize, seed, 0f);
        this.optimizer = config.newOptimizer(network.parameters());
        this.loss = network.loss();
        this.batchSize = batchSize;
        this.inputs = new float[batchSize][network.inputSize()];
        this.outputGradient = new float[batchSize][network.outputSize()];
    }

    /** One epoch over the first {@code n} images (bytes 0..255, row by row) and their labels, in order. */
    void trainEpoch(byte[] images, byte[] labels, int n) {
        checkSizes(images, n);
        if (n > labels.length) {
            throw new IllegalArgumentException(n + " examples need " + n + " labels, got " + labels.length);
        }
        // No setTraining(true) around the loop: the workloads have no dropout, the one layer it changes.
        for (int start = 0; start < n; start += batchSize) {
            int batch = readBatch(images, start, n);
            float[][] outputs = network.forward(inputs, batch);
            for (int b = 0; b < batch; b++) {
                loss.gradient(outputs[b], labels[start + b], 1f / batch, outputGradient[b]);
            }
            network.backward(outputGradient, batch);
            optimizer.step();
        }
    }

    /** The predicted class of each of the first {@code n} images, a batch at a time. */
    byte[] predict(byte[] images, int n) {
        checkSizes(images, n);
        byte[] classes = new byte[n];
        for (int start = 0; start < n; start += batchSize) {
            int batch = readBatch(images, start, n);
            float[][] outputs = network.forward(inputs, batch);
            for (int b = 0; b < batch; b++) {
                classes[start + b] = (byte) loss.predictedClass(outputs[b]);
            }
        }
        return classes;
    }

    private void checkSizes(byte[] images, int n) {
        long bytes = (long) n * network.inputSize();
        if (n < 0 || bytes > images.length) {
            throw new IllegalArgumentException(n + " examples need " + bytes + " pixel bytes, got " + images.length);
        }
    }

    /** Puts the images from {@code start} (at most a batch, none past {@code n}) into {@link #inputs}, /255. */
    private int readBatch(byte[] images, int start, int n) {
        int pixels = network.inputSize();
        int batch = Math.min(batchSize, n - start);
        for (int b = 0; b < batch; b++) {
            float[] row = inputs[b];
            int offset = (start + b) * pixels;
            for (int p = 0; p < pixels; p++) {
                row[p] = (images[offset + p] & 0xFF) / 255f;
            }
        }
        return batch;
    }
}

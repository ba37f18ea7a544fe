package net.scratchnet.train;

import net.scratchnet.data.Dataset;
import net.scratchnet.loss.Loss;
import net.scratchnet.network.Network;

/** Runs a network over a whole dataset, without training it, and counts what it gets right. */
public final class Evaluator {
    /** Examples per forward pass: big enough to be fast, small enough to keep the buffers small. */
    private static final int BATCH = 250;

    private Evaluator() {
    }

    public static Evaluation evaluate(Network network, Dataset data) {
        int n = data.size();
        network.setTraining(false);  // no dropout: every number counts when it is judged
        // A single-output network still tells two classes apart (0 and 1).
        int classes = Math.max(data.classCount(), Math.max(2, network.outputSize()));
        int[][] confusion = new int[classes][classes];
        int[] predicted = new int[n];
        float[][] probabilities = new float[n][network.outputSize()];
        float[][] inputs = new float[Math.min(BATCH, Math.max(n, 1))][network.inputSize()];
        Loss loss = network.loss();
        double lossSum = 0;
        int correct = 0;
        for (int start = 0; start < n; start += inputs.length) {
            int batch = Math.min(inputs.length, n - start);
            for (int b = 0; b < batch; b++) {
                data.imageAsFloats(start + b, inputs[b], 0);
            }
            float[][] outputs = network.forward(inputs, batch);
            for (int b = 0; b < batch; b++) {
                int example = start + b;
                int label = data.label(example);
                int guess = loss.predictedClass(outputs[b]);
                lossSum += loss.loss(outputs[b], label);
                loss.probabilities(outputs[b], probabilities[example]);
                predicted[example] = guess;
                confusion[label][guess]++;
                if (guess == label) {
                    correct++;
                }
            }
        }
        return new Evaluation(n == 0 ? 0f : (float) (lossSum / n), n == 0 ? 0f : (float) correct / n,
                confusion, predicted, probabilities);
    }
}

package net.scratchnet.train;

import net.scratchnet.data.Dataset;
import net.scratchnet.loss.Loss;
import net.scratchnet.network.Network;

/**
 * Runs a network over a whole dataset, without training it, and counts what it gets right.
 *
 * <p>All at once ({@link #evaluate}) or a few batches at a time ({@link #evaluateSome}), so that the browser's
 * training worker can answer a pause between two parts. Both go through the same batches of {@link #BATCH}
 * examples and add up in the same order, so the result is the same to the last bit either way. The weights
 * must not change until the evaluation is done.
 */
public final class Evaluator {
    /** Examples per forward pass: big enough to be fast, small enough to keep the buffers small. */
    public static final int BATCH = 250;

    private final Network network;
    private final Dataset data;
    private final Loss loss;
    private final int[][] confusion;       // confusion[actual][predicted], counted so far
    private final int[] predicted;         // predicted[i]: the class guessed for example i (i < position)
    private final float[][] probabilities; // probabilities[i][k] for the examples evaluated so far
    private final float[][] inputs;        // one forward pass's images, pixels 0..1: [batch][pixels per image]
    private double lossSum;                // the loss summed over examples 0 .. position-1
    private int correct;                   // how many of them were classified right
    private int position;                  // the next example to evaluate

    public Evaluator(Network network, Dataset data) {
        this.network = network;
        this.data = data;
        this.loss = network.loss();
        int n = data.size();
        // A single-output network still tells two classes apart (0 and 1).
        int classes = Math.max(data.classCount(), Math.max(2, network.outputSize()));
        this.confusion = new int[classes][classes];
        this.predicted = new int[n];
        this.probabilities = new float[n][network.outputSize()];
        this.inputs = new float[Math.min(BATCH, Math.max(n, 1))][network.inputSize()];
    }

    /** The whole dataset in one call. */
    public static Evaluation evaluate(Network network, Dataset data) {
        Evaluator evaluator = new Evaluator(network, data);
        evaluator.evaluateSome(data.size());
        return evaluator.result();
    }

    /**
     * Evaluates the next examples: whole batches of {@link #BATCH} (the last one smaller), at least one, and
     * no more than it takes to reach {@code maxExamples} (rounded up to a whole batch).
     */
    public void evaluateSome(int maxExamples) {
        network.setTraining(false);  // no dropout: every number counts when it is judged
        int end = Math.min(data.size(), position + Math.max(1, maxExamples));
        while (position < end) {
            int batch = Math.min(inputs.length, data.size() - position);
            for (int b = 0; b < batch; b++) {
                data.imageAsFloats(position + b, inputs[b], 0);
            }
            float[][] outputs = network.forward(inputs, batch);
            for (int b = 0; b < batch; b++) {
                int example = position + b;
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
            position += batch;
        }
    }

    /** How many examples have been evaluated so far. */
    public int evaluated() {
        return position;
    }

    /** True once every example has been evaluated. */
    public boolean isDone() {
        return position == data.size();
    }

    /** The evaluation of the whole dataset; call it once {@link #isDone}. */
    public Evaluation result() {
        if (!isDone()) {
            throw new IllegalStateException("evaluated " + position + " of " + data.size() + " examples so far");
        }
        int n = data.size();
        return new Evaluation(n == 0 ? 0f : (float) (lossSum / n), n == 0 ? 0f : (float) correct / n,
                confusion, predicted, probabilities);
    }
}

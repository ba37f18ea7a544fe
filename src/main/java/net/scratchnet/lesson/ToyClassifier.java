package net.scratchnet.lesson;

import net.scratchnet.network.Network;
import net.scratchnet.train.BatchResult;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;
import net.scratchnet.words.Problem;

/**
 * A small network learning a 2-D point set with the core's own {@link Trainer}, and the map of what it
 * believes at every spot of the square: the decision boundary the page draws as a heat map.
 *
 * <p>"2-2" (no hidden layer: softmax of a linear function) can only split the square with a straight line;
 * "2-8-2 tanh" bends it.
 */
public final class ToyClassifier {
    private static final int BATCH_SIZE = 16;
    private static final float LEARNING_RATE = 0.05f;

    private final PointSet points;
    private final Network network;
    private final Trainer trainer;

    /** @throws IllegalArgumentException for an unknown point set or a spec that is not 2 inputs, 2 outputs */
    public ToyClassifier(String shape, String spec, int seed) {
        this.points = PointSet.generate(shape, 200, seed);
        this.network = Network.fromSpec(spec, seed);
        if (network.inputSize() != 2 || network.outputSize() != 2) {
            throw Problem.LESSON_POINTS_NETWORK.refuse("spec", network.spec());
        }
        // Adam: it needs no tuning from one architecture to the next, so the comparison is about shape alone.
        this.trainer = new Trainer(network, points.toDataset(), new TrainingConfig("adam", LEARNING_RATE, BATCH_SIZE, seed, 0f));
    }

    public PointSet points() {
        return points;
    }

    /** Trains {@code batches} mini-batches; returns their mean loss. */
    public float train(int batches) {
        double sum = 0;
        for (int b = 0; b < batches; b++) {
            BatchResult result = trainer.step();
            sum += result.loss();
        }
        return (float) (sum / batches);
    }

    /** Fraction of the points on the right side of the boundary. */
    public float accuracy() {
        int correct = 0;
        for (int i = 0; i < points.size(); i++) {
            if (probabilityOfClass1(points.x(i), points.y(i)) > 0.5f == (points.label(i) == 1)) {
                correct++;
            }
        }
        return (float) correct / points.size();
    }

    /** P(class 1) on a {@code resolution}² grid over the square, row by row from y = 0. */
    public float[] map(int resolution) {
        float[] map = new float[resolution * resolution];
        for (int row = 0; row < resolution; row++) {
            for (int col = 0; col < resolution; col++) {
                map[row * resolution + col] = probabilityOfClass1((col + 0.5f) / resolution, (row + 0.5f) / resolution);
            }
        }
        return map;
    }

    private float probabilityOfClass1(float x, float y) {
        return network.predict(new float[] {x, y})[1];
    }
}

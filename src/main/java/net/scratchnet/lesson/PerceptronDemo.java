package net.scratchnet.lesson;

import net.scratchnet.math.Rng;
import net.scratchnet.neuron.Perceptron;

/**
 * Chapter 2's demonstration: a {@link Perceptron} meets the points of a {@link PointSet} ("diagonal": class 1
 * when x &gt; y) one at a time, in order, over and over, and corrects itself after each mistake.
 */
public final class PerceptronDemo {
    private static final float LEARNING_RATE = 0.1f;

    private final PointSet points;
    private final Perceptron perceptron;
    private int next;

    public PerceptronDemo(int count, int seed) {
        this.points = PointSet.generate("diagonal", count, seed);
        this.perceptron = new Perceptron(2, LEARNING_RATE, new Rng(seed + 1));
    }

    public PointSet points() {
        return points;
    }

    /**
     * Shows the perceptron the next point. The labels 0/1 become -1/+1, the perceptron's two answers.
     *
     * @return index of the point, the error (0 if it was right, ±2 if wrong), then w1, w2 and b after the step,
     *         and how many points the new line gets wrong
     */
    public float[] step() {
        int i = next;
        next = (next + 1) % points.size();
        int error = perceptron.train(new float[] {points.x(i), points.y(i)}, points.label(i) == 1 ? 1 : -1);
        float[] w = perceptron.weights();
        return new float[] {i, error, w[0], w[1], perceptron.bias(), mistakes()};
    }

    /** How many points the current line puts on the wrong side. */
    public int mistakes() {
        int wrong = 0;
        for (int i = 0; i < points.size(); i++) {
            int expected = points.label(i) == 1 ? 1 : -1;
            if (perceptron.guess(new float[] {points.x(i), points.y(i)}) != expected) {
                wrong++;
            }
        }
        return wrong;
    }
}

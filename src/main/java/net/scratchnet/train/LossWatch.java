package net.scratchnet.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Tells a loss that is blowing up from one that is only noisy.
 *
 * <p>A batch loss that is not a finite number has blown up. A finite one is <em>exploding</em> when it stays
 * above {@code max(FACTOR · level, FLOOR)} for {@link #RUN_LENGTH} batches in a row, where the level is a
 * running average of the run's batch losses. Why these numbers:
 * <ul>
 * <li>The level is an exponential moving average, each batch weighing {@link #WEIGHT} (about the last 30
 *     batches), so it follows the falling loss of a healthy run. Batches that are too high do not move it:
 *     a blow-up cannot drag the level up after itself.</li>
 * <li>{@link #FACTOR} 10: the loss of one batch of a trained network is noisy (a batch of hard digits can cost
 *     three or four times the level), but ten times the level for several batches in a row is a step that
 *     went wrong, not bad luck.</li>
 * <li>{@link #FLOOR} 10: with cross-entropy, a mean loss of 10 gives the true class a probability of about
 *     e<sup>-10</sup> = 1/22,000, far worse than guessing (ln 10 = 2.3 for ten classes). Below it a loss is
 *     never called exploding, however low the level: a trained network's level of 0.01 does not make a
 *     batch of 0.2 a blow-up.</li>
 * <li>{@link #RUN_LENGTH} 3: one confident mistake with a batch of one example can cost more than 10; three
 *     such batches in a row are a network whose outputs have run away (the leaky ReLU network at a learning
 *     rate of 0.1 reached a loss of 10<sup>35</sup> while still right on 88% of the images).</li>
 * </ul>
 */
final class LossWatch {
    static final double WEIGHT = 1.0 / 32;
    static final double FACTOR = 10;
    static final double FLOOR = 10;
    static final int RUN_LENGTH = 3;

    private double level = Double.NaN;   // running average of the batch losses; NaN before the first batch
    private int highInARow;              // consecutive batches above the limit, up to this one

    /** Looks at one batch's mean loss. @return true when the loss is not finite or has been exploding */
    boolean blowsUp(float loss) {
        if (!Float.isFinite(loss)) {
            return true;
        }
        if (!Double.isNaN(level) && loss > Math.max(FACTOR * level, FLOOR)) {
            return ++highInARow >= RUN_LENGTH;
        }
        highInARow = 0;
        level = Double.isNaN(level) ? loss : level + WEIGHT * (loss - level);
        return false;
    }

    void writeState(DataOutputStream out) throws IOException {
        out.writeDouble(level);
        out.writeInt(highInARow);
    }

    void readState(DataInputStream in) throws IOException {
        level = in.readDouble();
        highInARow = in.readInt();
    }
}

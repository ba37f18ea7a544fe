package net.scratchnet.lesson;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.data.Dataset;
import net.scratchnet.layer.Parameter;
import net.scratchnet.network.Network;
import net.scratchnet.train.Evaluator;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;
import net.scratchnet.words.Message;

/**
 * Chapter 11: overfitting and its cures. A network with 79,510 parameters learns from a few hundred MNIST
 * images: it can memorise them, and does. Beside the run without a cure, one run per cure the reader switches
 * on, all from the same starting weights on the same mini-batches (same seed), so that only the cure differs:
 * <ul>
 *   <li>{@code weight-decay}: L2, the optimiser adds λ·w to every weight's gradient, pulling weights to 0;
 *   <li>{@code dropout}: while training, each hidden neuron is silenced with probability 0.5 ({@code dropout0.5});
 *   <li>{@code augmentation}: each training image is shifted, turned and scaled a little at random.
 * </ul>
 * Early stopping is not a run of its own but a switch on all of them: each run keeps the weights of its best
 * validation epoch, and stops once {@link #PATIENCE} epochs in a row failed to do better.
 *
 * <p>Three sets of images, each with its job: the <em>training</em> images the weights learn from; the
 * <em>validation</em> images, held out of MNIST's training file, by which we choose (when to stop, which cure);
 * the <em>test</em> images, looked at once, at the end ({@link #testAccuracies}), to say how good the chosen
 * weights are on digits that took no part in any choice.
 */
public final class OverfitRace {
    /** The cures, by the names the page sends, each a run of its own; "none" is the run to compare them to. */
    public static final List<String> CURES = List.of("none", "weight-decay", "dropout", "augmentation");
    /** λ of the L2 weight decay run. */
    public static final float WEIGHT_DECAY = 0.03f;
    /** Early stopping gives up after this many epochs without a better validation accuracy. */
    public static final int PATIENCE = 10;
    /** Validation images: the last ones of MNIST's training file, never trained on here. */
    public static final int VALIDATION_SIZE = 1000;

    private static final String SPEC = "28x28x1 dense100 relu dense10";
    private static final String SPEC_WITH_DROPOUT = "28x28x1 dropout0.2 dense100 relu dropout0.5 dense10";
    private static final String OPTIMIZER = "sgd";
    /** η of every run: SGD's usual step. */
    public static final float LEARNING_RATE = TrainingConfig.defaultLearningRate(OPTIMIZER);
    private static final int BATCH_SIZE = 32;

    private LessonMnist mnist;
    private Dataset validation;
    private Dataset trainUsed;
    private final List<Run> runs = new ArrayList<>();
    private int epochs;
    private boolean earlyStopping;

    /** One cure's network and where its early stopping stands. */
    private static final class Run {
        final Trainer trainer;
        int epochsWithoutBetter;   // epochs evaluated since the validation accuracy last reached its best
        int keptEpoch;             // the epoch whose weights are kept: the best validation epoch, or the last
        boolean stopped;           // early stopping ended this run

        Run(Trainer trainer) {
            this.trainer = trainer;
        }

        /** Whole epochs trained so far. */
        int epochsDone() {
            return trainer.epoch();
        }
    }

    /**
     * One step of the weight decay run's optimiser on a single weight {@code w} whose loss gradient is
     * {@code gradient}: w − η·(gradient + λ·w).
     *
     * @return the weight after the step
     */
    public static float decayStep(float w, float gradient) {
        Parameter weight = new Parameter("w", 1, 1, true);
        weight.values()[0][0] = w;
        weight.gradients()[0][0] = gradient;
        new TrainingConfig(OPTIMIZER, LEARNING_RATE, BATCH_SIZE, 0, WEIGHT_DECAY).newOptimizer(List.of(weight)).step();
        return weight.values()[0][0];
    }

    /** Verifies and decodes MNIST (its four .gz files as fetched, and SHA256SUMS). @return null or what is wrong */
    public String loadMnist(String checksums, byte[] trainImages, byte[] trainLabels, byte[] testImages, byte[] testLabels) {
        try {
            mnist = LessonMnist.decode(checksums, trainImages, trainLabels, testImages, testLabels);
            validation = mnist.train().subset(mnist.train().size() - VALIDATION_SIZE, VALIDATION_SIZE);
            return null;
        } catch (IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    /**
     * A run without a cure and one per cure in {@code cures} (comma-separated names of {@link #CURES}), each
     * to train {@code epochs} epochs on the first {@code trainSize} training images, from the same weights.
     *
     * @return null, or what is wrong (no data yet, a size or a cure not known)
     */
    public String reset(int trainSize, int epochs, String cures, boolean earlyStopping, int seed) {
        if (mnist == null) {
            // The chapter's script and sliders keep to these rules: breaking one is the page's bug, said in English.
            return Message.untranslated("load MNIST before racing").json();
        }
        int largest = mnist.train().size() - VALIDATION_SIZE;
        if (trainSize < BATCH_SIZE || trainSize > largest) {
            return Message.untranslated("the training set size must be " + BATCH_SIZE + " to " + largest + ", got "
                    + trainSize).json();
        }
        if (epochs < 1) {
            return Message.untranslated("train at least one epoch, got " + epochs).json();
        }
        List<String> chosen = new ArrayList<>(List.of("none"));
        for (String cure : cures.split(",")) {
            String name = cure.strip();
            if (name.isEmpty() || chosen.contains(name)) {
                continue;
            }
            if (!CURES.contains(name)) {
                return Message.untranslated("unknown cure '" + name + "' (expected " + String.join(", ", CURES) + ")")
                        .json();
            }
            chosen.add(name);
        }
        trainUsed = mnist.train().subset(0, trainSize);
        this.epochs = epochs;
        this.earlyStopping = earlyStopping;
        runs.clear();
        for (String cure : chosen) {
            runs.add(new Run(new Trainer(Network.fromSpec(cure.equals("dropout") ? SPEC_WITH_DROPOUT : SPEC, seed),
                    trainUsed, new TrainingConfig(OPTIMIZER, LEARNING_RATE, BATCH_SIZE,
                            seed, cure.equals("weight-decay") ? WEIGHT_DECAY : 0f, cure.equals("augmentation")))));
        }
        return null;
    }

    public int batchesPerEpoch() {
        return runs.get(0).trainer.batchesPerEpoch();
    }

    /**
     * Trains each run still going {@code batches} more mini-batches (never past its last epoch).
     *
     * @return per run the mean loss of these batches (NaN for a run that has stopped)
     */
    public float[] train(int batches) {
        float[] losses = new float[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            Run run = runs.get(k);
            double sum = 0;
            int trained = 0;
            while (trained < batches && !run.stopped && run.epochsDone() < epochs) {
                sum += run.trainer.step().loss();
                trained++;
            }
            losses[k] = trained == 0 ? Float.NaN : (float) (sum / trained);
        }
        return losses;
    }

    /** True when every run has trained its epochs or was stopped early: the test images may be looked at. */
    public boolean finished() {
        for (Run run : runs) {
            if (!run.stopped && run.epochsDone() < epochs) {
                return false;
            }
        }
        return true;
    }

    /**
     * Measures each run on its training images and on the validation images; call it at the end of each epoch.
     * With early stopping, a run keeps its weights when the validation accuracy is its best yet, and stops after
     * {@link #PATIENCE} epochs without.
     *
     * @return per run: training accuracy, validation accuracy (both 0..1; NaN once it has stopped), and the epoch
     *         whose weights it keeps
     */
    public float[] accuracies() {
        float[] result = new float[3 * runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            Run run = runs.get(k);
            float onTrain = Float.NaN;
            float onValidation = Float.NaN;
            if (!run.stopped) {
                Network network = run.trainer.network();
                onTrain = Evaluator.evaluate(network, trainUsed).accuracy();
                onValidation = Evaluator.evaluate(network, validation).accuracy();
                keepOrStop(run, onValidation);
            }
            result[3 * k] = onTrain;
            result[3 * k + 1] = onValidation;
            result[3 * k + 2] = run.keptEpoch;
        }
        return result;
    }

    private void keepOrStop(Run run, float validationAccuracy) {
        if (!earlyStopping) {
            run.keptEpoch = run.epochsDone();
            return;
        }
        if (run.trainer.keepIfBest(validationAccuracy)) {
            run.keptEpoch = run.epochsDone();
            run.epochsWithoutBetter = 0;
        } else if (++run.epochsWithoutBetter >= PATIENCE) {
            run.stopped = true;
        }
    }

    /**
     * The test images, once the race is over: each run's accuracy on MNIST's 10,000 test images with the
     * weights it keeps (with early stopping, those of its best validation epoch; otherwise its last).
     *
     * @throws IllegalStateException while the race is still going: choices are made on the validation images
     */
    public float[] testAccuracies() {
        if (!finished()) {
            throw new IllegalStateException("the test images are looked at once the race is over");
        }
        float[] result = new float[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            Trainer trainer = runs.get(k).trainer;
            Network kept = earlyStopping ? trainer.checkpoint() : trainer.network();
            result[k] = Evaluator.evaluate(kept, mnist.test()).accuracy();
        }
        return result;
    }
}

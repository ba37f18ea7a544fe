package net.scratchnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.json.Json;
import net.scratchnet.model.ModelFile;
import net.scratchnet.network.Network;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.TrainingSettings;
import net.scratchnet.train.BatchResult;
import net.scratchnet.train.EpochResult;
import net.scratchnet.train.Evaluation;
import net.scratchnet.train.Evaluator;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;
import net.scratchnet.train.TrainingListener;

/**
 * {@code train}: trains a network on the 60,000 training images and, after every epoch, measures it on the
 * 10,000 test images it never trains on.
 */
final class TrainCommand implements Command {
    @Override
    public OptionParser options() {
        return NetworkOptions.declare(new OptionParser("train", "Trains a network on MNIST or Fashion-MNIST,"
                + " testing it after every epoch.\nThe test uses the 10,000 test images, which training never sees."
                + " Progress goes to stderr;\nwith --json, one JSON object per epoch goes to stdout.")
                .value("dataset", "NAME", DataOptions.DATASET_HELP))
                .flag(TrainingSettings.AUGMENT.parameter(), TrainingSettings.AUGMENT.description())
                .value(TrainingSettings.OPTIMIZER, "NAME", "how the weights are updated")
                .value(TrainingSettings.LEARNING_RATE, "RATE", "learning rate; default: " + optimizerRates())
                .value(TrainingSettings.BATCH_SIZE, "N", "examples per mini-batch")
                .value(TrainingSettings.EPOCHS, "N", "passes over the training set")
                .value(TrainingSettings.SEED, "N", "seed for the initial weights and the shuffling")
                .value(TrainingSettings.WEIGHT_DECAY, "L2", "L2 penalty on the weights")
                .value("data", "DIR", DataOptions.DATA_HELP)
                .value("out", "FILE", "save the trained model there (.snn; default: not saved)")
                .flag("json", "print one JSON object per epoch on stdout: epoch, loss, trainAccuracy,\n"
                        + "testLoss, testAccuracy (fractions 0..1), samplesPerSecond, seconds");
    }

    @Override
    public int run(ParsedOptions options, PrintStream out, PrintStream err) throws UsageException, IOException {
        DatasetKind kind = DataOptions.kind(options);
        NetworkSpec spec = NetworkOptions.spec(options, kind);
        boolean augment = options.has(TrainingSettings.AUGMENT.parameter());
        String optimizer = options.choice(TrainingSettings.OPTIMIZER);
        float learningRate = options.numberAtLeastMin(TrainingSettings.LEARNING_RATE,
                TrainingSettings.defaultLearningRate(optimizer));
        int batchSize = options.integer(TrainingSettings.BATCH_SIZE);
        int epochs = options.integer(TrainingSettings.EPOCHS);
        int seed = options.integer(TrainingSettings.SEED);
        float weightDecay = options.nonNegativeFloat(TrainingSettings.WEIGHT_DECAY.parameter(),
                Float.parseFloat(TrainingSettings.WEIGHT_DECAY.cliDefault()));
        Path modelPath = options.has("out") ? Path.of(options.text("out", "")) : null;
        // Checked now rather than after an hour of training.
        if (modelPath != null && !Files.isDirectory(modelPath.toAbsolutePath().getParent())) {
            throw new UsageException("--out: there is no folder " + modelPath.toAbsolutePath().getParent());
        }
        boolean json = options.has("json");

        Network network;
        TrainingConfig config;
        try {
            network = new Network(spec, seed);
            config = new TrainingConfig(optimizer, learningRate, batchSize, seed, weightDecay, augment);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }

        Dataset train = DataOptions.load(options, kind, Split.TRAIN);
        Dataset test = DataOptions.load(options, kind, Split.TEST);
        err.printf(Locale.ROOT, "training %s (%,d parameters) on %s (%,d images), %s%n",
                network.spec(), network.parameterCount(), train.name(), train.size(), config);

        Trainer trainer = new Trainer(network, train, config);
        ProgressBar bar = new ProgressBar(err);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            EpochResult result = trainer.trainEpoch(new EpochProgress(bar, epoch, epochs, start));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result == null) {
                bar.finishLine("epoch " + epoch + "/" + epochs + " stopped");
                err.println("error: training diverged in epoch " + epoch
                        + " (the loss stopped being a number or ran away); try a smaller --lr than " + learningRate);
                return 1;
            }
            report(epoch, epochs, result, seconds, Evaluator.evaluate(network, test), bar, json ? out : null);
        }
        return modelPath == null ? 0 : save(network, kind, modelPath, err);
    }

    /**
     * The epoch's line on the terminal and, if {@code jsonOut} is not null, its JSON object. The training
     * loss and accuracy are measured on each batch just before its update, so they lag a little behind
     * the network at the end of the epoch; the test figures are measured at the end.
     */
    private static void report(int epoch, int epochs, EpochResult result, double seconds, Evaluation test,
                               ProgressBar bar, PrintStream jsonOut) {
        double samplesPerSecond = result.examples() / seconds;
        bar.finishLine(String.format(Locale.ROOT,
                "epoch %d/%d  loss %.4f  train %.2f%%  test %.2f%% (loss %.4f)  %.1f s, %,.0f samples/s",
                epoch, epochs, result.loss(), 100 * result.trainAccuracy(), 100 * test.accuracy(), test.loss(),
                seconds, samplesPerSecond));
        if (jsonOut != null) {
            // Through the project's JSON writer: a loss that blew up (NaN, Infinity) becomes null, still JSON.
            jsonOut.println(new Json().put("epoch", epoch).put("loss", result.loss())
                    .put("trainAccuracy", result.trainAccuracy()).put("testLoss", test.loss())
                    .put("testAccuracy", test.accuracy()).put("samplesPerSecond", samplesPerSecond)
                    .put("seconds", seconds));
            jsonOut.flush();
        }
    }

    private static int save(Network network, DatasetKind kind, Path modelPath, PrintStream err) {
        byte[] model = ModelFile.write(network, kind.id());
        try {
            Files.write(modelPath, model);
        } catch (IOException e) {
            err.println("error: cannot write the model to " + modelPath + ": " + e);
            return 1;
        }
        err.printf(Locale.ROOT, "saved the model to %s (%,d bytes)%n", modelPath, model.length);
        return 0;
    }

    /** "0.1 for sgd, 0.01 for momentum, 0.001 for adam": each optimiser's own learning rate. */
    private static String optimizerRates() {
        StringBuilder text = new StringBuilder();
        for (String optimizer : TrainingConfig.OPTIMIZERS) {
            text.append(text.length() == 0 ? "" : ", ").append(TrainingSettings.defaultLearningRate(optimizer))
                    .append(" for ").append(optimizer);
        }
        return text.toString();
    }

    /** Feeds the progress bar with the epoch's running loss, accuracy and speed. */
    private static final class EpochProgress implements TrainingListener {
        private final ProgressBar bar;
        private final int epoch;
        private final int epochs;
        private final long startNanos;
        private int seen;
        private int correct;
        private double lossSum;

        EpochProgress(ProgressBar bar, int epoch, int epochs, long startNanos) {
            this.bar = bar;
            this.epoch = epoch;
            this.epochs = epochs;
            this.startNanos = startNanos;
        }

        @Override
        public void onBatch(BatchResult batch) {
            seen += batch.size();
            correct += batch.correct();
            lossSum += (double) batch.loss() * batch.size();
            double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
            bar.update(epoch, epochs, (batch.batch() + 1) / (double) batch.batchesPerEpoch(), lossSum / seen,
                    (double) correct / seen, seen / seconds);
        }
    }
}

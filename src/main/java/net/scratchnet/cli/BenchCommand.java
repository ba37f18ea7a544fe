package net.scratchnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.network.Network;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.TrainingSettings;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;

/**
 * {@code bench}: how many training examples per second an architecture goes through on this machine.
 *
 * <p>The Java virtual machine compiles hot code while it runs, so the first seconds are slower: a warm-up
 * runs first and is not counted. Then several one-second runs are timed, and the median is reported, with
 * the slowest and fastest run to show how much the machine's load made it vary.
 */
final class BenchCommand implements Command {
    /** A small, safe plain-SGD step size: the benchmark measures speed, but diverging would skip the updates. */
    private static final float LEARNING_RATE = 0.01f;
    private static final int SYNTHETIC_IMAGES = 10_000;

    @Override
    public OptionParser options() {
        return NetworkOptions.declare(new OptionParser("bench", "Measures training speed (examples per second,"
                + " plain SGD) for an architecture.\nIt trains on the MNIST training set if it is found, on random"
                + " images of the same shape otherwise."))
                .value(TrainingSettings.BATCH_SIZE, "N", "examples per mini-batch")
                .value("seconds", "N", "timed runs of one second each (default: 10)")
                .value("warmup", "N", "seconds of untimed training first (default: 3)")
                .value(TrainingSettings.SEED, "N", "seed for the initial weights and the shuffling")
                .value("data", "DIR", DataOptions.DATA_HELP);
    }

    @Override
    public int run(ParsedOptions options, PrintStream out, PrintStream err) throws UsageException, IOException {
        NetworkSpec spec = NetworkOptions.spec(options, DatasetKind.MNIST);
        int batchSize = options.integer(TrainingSettings.BATCH_SIZE);
        int runs = options.positiveInt("seconds", 10);
        int warmupSeconds = options.intInRange("warmup", 3, 0, 3600);
        int seed = options.integer(TrainingSettings.SEED);
        Network network;
        TrainingConfig config;
        try {
            network = new Network(spec, seed);
            // The trainer's epoch count does not matter here: the benchmark steps it for a fixed time.
            config = new TrainingConfig("sgd", LEARNING_RATE, batchSize, seed, 0f);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Dataset data = mnistOrRandom(options, seed, err);
        Trainer trainer = new Trainer(network, data, config);

        err.printf(Locale.ROOT, "%s, batch %d, plain SGD, on %s: %d s warm-up, then %d runs of 1 s%n",
                network.spec(), batchSize, data.name(), warmupSeconds, runs);
        samplesPerSecond(trainer, warmupSeconds);
        double[] rates = new double[runs];
        for (int run = 0; run < runs; run++) {
            rates[run] = samplesPerSecond(trainer, 1);
            err.printf(Locale.ROOT, "run %d/%d: %,.0f samples/s%n", run + 1, runs, rates[run]);
        }
        Arrays.sort(rates);
        out.printf(Locale.ROOT, "%s, batch %d: median %,.0f samples/s (min %,.0f, max %,.0f; %d runs of 1 s)%n",
                network.spec(), batchSize, median(rates), rates[0], rates[runs - 1], runs);
        return 0;
    }

    /** Trains for {@code seconds} and returns the examples per second it managed. */
    private static double samplesPerSecond(Trainer trainer, int seconds) {
        long duration = seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long elapsed = 0;
        int samples = 0;
        while (elapsed < duration) {
            samples += trainer.step().size();
            elapsed = System.nanoTime() - start;
        }
        return elapsed == 0 ? 0 : samples / (elapsed / 1e9);
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The speed hardly depends on the pixels, so random images stand in when MNIST is not at hand. */
    private static Dataset mnistOrRandom(ParsedOptions options, int seed, PrintStream err) {
        try {
            return DataOptions.load(options, DatasetKind.MNIST, Split.TRAIN);
        } catch (DataFileException e) {
            err.println("note: " + e.getMessage() + "; using random images instead");
        }
        Random random = new Random(seed);
        byte[] pixels = new byte[SYNTHETIC_IMAGES * DatasetKind.ROWS * DatasetKind.COLS];
        random.nextBytes(pixels);
        byte[] labels = new byte[SYNTHETIC_IMAGES];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) random.nextInt(10);
        }
        return new Dataset("random images", DatasetKind.ROWS, DatasetKind.COLS, pixels, labels,
                DatasetKind.MNIST.classNames());
    }
}

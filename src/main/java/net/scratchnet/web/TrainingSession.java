package net.scratchnet.web;

import net.scratchnet.data.Checksums;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetDecoder;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.json.Json;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.ModelFormatException;
import net.scratchnet.model.SavedModel;
import net.scratchnet.network.Network;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.TrainingSettings;
import net.scratchnet.train.BatchResult;
import net.scratchnet.train.Evaluator;
import net.scratchnet.train.RunFile;
import net.scratchnet.train.RunFormatException;
import net.scratchnet.train.Trainer;
import net.scratchnet.train.TrainingConfig;
import net.scratchnet.words.Message;
import net.scratchnet.words.Problem;

/**
 * The training worker's state: the loaded dataset, the network being trained and its trainer.
 *
 * <p>The worker calls {@link #trainBatches} with a few batches at a time and returns to its event loop in
 * between, so that a "pause" or "step" message is handled within a fraction of a second. An epoch's end
 * makes an evaluation on the test set due, which the worker runs the same way, a few hundred images at a
 * time ({@link #evaluateSome}); no batch trains until it is done. Nothing here waits or sleeps: a blocked
 * call would freeze the worker (and threads trap in WasmGC).
 *
 * <p>"What is wrong", where a method returns it, is the JSON of a {@link Message}: the page words it in its
 * language.
 */
final class TrainingSession {
    private String datasetId;
    private Dataset train;
    private Dataset test;
    private Network network;
    private String trainedOn = "";      // the dataset the network's weights learnt from; "" for random weights
    private TrainingConfig config;
    private Trainer trainer;
    private int epochsBefore;          // epochs trained before the current Trainer was created
    private int runStart;              // epoch() when the current train() began
    private int runEpochs;             // how many epochs the current run trains
    private Evaluator due;             // the test set's evaluation of the weights of the epoch just ended; null if none
    private float dueTrainAccuracy;    // that epoch's training accuracy, counted as it trained (0..1)
    private EvaluationReport lastReport; // the last evaluation finished, for its gallery

    /**
     * Verifies (SHA-256 against SHA256SUMS) and decodes the four gzip IDX files of one dataset.
     *
     * @return null on success, else a message naming the file and the problem; the previous dataset is kept
     */
    String loadDataset(String id, String checksums, byte[] trainImages, byte[] trainLabels,
                       byte[] testImages, byte[] testLabels) {
        try {
            DatasetKind kind = DatasetKind.fromId(id);
            Checksums sums = Checksums.parse(kind.folder() + "/" + Checksums.FILE_NAME, checksums);
            Dataset newTrain = DatasetDecoder.decode(kind, Split.TRAIN, sums, trainImages, trainLabels);
            Dataset newTest = DatasetDecoder.decode(kind, Split.TEST, sums, testImages, testLabels);
            datasetId = kind.id();
            train = newTrain;
            test = newTest;
            forgetTrainer();  // the next start() builds a trainer over the new data
            return null;
        } catch (DataFileException | IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    /** New random weights drawn from {@code seed}: training starts from scratch. @return null or what is wrong */
    String reset(String spec, int seed) {
        try {
            network = Network.fromSpec(spec, seed);
            trainedOn = "";
            forgetTrainer();
            return null;
        } catch (IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    /** Continues training from a model file (one the user imported on the page). @return null or what is wrong */
    String adopt(byte[] modelFile) {
        try {
            SavedModel model = ModelFile.read(modelFile);
            network = model.network();
            trainedOn = model.dataset();
            forgetTrainer();
            return null;
        } catch (ModelFormatException e) {
            return e.explanation().json();
        }
    }

    private void forgetTrainer() {
        trainer = null;
        config = null;
        epochsBefore = 0;
        due = null;
    }

    /**
     * Prepares a run of {@code epochs} epochs with these settings. The current weights are kept if the
     * network has the architecture {@code spec} asks for; otherwise it starts again from random weights
     * drawn from {@code seed}. {@code augment}: each training image is moved a little at random first.
     *
     * @return null when ready, else what is wrong with the settings
     */
    String start(String spec, String optimizer, float learningRate, float weightDecay, int batchSize, int epochs,
                 int seed, boolean augment) {
        if (train == null) {
            return Problem.TRAIN_NO_DATASET.with().json();
        }
        if (epochs < 1 || epochs > TrainingSettings.MAX_EPOCHS) {
            return Problem.TRAIN_EPOCHS.with("most", TrainingSettings.MAX_EPOCHS, "epochs", epochs).json();
        }
        try {
            TrainingConfig newConfig = new TrainingConfig(optimizer, learningRate, batchSize, seed, weightDecay, augment);
            if (network == null || !network.spec().equals(NetworkSpec.parse(spec))) {
                network = Network.fromSpec(spec, seed);
                trainedOn = "";
                forgetTrainer();
            }
            if (trainer == null || !newConfig.stepsLike(config)) {
                // A new trainer starts its epoch count at zero; keep counting the network's epochs.
                epochsBefore += trainer == null ? 0 : trainer.epoch();
                trainer = new Trainer(network, train, newConfig);
                config = newConfig;
            }
            runStart = epoch();
            runEpochs = epochs;
            return null;
        } catch (IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    private void requireTrainer() {
        if (trainer == null) {
            throw new IllegalStateException("no training run: call startTraining first");
        }
    }

    /** Epochs completed with this network (across changes of settings). */
    int epoch() {
        requireTrainer();
        return epochsBefore + trainer.epoch();
    }

    /** Epochs completed in this run, i.e. since the last {@link #start}. */
    int epochOfRun() {
        return epoch() - runStart;
    }

    /** True once this run (since the last start) has trained its number of epochs. */
    boolean isDone() {
        return epoch() - runStart >= runEpochs;
    }

    /** True while the weights of the epoch just ended wait for {@link #evaluateSome} to finish evaluating them. */
    boolean isEvaluationDue() {
        return due != null;
    }

    /** True once this run has trained its epochs and the last one's evaluation is finished: nothing is left. */
    boolean isFinished() {
        return isDone() && !isEvaluationDue();
    }

    /**
     * Trains up to {@code count} mini-batches, stopping early at the end of an epoch (which makes an evaluation
     * due, see {@link #evaluateSome}) or at a batch whose loss blew up. The trainer has then already put back its checkpoint (the
     * weights last evaluated good) and reset its optimizer; the worker pauses and tells the user.
     *
     * @return JSON {epoch, batch, batchesPerEpoch, batches, samples, loss, epochEnded, done, diverged,
     *         blowUpLoss, restoredAccuracy}, where epoch and batch are the last trained batch's (or the one that
     *         blew up), counted from 1 as the page shows them, epochs from the start of this run; blowUpLoss is
     *         the loss that blew up (null when it was not a number) and restoredAccuracy the test accuracy of
     *         the weights put back (null: the weights this trainer started from, never evaluated)
     */
    String trainBatches(int count) {
        requireTrainer();
        if (due != null) {
            throw new IllegalStateException("the weights of the epoch just ended are being evaluated: "
                    + "call evaluateSome until it is done before training on");
        }
        int startEpoch = trainer.epoch();
        int lastEpoch = startEpoch;
        int lastBatch = trainer.batchInEpoch() - 1;
        int done = 0;
        int samples = 0;
        double lossSum = 0;
        boolean diverged = false;
        float blowUpLoss = Float.NaN;
        while (done < count && trainer.epoch() == startEpoch && !isDone()) {
            BatchResult result = trainer.step();
            if (result.diverged()) {
                diverged = true;
                blowUpLoss = result.loss();
                lastEpoch = result.epoch();
                lastBatch = result.batch();
                break;
            }
            trainedOn = datasetId;
            done++;
            lastEpoch = result.epoch();
            lastBatch = result.batch();
            samples += result.size();
            lossSum += result.loss() * result.size();  // the last batch of an epoch may be smaller
        }
        boolean epochEnded = trainer.epoch() != startEpoch;
        if (epochEnded && !diverged) {
            makeEvaluationDue();
        }
        return new Json()
                .put("epoch", epochsBefore + lastEpoch - runStart + 1)
                .put("batch", lastBatch + 1)
                .put("batchesPerEpoch", trainer.batchesPerEpoch())
                .put("batches", done)
                .put("samples", samples)
                .put("loss", done == 0 ? Double.NaN : lossSum / samples)
                .put("epochEnded", epochEnded)
                .put("done", isDone())
                .put("diverged", diverged)
                .put("blowUpLoss", blowUpLoss)
                .put("restoredAccuracy", trainer.checkpointAccuracy())
                .toString();
    }

    /** The current weights as a model file, for the page's predictor. */
    byte[] snapshot() {
        return ModelFile.write(network, trainedOn);
    }

    /** The current weights are to be evaluated on the test set, from its first image. */
    private void makeEvaluationDue() {
        due = new Evaluator(network, test);
        dueTrainAccuracy = trainer.epochAccuracy();
    }

    /**
     * Goes on with the evaluation that is due: up to {@code maxImages} more test images (whole batches of
     * {@link Evaluator#BATCH}, at least one). Once all are done, the report is ready ({@link #lastReport}) and
     * if the weights are the best of this trainer so far, they become its checkpoint (what a blow-up goes
     * back to). In parts or at once, the report is the same to the last bit.
     *
     * @return JSON {images, evaluated, total, done}: test images evaluated by this call, so far, of how many,
     *         and whether it is over
     */
    String evaluateSome(int maxImages) {
        requireTrainer();
        if (due == null) {
            throw new IllegalStateException("no evaluation is due: one is, after each epoch");
        }
        int before = due.evaluated();
        due.evaluateSome(maxImages);
        Json progress = new Json().put("images", due.evaluated() - before).put("evaluated", due.evaluated())
                .put("total", test.size());
        if (due.isDone()) {
            lastReport = EvaluationReport.of(epochOfRun(), due.result(), test, dueTrainAccuracy);
            lastReport.setBest(trainer.keepIfBest(lastReport.testAccuracy()));
            due = null;
        }
        return progress.put("done", due == null).toString();
    }

    /** The last evaluation {@link #evaluateSome} finished; null before the first. */
    EvaluationReport lastReport() {
        return lastReport;
    }

    /**
     * The run so far as a {@link RunFile}, to go on after a reload; null when nothing has been trained on
     * these weights yet. Its fourth counter is 1 when an evaluation was due (or under way): the imported run
     * evaluates those weights again from the first test image, which gives the very same report.
     */
    byte[] exportRun() {
        if (trainer == null) {
            return null;
        }
        return RunFile.write(trainer, config, datasetId,
                new int[] {epochsBefore, runStart, runEpochs, due == null ? 0 : 1});
    }

    /**
     * Goes on with a run saved by {@link #exportRun}: its weights, its trainer and the epochs of its run. The
     * dataset it trained on must be loaded.
     *
     * @return null, or what is wrong (the session is then unchanged)
     */
    String importRun(byte[] file) {
        if (train == null) {
            // engine.js loads it first: the page's bug, said in English.
            return Message.untranslated("load the dataset of the run before restoring it").json();
        }
        try {
            RunFile.Run run = RunFile.read(file, datasetId, train);
            int[] counters = run.counters();
            // Runs kept before evaluations went in parts have 3 counters, and none was due when they were kept.
            if (counters.length != 3 && counters.length != 4) {
                return Problem.RUN_PAGE_COUNTERS.with("count", counters.length).json();
            }
            trainer = run.trainer();
            network = trainer.network();
            config = run.config();
            trainedOn = datasetId;
            epochsBefore = counters[0];
            runStart = counters[1];
            runEpochs = counters[2];
            due = null;
            if (counters.length == 4 && counters[3] == 1) {
                makeEvaluationDue();
            }
            return null;
        } catch (RunFormatException e) {
            return e.explanation().json();
        }
    }
}

package net.scratchnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.ModelFormatException;
import net.scratchnet.model.SavedModel;
import net.scratchnet.network.Network;
import net.scratchnet.train.Evaluation;
import net.scratchnet.train.Evaluator;

/** {@code eval}: measures a saved model on the 10,000 test images and prints its confusion matrix. */
final class EvalCommand implements Command {
    @Override
    public OptionParser options() {
        return new OptionParser("eval", "Measures a saved model on the test images of a dataset: accuracy, loss"
                + " and the confusion matrix.")
                .value("model", "FILE", "the model file, as written by train --out (required)")
                .value("dataset", "NAME", "mnist or fashion (default: the one the model was trained on)")
                .value("data", "DIR", DataOptions.DATA_HELP);
    }

    @Override
    public int run(ParsedOptions options, PrintStream out, PrintStream err) throws UsageException, IOException {
        if (!options.has("model")) {
            throw new UsageException("eval needs --model FILE");
        }
        Path modelPath = Path.of(options.text("model", ""));
        if (!Files.isRegularFile(modelPath)) {
            err.println("error: cannot find the model file " + modelPath.toAbsolutePath().normalize());
            return 1;
        }
        SavedModel saved;
        try {
            saved = ModelFile.read(Files.readAllBytes(modelPath));
        } catch (ModelFormatException e) {
            err.println("error: " + modelPath + ": " + e.getMessage());
            return 1;
        }
        DatasetKind kind;
        if (options.has("dataset") || saved.dataset().isEmpty()) {
            kind = DataOptions.kind(options);
        } else {
            try {
                kind = DatasetKind.fromId(saved.dataset());
            } catch (IllegalArgumentException e) {
                err.println("error: the model was trained on '" + saved.dataset() + "', which this program does"
                        + " not know; choose one with --dataset");
                return 1;
            }
        }
        Network network = saved.network();
        Dataset test = DataOptions.load(options, kind, Split.TEST);
        if (network.inputSize() != test.pixelsPerImage() || network.outputSize() != test.classCount()) {
            err.println("error: the model takes " + network.inputSize() + " inputs and gives " + network.outputSize()
                    + " outputs, but " + test.name() + " has " + test.pixelsPerImage() + " pixels and "
                    + test.classCount() + " classes");
            return 1;
        }

        Evaluation evaluation = Evaluator.evaluate(network, test);
        int correct = 0;
        for (int c = 0; c < test.classCount(); c++) {
            correct += evaluation.confusion()[c][c];
        }
        out.printf(Locale.ROOT, "model     %s (%,d parameters)%s%n", network.spec(), network.parameterCount(),
                saved.dataset().isEmpty() ? "" : ", trained on " + saved.dataset());
        out.printf(Locale.ROOT, "data      %s (%,d images)%n", test.name(), test.size());
        out.printf(Locale.ROOT, "accuracy  %.2f%% (%,d right, %,d wrong)%n", 100 * evaluation.accuracy(), correct,
                test.size() - correct);
        out.printf(Locale.ROOT, "loss      %.4f (mean %s)%n", evaluation.loss(),
                network.spec().loss().equals("mse") ? "squared error" : "cross-entropy");
        out.println();
        out.print(ConfusionTable.format(evaluation.confusion(), test.classNames()));
        return 0;
    }
}

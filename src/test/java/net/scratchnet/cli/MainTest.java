package net.scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    @TempDir
    Path temp;

    /** What one run printed, and its exit code. */
    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A usage error: exit code 2 and exactly one line on stderr, starting with "error:". */
    private static String assertUsageError(String... args) {
        Result result = run(args);
        assertEquals(2, result.exitCode(), Arrays.toString(args) + ": " + result.err());
        assertTrue(result.err().startsWith("error: "), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals("", result.out());
        return result.err().trim();
    }

    @Test
    void theGlobalHelpListsTheCommands() {
        Result result = run("--help");
        assertEquals(0, result.exitCode());
        for (String command : new String[] {"train", "eval", "bench", "serve"}) {
            assertTrue(result.out().contains("\n  " + command + " "), command);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "eval", "bench", "serve"})
    void everyCommandHasHelp(String command) {
        Result result = run(command, "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("usage: java -jar target/scratchnet.jar " + command), result.out());
    }

    @Test
    void aMissingOrUnknownCommandIsAUsageError() {
        assertEquals("error: no command given (expected one of train, eval, bench, serve; see --help)",
                assertUsageError());
        assertEquals("error: unknown command 'fit' (expected one of train, eval, bench, serve; see --help)",
                assertUsageError("fit"));
    }

    @Test
    void badTrainArgumentsAreUsageErrors() {
        assertEquals("error: unknown option --rate for train (see train --help)", assertUsageError("train", "--rate", "1"));
        assertEquals("error: --epochs needs a value (N)", assertUsageError("train", "--epochs"));
        assertEquals("error: --batch must be a whole number, got 'many'", assertUsageError("train", "--batch", "many"));
        assertEquals("error: --hidden: layer sizes are whole numbers separated by commas, e.g. 16,16", assertUsageError("train", "--hidden", "-16"));
        assertEquals("error: --lr must be at least 1.0E-6, got 0", assertUsageError("train", "--lr", "0"));
        assertEquals("error: --hidden: at most 4 hidden layers, got 5", assertUsageError("train", "--hidden", "8,8,8,8,8"));
        assertEquals("error: --batch must be between 1 and 60000, got 60001", assertUsageError("train", "--batch", "60001"));
        assertEquals("error: --lr must be a finite number, got 'NaN'", assertUsageError("train", "--lr", "NaN"));
        assertEquals("error: --weight-decay must not be negative, got -1", assertUsageError("train", "--weight-decay", "-1"));
        assertEquals("error: unknown dataset 'cifar' (expected mnist or fashion)", assertUsageError("train", "--dataset", "cifar"));
        assertEquals("error: --optimizer must be one of sgd, momentum, adam, got 'rmsprop'",
                assertUsageError("train", "--optimizer", "rmsprop"));
        assertEquals("error: --activation must be one of sigmoid, tanh, relu, leakyrelu, got 'gelu'",
                assertUsageError("train", "--activation", "gelu"));
    }

    @Test
    void badArchitecturesAreUsageErrorsNamingTheWord() {
        assertEquals("error: --arch: network spec '28x28x1 conv5x5x8 pool2 conv5x5x16 pool2 conv5x5x16 dense10':"
                        + " conv5x5x16 without padding does not fit in a 4×4 input",
                assertUsageError("train", "--arch", "28x28x1 conv5x5x8 pool2 conv5x5x16 pool2 conv5x5x16 dense10"));
        assertTrue(assertUsageError("bench", "--arch", "28x28x1 conv5x5 dense10")
                .startsWith("error: --arch: 'conv5x5' in network spec '28x28x1 conv5x5 dense10' is not a layer"));
        assertEquals("error: --arch describes the whole network: leave out --hidden and --activation",
                assertUsageError("train", "--arch", "28x28x1 dense10", "--hidden", "16"));
        assertEquals("error: --arch: the network takes 1×32×32 inputs and gives 10 outputs, but mnist has 784 pixels"
                + " (28x28x1) and 10 classes", assertUsageError("train", "--arch", "32x32x1 dense10"));
        assertEquals("error: --augment takes no value", assertUsageError("train", "--augment=yes"));
    }

    @Test
    void trainsSavesAndEvaluatesAnAugmentedConvNet() throws Exception {
        TinyDataFolder.write(temp, 300, 100);
        Path model = temp.resolve("conv.snn");
        Result train = run("train", "--data", temp.toString(), "--arch", "28x28x1 conv3x3x2 relu pool2 dense10",
                "--augment", "--epochs", "1", "--out", model.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("training 28x28x1 conv3x3x2 relu pool2 dense10 crossentropy he (3,410"
                + " parameters)"), train.err());
        assertTrue(train.err().contains(" augmented"), train.err());
        Result eval = run("eval", "--model", model.toString(), "--data", temp.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().startsWith("model     28x28x1 conv3x3x2 relu pool2 dense10 crossentropy he"), eval.out());
    }

    @Test
    void badArgumentsOfTheOtherCommandsAreUsageErrors() {
        assertEquals("error: eval needs --model FILE", assertUsageError("eval"));
        assertEquals("error: --seconds must be a positive whole number, got 0", assertUsageError("bench", "--seconds", "0"));
        assertEquals("error: --warmup must be between 0 and 3600, got -1", assertUsageError("bench", "--warmup", "-1"));
        assertEquals("error: --port must be between 1 and 65535, got 70000", assertUsageError("serve", "--port", "70000"));
    }

    @Test
    void anOutputFileInAMissingFolderIsRejectedBeforeTraining() {
        Path model = temp.resolve("no-such-folder").resolve("m.snn");
        assertEquals("error: --out: there is no folder " + model.getParent().toAbsolutePath(),
                assertUsageError("train", "--out", model.toString()));
    }

    @Test
    void aMissingDataFolderSaysWhereItLooked() {
        Path missing = temp.resolve("nowhere");
        Result result = run("train", "--data", missing.toString());
        assertEquals(1, result.exitCode());
        assertEquals("error: no dataset folder at " + missing.toAbsolutePath() + "\n", result.err());
    }

    @Test
    void trainsSavesAndEvaluatesAModel() throws Exception {
        TinyDataFolder.write(temp, 600, 200);
        Path model = temp.resolve("tiny.snn");
        Result train = run("train", "--data", temp.toString(), "--hidden", "8", "--epochs", "3", "--batch", "10",
                "--json", "--out", model.toString());
        assertEquals(0, train.exitCode(), train.err());
        String[] lines = train.out().split("\n");
        assertEquals(3, lines.length, train.out());
        Pattern epochLine = Pattern.compile("\\{\"epoch\":(\\d),\"loss\":[0-9.E-]+,\"trainAccuracy\":[0-9.]+,"
                + "\"testLoss\":[0-9.E-]+,\"testAccuracy\":([0-9.]+),\"samplesPerSecond\":[0-9.]+,\"seconds\":[0-9.]+}");
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = epochLine.matcher(lines[i]);
            assertTrue(matcher.matches(), lines[i]);
            assertEquals(String.valueOf(i + 1), matcher.group(1));
        }
        Matcher last = epochLine.matcher(lines[2]);
        assertTrue(last.matches());
        assertTrue(Double.parseDouble(last.group(2)) > 0.5, "it learnt: far better than chance (0.1): " + lines[2]);
        assertTrue(train.err().contains("epoch 3/3  loss "), train.err());
        assertTrue(Files.size(model) > 0);

        Result eval = run("eval", "--model", model.toString(), "--data", temp.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("accuracy  "), eval.out());
        assertTrue(eval.out().contains("true \\ predicted"), eval.out());
        assertEquals(1 + 10, eval.out().lines().filter(line -> line.matches("^(true|\\d).*")).count(),
                "a header and ten class rows:\n" + eval.out());
    }

    @Test
    void aDivergingRunStopsWithExitCode1AndSuggestsASmallerLearningRate() throws Exception {
        TinyDataFolder.write(temp, 100, 10);
        Result result = run("train", "--data", temp.toString(), "--optimizer", "sgd", "--lr", "1e30", "--hidden", "4");
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains("error: training diverged in epoch 1 (the loss stopped being a number or ran away);"
                + " try a smaller --lr than 1.0E30\n"), result.err());
    }

    @Test
    void aDamagedModelFileIsAOneLineErrorWithExitCode1() throws Exception {
        TinyDataFolder.write(temp, 100, 50);
        Path model = temp.resolve("tiny.snn");
        assertEquals(0, run("train", "--data", temp.toString(), "--hidden", "4", "--epochs", "1", "--out",
                model.toString()).exitCode());
        byte[] bytes = Files.readAllBytes(model);
        Files.write(model, Arrays.copyOf(bytes, bytes.length / 2));

        Result result = run("eval", "--model", model.toString(), "--data", temp.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("error: " + model + ": "), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aMissingModelFileIsAnErrorWithExitCode1() {
        Result result = run("eval", "--model", temp.resolve("none.snn").toString());
        assertEquals(1, result.exitCode());
        assertEquals("error: cannot find the model file " + temp.resolve("none.snn").toAbsolutePath() + "\n",
                result.err());
    }

    @Test
    void benchReportsTheMedianSpeed() throws Exception {
        TinyDataFolder.write(temp, 200, 10);
        Result result = run("bench", "--data", temp.toString(), "--hidden", "8", "--seconds", "1", "--warmup", "0");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("784-8-10 relu \\S+ \\S+, batch 32: median [0-9,]+ samples/s"
                + " \\(min [0-9,]+, max [0-9,]+; 1 runs of 1 s\\)\n"), result.out());
    }

    /**
     * {@code java -jar /path/to/scratchnet.jar eval} from a folder that is not the repository: the data is found
     * around the code (here target/classes, whose folder target/ is the jar's) in the repository's webapp/data.
     */
    @Test
    void theCommandsFindTheDataFromAnyWorkingDirectory() throws Exception {
        Path model = Path.of("webapp", "models", "mnist.snn").toAbsolutePath();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "eval", "--model", model.toString())
                .directory(temp.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("data      mnist test (10,000 images)"), output);
    }

    @Test
    void serveWithoutABuiltSiteSaysSo() {
        Result result = run("serve", "--dir", temp.toString(), "--port", "1");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("error: no index.html in "), result.err());
    }
}

package net.scratchnet.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.scratchnet.data.Checksums;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Strokes;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.ModelFormatException;
import net.scratchnet.network.Network;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.TrainingSettings;
import net.scratchnet.train.RunFile;
import net.scratchnet.train.RunFormatException;
import org.junit.jupiter.api.Test;

/** What the core tells a reader is wrong: a key the page words in its language, values, and the English. */
class MessageTest {
    @Test
    void everyProblemHasItsOwnKeyAndEnglish() {
        Set<String> keys = new HashSet<>();
        for (Problem problem : Problem.values()) {
            assertTrue(problem.key().matches("[a-z]+\\.[a-zA-Z]+|unexpected"), problem.key());
            assertTrue(keys.add(problem.key()), "one key per problem: " + problem.key());
            assertTrue(!problem.english().isBlank() && !problem.english().contains("\n"), problem.key());
        }
    }

    @Test
    void fillsItsValuesIntoTheEnglishAndGivesThemToThePageAsTheyAre() {
        Message truncated = Problem.MODEL_TRUNCATED.with("bytes", 10, "expected", 5_000_000_000L);
        assertEquals("the model file is truncated: 10 bytes, expected 5000000000", truncated.english());
        assertEquals("{\"problem\":\"model.truncated\",\"values\":{\"bytes\":10,\"expected\":5000000000},"
                + "\"message\":\"the model file is truncated: 10 bytes, expected 5000000000\"}", truncated.json());
    }

    @Test
    void aReasonInsideAReasonIsAMessageToo() {
        Message invalid = Problem.SPEC_INVALID.with("spec", "28x28x1 pool40",
                "reason", Problem.SPEC_POOL_DOES_NOT_FIT.with("layer", "pool40", "height", 28, "width", 28));
        assertEquals("network spec '28x28x1 pool40': pool40 does not fit in a 28×28 input", invalid.english());
        assertTrue(invalid.json().contains("\"reason\":{\"problem\":\"spec.poolDoesNotFit\",\"values\":{\"layer\":"
                + "\"pool40\",\"height\":28,\"width\":28}}"), invalid.json());
    }

    @Test
    void aDecimalIsGivenAsJavaWritesIt() {
        Message rate = Problem.SETTINGS_LEARNING_RATE.with("rate", -0.001f);
        assertTrue(rate.json().contains("\"rate\":\"-0.001\""), "a text, which no page rounds: " + rate.json());
    }

    /** A list is given to the page as its items, which it joins its own way (Chinese with 、); English keeps ", ". */
    @Test
    void aListIsGivenAsItsItems() {
        BadInputException bad = assertThrows(BadInputException.class, () -> NetworkSpec.parse("784-10 banana"));
        assertTrue(bad.explanation().json().contains("\"activations\":[\"sigmoid\",\"tanh\",\"relu\",\"leakyrelu\"]"),
                bad.explanation().json());
        assertTrue(bad.getMessage().contains("is not an activation (sigmoid, tanh, relu, leakyrelu), a loss"),
                "the command line's English, unchanged: " + bad.getMessage());
        String[] optimizers = {"sgd", "adam"};
        Message unknown = Problem.SETTINGS_OPTIMIZER.with("optimizer", "rmsprop", "optimizers", optimizers);
        optimizers[1] = "changed";
        assertEquals("unknown optimizer 'rmsprop' (expected one of sgd, adam)", unknown.english(),
                "the message keeps the list it was given");
    }

    @Test
    void valuesTheTextDoesNotNameAreAProgrammersError() {
        assertThrows(IllegalArgumentException.class, () -> Problem.MODEL_TRUNCATED.with("bytes", 10));
        assertThrows(IllegalArgumentException.class, () -> Problem.MODEL_EMPTY.with("bytes", 10));
    }

    @Test
    void anErrorTheCoreDidNotForeseeKeepsItsEnglish() {
        Message message = Message.of(new IllegalStateException("out of memory"));
        assertEquals(Problem.UNEXPECTED, message.problem());
        assertEquals("out of memory", message.english());
    }

    @Test
    void aDamagedModelFileSaysWhyWithItsNumbers() {
        byte[] file = ModelFile.write(Network.fromSpec("784-16-10 relu", 1), "mnist");
        ModelFormatException cut = assertThrows(ModelFormatException.class,
                () -> ModelFile.read(Arrays.copyOf(file, file.length - 10)));
        assertEquals(Problem.MODEL_TRUNCATED, cut.explanation().problem());
        assertTrue(cut.explanation().json().contains("\"values\":{\"bytes\":" + (file.length - 10) + ",\"expected\":"
                + file.length + "}"), cut.explanation().json());
        assertEquals(cut.explanation().english(), cut.getMessage(), "the command line's English, unchanged");
    }

    @Test
    void aBadSpecNamesItsWordInAnyLanguage() {
        BadInputException bad = assertThrows(BadInputException.class,
                () -> NetworkSpec.parse("28x28x1 conv5x5x8 relu banana dense10"));
        assertEquals(Problem.SPEC_UNKNOWN_WORD_LAYERS, bad.explanation().problem());
        assertTrue(bad.explanation().json().contains("\"word\":\"banana\""), bad.explanation().json());
        BadInputException tooBig = assertThrows(BadInputException.class,
                () -> NetworkSpec.parse("4x4x1 conv5x5x8 dense10"));
        assertEquals(Problem.SPEC_INVALID, tooBig.explanation().problem());
        assertTrue(tooBig.explanation().json().contains("\"problem\":\"spec.convDoesNotFit\""),
                "the reason inside, in words too: " + tooBig.explanation().json());
    }

    @Test
    void badSettingsADrawingTooLongAndABadDownloadAreSaidInWordsToo() {
        assertEquals(Problem.SETTINGS_SIZES_FORMAT, assertThrows(BadInputException.class,
                () -> TrainingSettings.hiddenSizes("16, x")).explanation().problem());
        assertEquals(Problem.DRAWING_TOO_MANY_POINTS, assertThrows(BadInputException.class,
                () -> Strokes.of(new float[3 * (Strokes.MAX_POINTS + 1)], new int[] {Strokes.MAX_POINTS + 1}))
                .explanation().problem());
        Checksums sums = assertDoesParse();
        assertEquals(Problem.DATA_CHECKSUM, assertThrows(DataFileException.class,
                () -> sums.verify("abc.gz", new byte[] {1, 2, 3})).explanation().problem());
    }

    @Test
    void aDamagedRunFileSaysWhy() {
        RunFormatException foreign = assertThrows(RunFormatException.class, () -> RunFile.check(new byte[40]));
        assertEquals(Problem.RUN_NOT_SCRATCHNET, foreign.explanation().problem());
    }

    private static Checksums assertDoesParse() {
        try {
            return Checksums.parse("SHA256SUMS", "0".repeat(64) + "  abc.gz\n");
        } catch (DataFileException e) {
            throw new AssertionError(e);
        }
    }
}

package net.scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import net.scratchnet.settings.TrainingSettings;
import org.junit.jupiter.api.Test;

class OptionParserTest {
    private static final OptionParser PARSER = new OptionParser("train", "Trains.")
            .value("lr", "RATE", "learning rate (default: 0.1)")
            .value("hidden", "SIZES", "hidden sizes")
            .value("seed", "N", "seed")
            .value("activation", "NAME", "activation")
            .flag("json", "JSON lines");

    private static ParsedOptions parse(String... args) throws UsageException {
        return PARSER.parse(args);
    }

    private static String usageError(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void readsValuesInBothFormsAndFlags() throws Exception {
        ParsedOptions options = parse("--lr", "0.5", "--hidden=16,16", "--json");
        assertEquals(0.5f, options.numberAtLeastMin(TrainingSettings.LEARNING_RATE, 1f));
        assertArrayEquals(new int[] {16, 16}, options.hiddenSizes());
        assertTrue(options.has("json"));
        assertFalse(options.helpRequested());
    }

    @Test
    void missingOptionsGiveTheDefaults() throws Exception {
        ParsedOptions options = parse();
        assertEquals(0.1f, options.numberAtLeastMin(TrainingSettings.LEARNING_RATE, 0.1f));
        assertArrayEquals(new int[] {128}, options.hiddenSizes());
        assertEquals(10, options.integer(TrainingSettings.EPOCHS));
        assertEquals("relu", options.choice("activation", "relu", "relu", "tanh"));
        assertFalse(options.has("json"));
    }

    @Test
    void aNegativeNumberIsAValueNotAnOption() throws Exception {
        assertEquals("--seed must be between 0 and 2147483647, got -5",
                assertThrows(UsageException.class, () -> parse("--seed", "-5").integer(TrainingSettings.SEED)).getMessage());
    }

    @Test
    void helpIsUnderstoodAnywhere() throws Exception {
        assertTrue(parse("--lr", "1", "--help").helpRequested());
        assertTrue(parse("-h").helpRequested());
    }

    @Test
    void rejectsMalformedCommandLines() {
        assertEquals("unknown option --learning-rate for train (see train --help)", usageError("--learning-rate", "1"));
        assertEquals("--lr needs a value (RATE)", usageError("--lr"));
        assertEquals("--lr needs a value (RATE)", usageError("--lr", "--json"));
        assertEquals("--lr is given twice", usageError("--lr", "1", "--lr=2"));
        assertEquals("--json takes no value", usageError("--json=yes"));
        assertEquals("unexpected argument 'mnist' for train (options start with --; see train --help)",
                usageError("mnist"));
    }

    @Test
    void rejectsValuesThatAreNotPositiveNumbers() throws Exception {
        assertEquals("--lr must be at least 1.0E-6, got 0", floatError("0"));
        assertEquals("--lr must be at least 1.0E-6, got -0.1", floatError("-0.1"));
        assertEquals("--lr must be a finite number, got 'NaN'", floatError("NaN"));
        assertEquals("--lr must be a finite number, got 'Infinity'", floatError("Infinity"));
        assertEquals("--lr must be a number, got 'fast'", floatError("fast"));
        assertEquals("--seed must be a whole number, got '1.5'",
                assertThrows(UsageException.class, () -> parse("--seed", "1.5").integer(TrainingSettings.SEED)).getMessage());
        assertEquals("--seed must be a positive whole number, got 0",
                assertThrows(UsageException.class, () -> parse("--seed", "0").positiveInt("seed", 1)).getMessage());
        assertEquals("--seed must be between 1 and 9, got 10",
                assertThrows(UsageException.class, () -> parse("--seed", "10").intInRange("seed", 1, 1, 9)).getMessage());
    }

    private static String floatError(String value) throws UsageException {
        ParsedOptions options = parse("--lr", value);
        return assertThrows(UsageException.class, () -> options.numberAtLeastMin(TrainingSettings.LEARNING_RATE, 1f)).getMessage();
    }

    @Test
    void rejectsBadLayerSizes() throws Exception {
        for (String sizes : new String[] {"16,,16", "16,-3", "0", "", "a,b"}) {
            ParsedOptions options = parse("--hidden", sizes);
            assertThrows(UsageException.class, options::hiddenSizes, sizes);
        }
    }

    @Test
    void aChoiceErrorListsTheChoices() throws Exception {
        ParsedOptions options = parse("--activation", "softplus");
        assertEquals("--activation must be one of relu, sigmoid, got 'softplus'",
                assertThrows(UsageException.class, () -> options.choice("activation", "relu", "relu", "sigmoid"))
                        .getMessage());
    }

    @Test
    void theHelpListsEveryOption() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PARSER.printHelp(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String help = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("usage: java -jar target/scratchnet.jar train [options]"), help);
        for (String option : new String[] {"--lr RATE", "--hidden SIZES", "--seed N", "--activation NAME", "--json",
                "--help"}) {
            assertTrue(help.contains("\n  " + option + " "), option + " in\n" + help);
        }
    }
}

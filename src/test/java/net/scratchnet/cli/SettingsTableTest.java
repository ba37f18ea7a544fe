package net.scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.scratchnet.activation.Activations;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.Preset;
import net.scratchnet.settings.Setting;
import net.scratchnet.settings.TrainingSettings;
import net.scratchnet.train.OptimizerKind;
import net.scratchnet.train.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The table of training settings: the command line follows it, and the core enforces its hard limits. */
class SettingsTableTest {
    private static ParsedOptions parse(String... args) throws UsageException {
        return new TrainCommand().options().parse(args);
    }

    @Test
    void trainWithoutOptionsUsesTheTablesCommandLineDefaults() throws Exception {
        ParsedOptions none = parse();
        assertArrayEquals(TrainingSettings.hiddenSizes(TrainingSettings.HIDDEN.cliDefault()), none.hiddenSizes());
        assertEquals(TrainingSettings.ACTIVATION.cliDefault(), none.choice(TrainingSettings.ACTIVATION));
        assertEquals(TrainingSettings.OPTIMIZER.cliDefault(), none.choice(TrainingSettings.OPTIMIZER));
        for (Setting setting : List.of(TrainingSettings.BATCH_SIZE, TrainingSettings.EPOCHS, TrainingSettings.SEED)) {
            assertEquals(Integer.parseInt(setting.cliDefault()), none.integer(setting), setting.name());
        }
    }

    @Test
    void everyDefaultOfBothSurfacesIsWithinTheTablesLimits() throws Exception {
        for (Setting setting : TrainingSettings.ALL) {
            for (String text : new String[] {setting.pageDefault(), setting.cliDefault()}) {
                if (text == null) {
                    continue;
                }
                switch (setting.kind()) {
                    case CHOICE -> assertTrue(setting.choices().contains(text), setting.name() + " " + text);
                    case SIZES -> TrainingSettings.hiddenSizes(text);
                    case SPEC -> assertEquals("", text, "no spec: the hidden layers and activation make the network");
                    case FLAG -> assertEquals("false", text, setting.name() + " is off unless asked for");
                    default -> {
                        double value = Double.parseDouble(text);
                        assertTrue(value >= setting.min() && value <= setting.max(), setting.name() + " " + text);
                    }
                }
            }
        }
    }

    @Test
    void theCommandLineRefusesWhatTheTableRefuses() {
        String tooManyLayers = "8,".repeat(TrainingSettings.MAX_HIDDEN_LAYERS) + "8";
        assertThrows(UsageException.class, () -> parse("--hidden", tooManyLayers).hiddenSizes());
        String tooWide = String.valueOf((int) TrainingSettings.HIDDEN.max() + 1);
        assertThrows(UsageException.class, () -> parse("--hidden", tooWide).hiddenSizes());
        for (Setting setting : List.of(TrainingSettings.BATCH_SIZE, TrainingSettings.EPOCHS)) {
            String tooLarge = String.valueOf((long) setting.max() + 1);
            assertThrows(UsageException.class, () -> parse("--" + setting.parameter(), tooLarge).integer(setting));
        }
        assertThrows(UsageException.class, () -> parse("--activation", "softplus").choice(TrainingSettings.ACTIVATION));
    }

    @Test
    void theHelpShowsEachSettingsDefaultAndLimitsFromTheTable() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new TrainCommand().options().printHelp(new PrintStream(text, true, StandardCharsets.UTF_8));
        String help = text.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("default: " + TrainingSettings.EPOCHS.cliDefault() + ")"), help);
        assertTrue(help.contains("1 to " + TrainingSettings.MAX_HIDDEN_LAYERS + " sizes of 1 to "
                + NetworkSpec.MAX_LAYER_SIZE), help);
        assertTrue(help.contains("one of " + String.join(", ", Activations.names())), help);
    }

    @Test
    void theHardLimitsAreTheOnesNetworkSpecAndTrainingConfigEnforce() {
        assertEquals(NetworkSpec.MAX_LAYER_SIZE, (int) TrainingSettings.HIDDEN.max());
        NetworkSpec.parse("784-" + NetworkSpec.MAX_LAYER_SIZE + "-10");
        assertThrows(IllegalArgumentException.class, () -> NetworkSpec.parse("784-" + (NetworkSpec.MAX_LAYER_SIZE + 1) + "-10"));
        // Each layer may be that wide, but not four of them: 53.6 million weights and biases.
        int most = NetworkSpec.MAX_LAYER_SIZE;
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> NetworkSpec.parse("784-" + most + "-" + most + "-" + most + "-" + most + "-10"));
        assertTrue(tooMany.getMessage().contains("53,600,266 weights and biases"), tooMany.getMessage());
        assertEquals(TrainingConfig.MAX_BATCH_SIZE, (int) TrainingSettings.BATCH_SIZE.max());
        new TrainingConfig("sgd", 0.1f, TrainingConfig.MAX_BATCH_SIZE, 1, 0f);
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig("sgd", 0.1f, TrainingConfig.MAX_BATCH_SIZE + 1, 1, 0f));
        assertEquals(TrainingConfig.OPTIMIZERS, TrainingSettings.OPTIMIZER.choices());
    }

    @Test
    void everyPresetIsANetworkOfEveryDatasetAndOnlyConvPresetsAreAugmented() {
        for (Preset preset : TrainingSettings.PRESETS) {
            for (DatasetKind kind : DatasetKind.values()) {
                NetworkSpec spec = preset.architecture().isEmpty()
                        ? TrainingSettings.architecture(preset.hidden(), preset.activation(), kind)
                        : TrainingSettings.architecture(preset.architecture(), kind);
                assertEquals(kind.classCount(), spec.outputSize(), preset.title());
            }
            assertTrue(preset.architecture().isEmpty() != (preset.hidden().length == 0), preset.title());
            if (preset.architecture().isEmpty()) {
                assertFalse(preset.augment(), "fully connected presets keep augmentation off: " + preset.title());
            }
            assertTrue(preset.epochs() >= 1 && preset.epochs() <= TrainingSettings.EPOCHS.max(), preset.title());
        }
        assertTrue(TrainingSettings.PRESETS.stream().anyMatch(preset -> !preset.architecture().isEmpty()),
                "the page offers convolutional networks");
    }

    @Test
    void aWholeSpecMustFitTheDatasetAndABadOneNamesItsWord() {
        String kit = NetworkSpec.SMALL_CNN;
        assertEquals(NetworkSpec.parse(kit).toString(), TrainingSettings.architecture(kit, DatasetKind.MNIST).toString());
        IllegalArgumentException wrongClasses = assertThrows(IllegalArgumentException.class,
                () -> TrainingSettings.architecture("28x28x1 conv5x5x8 relu pool2 dense12", DatasetKind.FASHION));
        assertTrue(wrongClasses.getMessage().contains("12 outputs") && wrongClasses.getMessage().contains("10 classes"),
                wrongClasses.getMessage());
        IllegalArgumentException badWord = assertThrows(IllegalArgumentException.class,
                () -> TrainingSettings.architecture("28x28x1 conv5x5x8 relux dense10", DatasetKind.MNIST));
        assertTrue(badWord.getMessage().contains("'relux'"), badWord.getMessage());
    }

    @Test
    void theSpecAndAugmentationAreOnThePageAndTheCommandLineWithTheSameWords() throws Exception {
        assertTrue(TrainingSettings.ALL.containsAll(List.of(TrainingSettings.ARCHITECTURE, TrainingSettings.AUGMENT)));
        String schema = TrainingSettings.schemaJson();
        assertTrue(schema.contains("\"kind\":\"spec\"") && schema.contains("\"kind\":\"flag\""), schema);
        String augment = TrainingSettings.AUGMENT.description();
        assertTrue(augment.contains("up to 2 pixels") && augment.contains("10 degrees"), augment);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new TrainCommand().options().printHelp(new PrintStream(text, true, StandardCharsets.UTF_8));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains(augment.split("\n")[0]), text.toString());
        assertTrue(parse("--augment").has(TrainingSettings.AUGMENT.parameter()));
    }

    @Test
    void theArchitectureFollowsTheDatasetsShape() {
        NetworkSpec spec = TrainingSettings.architecture(new int[] {16, 16}, "sigmoid", DatasetKind.FASHION);
        assertArrayEquals(new int[] {DatasetKind.FASHION.inputSize(), 16, 16, DatasetKind.FASHION.classCount()},
                spec.sizes());
        assertEquals("sigmoid", spec.activation());
    }

    @Test
    void thePageFindsPresetsOptimisersAndDatasetsByWhatTheSchemaSaysBesideTheirNames() {
        String schema = TrainingSettings.schemaJson();
        Set<String> ids = new HashSet<>();
        for (Preset preset : TrainingSettings.PRESETS) {
            assertTrue(ids.add(preset.id()), "two presets are called " + preset.id());
            assertEquals("preset." + preset.id(), preset.titleKey(), "its title's words follow its id, not its title");
            assertTrue(schema.contains("{\"id\":\"" + preset.id() + "\",\"title\":\"" + preset.title() + "\""), preset.id());
        }
        assertTrue(ids.contains("cnn"), "chapter 10 (learn/convolutions.js) trains the preset 'cnn'");
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertTrue(schema.contains("{\"name\":\"" + kind.id() + "\",\"title\":\"" + kind.title()
                    + "\",\"titleWord\":\"" + kind.titleKey() + "\""), kind.id());
            assertEquals(kind.title(), TrainingSettings.words().get(kind.titleKey()), kind.id());
        }
        assertEquals("SGD + momentum", OptimizerKind.byId("momentum").title());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> OptimizerKind.byId("rmsprop"));
        assertTrue(unknown.getMessage().contains("sgd, momentum, adam"), unknown.getMessage());
        // The pad draws MNIST's digits again from their strokes, and reads a picture of clothes from its pixels.
        assertTrue(schema.contains("\"itemWord\":\"" + DatasetKind.MNIST.itemKey() + "\",\"penDrawn\":true"), schema);
        assertTrue(schema.contains("\"itemWord\":\"" + DatasetKind.FASHION.itemKey() + "\",\"penDrawn\":false"), schema);
    }

    @Test
    void theSchemaNamesEverySettingDatasetAndActivation() {
        String schema = TrainingSettings.schemaJson();
        for (Setting setting : TrainingSettings.ALL) {
            assertTrue(schema.contains("\"parameter\":\"" + setting.parameter() + "\""), setting.name());
        }
        for (DatasetKind kind : DatasetKind.values()) {
            assertTrue(schema.contains("\"title\":\"" + kind.title() + "\""), kind.id());
            assertTrue(schema.contains("\"" + kind.classNames()[9] + "\""), kind.id());
        }
        assertTrue(schema.contains("\"activations\":[\"" + String.join("\",\"", Activations.names()) + "\"]"), schema);
    }
}

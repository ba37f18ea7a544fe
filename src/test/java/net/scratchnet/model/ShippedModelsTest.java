package net.scratchnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.train.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pretrained model the site ships (webapp/models/*.snn) loads and scores, on the 10,000 test images, the
 * accuracy its documentation promises: the table in webapp/models/README.md, and the "Accuracy" table of
 * README.md wherever that lists the same command. The numbers are compared as printed (two decimals of a
 * percentage, so to the image), because training and evaluation are deterministic.
 */
class ShippedModelsTest {
    private static final Path MODELS = Path.of("webapp", "models");
    private static final Path README = Path.of("README.md");
    private static final Map<DatasetKind, Dataset> TEST_SETS = new EnumMap<>(DatasetKind.class);

    /** One row of webapp/models/README.md: | file | network | test accuracy | `command` |. */
    private record Documented(String file, String network, String accuracy, String command) {
    }

    static Stream<String> shippedModels() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".snn")).sorted().collect(Collectors.toList());
            assertTrue(names.size() > 0, "no .snn files in " + MODELS.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedModels")
    void scoresItsDocumentedAccuracyOnTheTestImages(String file) throws Exception {
        Documented documented = documentedModels().stream().filter(row -> row.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no row in " + MODELS.resolve("README.md")));
        SavedModel model = ModelFile.read(Files.readAllBytes(MODELS.resolve(file)));
        NetworkSpec spec = model.network().spec();
        // A fully connected network is documented by its sizes and activation, any other by its whole spec.
        String shape = !spec.isSizes() ? spec.toString()
                : Arrays.stream(spec.sizes()).mapToObj(String::valueOf).collect(Collectors.joining("-"))
                + " " + spec.activation();
        assertTrue(documented.network().startsWith(shape), file + " is a " + shape + " network, documented as "
                + documented.network());
        assertTrue(documented.command().contains(" --dataset " + model.dataset() + " "),
                file + " was trained on " + model.dataset() + ", its command says " + documented.command());

        int correct = correctAnswers(model, testSet(DatasetKind.fromId(model.dataset())));
        String measured = String.format("%d.%02d%%", correct / 100, correct % 100);
        assertEquals(documented.accuracy(), measured, file + " on the 10,000 test images");

        String command = documented.command().replaceFirst(" --out \\S+", "");
        for (String[] row : readmeAccuracyRows()) {
            if (row[2].equals(command)) {
                assertEquals("**" + measured + "**", row[3].split(" ")[0],
                        "README.md \"Accuracy\" for `" + command + "`");
            }
        }
    }

    @Test
    void everyDocumentedModelIsShipped() throws IOException {
        for (Documented row : documentedModels()) {
            assertTrue(Files.isRegularFile(MODELS.resolve(row.file())),
                    MODELS.resolve("README.md") + " lists " + row.file() + ", which is not in " + MODELS);
        }
    }

    /** Test images classified right, of 10,000: the diagonal of the confusion matrix. */
    private static int correctAnswers(SavedModel model, Dataset test) {
        assertEquals(10_000, test.size());
        int[][] confusion = Evaluator.evaluate(model.network(), test).confusion();
        int correct = 0;
        for (int k = 0; k < confusion.length; k++) {
            correct += confusion[k][k];
        }
        return correct;
    }

    private static synchronized Dataset testSet(DatasetKind kind) {
        return TEST_SETS.computeIfAbsent(kind, k -> {
            try {
                return DatasetFiles.load(k, Split.TEST);
            } catch (DataFileException e) {
                return fail("the test images ship with the repository in webapp/data (run the tests from its root): "
                        + e.getMessage());
            }
        });
    }

    private static List<Documented> documentedModels() throws IOException {
        List<Documented> rows = new ArrayList<>();
        for (String[] cells : tableRows(MODELS.resolve("README.md"), "file")) {
            rows.add(new Documented(cells[0], cells[1], cells[2], unquote(cells[3])));
        }
        assertTrue(rows.size() > 0, "no models listed in " + MODELS.resolve("README.md"));
        return rows;
    }

    /** The rows of README.md's "Accuracy" table: network, dataset, command (unquoted), test accuracy. */
    private static List<String[]> readmeAccuracyRows() throws IOException {
        List<String[]> rows = tableRows(README, "network");
        for (String[] cells : rows) {
            cells[2] = unquote(cells[2]);
        }
        return rows;
    }

    /**
     * The body rows of the first Markdown table in {@code file} whose header starts with {@code firstHeader},
     * split into trimmed cells.
     */
    private static List<String[]> tableRows(Path file, String firstHeader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].trim();
            }
            if (!inTable) {
                inTable = cells[0].equals(firstHeader);
            } else if (!cells[0].startsWith("---")) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A command without the backticks that quote it in Markdown. */
    private static String unquote(String cell) {
        return cell.replaceAll("^`|`$", "");
    }
}

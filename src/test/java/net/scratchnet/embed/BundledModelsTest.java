package net.scratchnet.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.SavedModel;
import net.scratchnet.network.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * The names `model=` accepts (BUNDLED in webapp/js/bundled-models.js, for the main page, its chooser and
 * embed.html) are exactly the model files the site ships, each title says what its file holds, and the
 * README's table of embed parameters names every one.
 */
class BundledModelsTest {
    private static final Pattern ENTRY = Pattern.compile("\\{ name: '([^']+)', title: (['\"])(.+?)\\2");
    private static final Pattern SIZES = Pattern.compile("^[0-9]+(-[0-9]+)+");

    @Test
    void theModelParameterNamesEveryShippedModelFileAndTheReadmeListsThem() throws IOException {
        Map<String, String> titles = titles();
        List<String> named = titles.keySet().stream().sorted().toList();
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("webapp", "models"))) {
            shipped = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".snn"))
                    .map(name -> name.substring(0, name.length() - 4)).sorted().toList();
        }
        assertEquals(shipped, named, "BUNDLED and the files in webapp/models");

        String row = Files.readAllLines(Path.of("README.md")).stream().filter(line -> line.startsWith("| `model` |"))
                .findFirst().orElseThrow(() -> new AssertionError("README.md has no row for the model parameter"));
        for (String name : shipped) {
            assertTrue(row.contains("`" + name + "`"), "the README's model row names " + name + ": " + row);
        }
    }

    @Test
    void eachTitleInTheChooserSaysWhatItsFileHolds() throws Exception {
        for (Map.Entry<String, String> entry : titles().entrySet()) {
            SavedModel model = ModelFile.read(Files.readAllBytes(Path.of("webapp", "models", entry.getKey() + ".snn")));
            NetworkSpec spec = model.network().spec();
            String title = entry.getValue();
            String shape = spec.isSizes() ? Arrays.stream(spec.sizes()).mapToObj(String::valueOf).collect(Collectors.joining("-"))
                    : "CNN";
            assertTrue(title.contains(shape), entry.getKey() + ": \"" + title + "\" names its network " + shape);
            Matcher sizes = SIZES.matcher(title);
            assertTrue(!sizes.find() || sizes.group().equals(shape), entry.getKey() + ": " + title);
            assertEquals("fashion".equals(model.dataset()), title.contains("Fashion-MNIST"),
                    entry.getKey() + " (" + model.dataset() + "): \"" + title + "\" says when it reads clothes");
        }
    }

    /** The chooser's titles from bundled-models.js, by model name, in its order. */
    private static Map<String, String> titles() throws IOException {
        String script = Files.readString(Path.of("webapp", "js", "bundled-models.js"));
        Map<String, String> titles = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(script);
        while (entry.find()) {
            titles.put(entry.group(1), entry.group(3));
        }
        assertTrue(titles.size() > 0, "bundled-models.js has its list of bundled models");
        return titles;
    }
}

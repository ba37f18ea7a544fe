package net.scratchnet.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.SavedModel;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.tools.ScriptWords;
import org.junit.jupiter.api.Test;

/**
 * The names `model=` accepts (BUNDLED in webapp/js/bundled-models.js, for the main page, its chooser and
 * embed.html) are exactly the model files the site ships, each title (models.NAME in every language's
 * src/site/texts/LANGUAGE/scripts/) says what its file holds, and the README's table of embed parameters names
 * every one.
 */
class BundledModelsTest {
    private static final Pattern ENTRY = Pattern.compile("\\{ name: '([^']+)'");
    private static final Pattern SIZES = Pattern.compile("^[0-9]+(-[0-9]+)+");

    @Test
    void theModelParameterNamesEveryShippedModelFileAndTheReadmeListsThem() throws IOException {
        List<String> named = names().stream().sorted().toList();
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
    void eachTitleInTheChooserSaysWhatItsFileHoldsInEveryLanguage() throws Exception {
        Map<String, Map<String, String>> languages = ScriptWords.read(Path.of("src", "site", "texts"));
        for (String name : names()) {
            SavedModel model = ModelFile.read(Files.readAllBytes(Path.of("webapp", "models", name + ".snn")));
            NetworkSpec spec = model.network().spec();
            String shape = spec.isSizes() ? Arrays.stream(spec.sizes()).mapToObj(String::valueOf).collect(Collectors.joining("-"))
                    : "CNN";
            for (Map.Entry<String, Map<String, String>> language : languages.entrySet()) {
                String where = language.getKey() + " models." + name;
                String title = language.getValue().get("models." + name);
                assertTrue(title != null, where + " has a title");
                assertTrue(title.contains(shape), where + ": \"" + title + "\" names its network " + shape);
                Matcher sizes = SIZES.matcher(title);
                assertTrue(!sizes.find() || sizes.group().equals(shape), where + ": " + title);
                assertEquals("fashion".equals(model.dataset()), title.contains("Fashion-MNIST"),
                        where + " (" + model.dataset() + "): \"" + title + "\" says when it reads clothes");
            }
        }
    }

    /** The names of the bundled models in bundled-models.js, in its order. */
    private static List<String> names() throws IOException {
        String script = Files.readString(Path.of("webapp", "js", "bundled-models.js"));
        List<String> names = new ArrayList<>();
        Matcher entry = ENTRY.matcher(script);
        while (entry.find()) {
            names.add(entry.group(1));
        }
        assertTrue(names.size() > 0, "bundled-models.js has its list of bundled models");
        return names;
    }
}

package net.scratchnet.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The names `model=` accepts (BUNDLED_MODELS in webapp/js/bundled-models.js, for the main page and embed.html) are
 * exactly the model files the site ships, and the README's table of embed parameters names every one.
 */
class BundledModelsTest {
    @Test
    void theModelParameterNamesEveryShippedModelFileAndTheReadmeListsThem() throws IOException {
        String script = Files.readString(Path.of("webapp", "js", "bundled-models.js"));
        Matcher list = Pattern.compile("BUNDLED_MODELS = \\[([^\\]]*)\\]").matcher(script);
        assertTrue(list.find(), "bundled-models.js has its list of bundled models");
        List<String> named = Arrays.stream(list.group(1).split(",")).map(name -> name.trim().replace("'", "")).sorted().toList();
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("webapp", "models"))) {
            shipped = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".snn"))
                    .map(name -> name.substring(0, name.length() - 4)).sorted().toList();
        }
        assertEquals(shipped, named, "BUNDLED_MODELS and the files in webapp/models");

        String row = Files.readAllLines(Path.of("README.md")).stream().filter(line -> line.startsWith("| `model` |"))
                .findFirst().orElseThrow(() -> new AssertionError("README.md has no row for the model parameter"));
        for (String name : shipped) {
            assertTrue(row.contains("`" + name + "`"), "the README's model row names " + name + ": " + row);
        }
    }
}

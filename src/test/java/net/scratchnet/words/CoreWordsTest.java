package net.scratchnet.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.tools.ScriptWords;
import org.junit.jupiter.api.Test;

/** The core's words: every problem and name in English from Java, and in Chinese from core.txt. */
class CoreWordsTest {
    /** The site's Chinese words, checked by the build's own reader (every core key is there). */
    private static Map<String, String> chinese() throws Exception {
        return ScriptWords.read(Path.of("src/site/texts")).get("zh");
    }

    @Test
    void listsEveryProblemAndEveryNameThePageShows() {
        Map<String, String> english = CoreWords.english();
        for (Problem problem : Problem.values()) {
            assertEquals(problem.english(), english.get("core." + problem.key()));
        }
        assertEquals("Ankle boot", english.get("core." + DatasetKind.FASHION.classKeys()[9]));
        assertEquals("Fashion-MNIST (clothing)", english.get("core." + DatasetKind.FASHION.titleKey()));
        assertEquals("SGD + momentum", english.get("core.optimizer.momentum.title"));
        assertEquals("CNN, small", english.get("core.preset.cnn-small"));
        assertTrue(english.get("core.setting.augment.description").startsWith("move each training image"));
    }

    /** The glossary fixes Fashion-MNIST's classes in Chinese: the core's words are those, in the dataset's order. */
    @Test
    void fashionMnistsClassesAreTheGlossarys() throws Exception {
        Matcher row = Pattern.compile("\\| Fashion-MNIST classes \\| ([^|]+) \\|")
                .matcher(Files.readString(Path.of("src/site/glossary.zh.md")));
        assertTrue(row.find(), "the glossary's row");
        List<String> glossary = List.of(row.group(1).trim().split("、"));
        Map<String, String> chinese = chinese();
        String[] keys = DatasetKind.FASHION.classKeys();
        for (int i = 0; i < keys.length; i++) {
            assertEquals(glossary.get(i), chinese.get("core." + keys[i]));
        }
    }

    /**
     * A number the English states outright (a limit, a size in an example) is stated in the Chinese too: when a
     * constant changes (the augmentation's 2 pixels, say), a translation written before cannot keep the old one.
     */
    @Test
    void theChineseStatesTheNumbersTheEnglishStates() throws Exception {
        Map<String, String> chinese = chinese();
        Pattern number = Pattern.compile("\\d+(?:\\.\\d+)?");
        CoreWords.english().forEach((key, english) -> {
            Matcher stated = number.matcher(english.replaceAll("\\{[^}]*}", ""));
            while (stated.find()) {
                assertTrue(chinese.get(key).contains(stated.group()), key + " states " + stated.group() + ": "
                        + chinese.get(key));
            }
        });
    }
}

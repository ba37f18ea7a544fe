package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.scratchnet.words.CoreWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that writes the scripts' words per language, and refuses a text one language lacks. */
class ScriptWordsTest {
    @TempDir
    Path texts;

    private void write(String language, String body) throws Exception {
        Path folder = Files.createDirectories(texts.resolve(language).resolve("scripts"));
        Files.writeString(folder.resolve("words.txt"), body, StandardCharsets.UTF_8);
    }

    @Test
    void theSiteItselfHasEveryTextInEveryLanguage() throws Exception {
        Map<String, Map<String, String>> site = ScriptWords.read(Path.of("src/site/texts"));
        assertTrue(site.containsKey("zh"), "a Chinese edition");
        site.values().forEach(words -> assertEquals(site.get("en").keySet(), words.keySet()));
    }

    @Test
    void writesEachLanguageAsAModuleOfPlainStrings(@TempDir Path out) throws Exception {
        write("en", "== train.epoch\nEpoch {epoch} of {epochs} </script>\n");
        write("zh", "== train.epoch\n第 {epoch} 轮，共 {epochs} 轮\n");
        ScriptWords.write(texts, out, Map.of());
        String zh = Files.readString(out.resolve("js/words/zh.js"), StandardCharsets.UTF_8);
        assertTrue(zh.contains("\"train.epoch\": \"第 {epoch} 轮，共 {epochs} 轮\""), zh);
        String en = Files.readString(out.resolve("js/words/en.js"), StandardCharsets.UTF_8);
        assertTrue(en.contains("\\u003c/script>") && !en.contains("</script>"), "no text can close a tag: " + en);
    }

    @Test
    void refusesATextMissingFromALanguage() throws Exception {
        write("en", "== a\nOne\n\n== b\nTwo\n");
        write("zh", "== a\n一\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ScriptWords.read(texts, Map.of()));
        assertTrue(error.getMessage().contains("missing [b]"), error.getMessage());
    }

    @Test
    void refusesATextOnlyOneLanguageHas() throws Exception {
        write("en", "== a\nOne\n");
        write("zh", "== a\n一\n\n== c\n三\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ScriptWords.read(texts, Map.of()));
        assertTrue(error.getMessage().contains("[c]"), error.getMessage());
    }

    @Test
    void refusesATranslationThatDropsOrRenamesAValue() throws Exception {
        write("en", "== done\n{count} images in {seconds} s\n");
        write("zh", "== done\n{count} 张图像，用时 {secs} 秒\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ScriptWords.read(texts, Map.of()));
        assertTrue(error.getMessage().contains("'done'"), error.getMessage());
    }

    // ---- the Java core's words: English from Java (CoreWords), every other language from scripts/core.txt ----

    private static final Map<String, String> CORE = Map.of("core.model.truncated",
            "the model file is truncated: {bytes} bytes, expected {expected}");

    @Test
    void addsTheCoresEnglishToTheEnglishWords(@TempDir Path out) throws Exception {
        write("en", "== a\nOne\n");
        write("zh", "== a\n一\n\n== core.model.truncated\n模型文件不完整：只有 {bytes} 字节，应有 {expected} 字节\n");
        ScriptWords.write(texts, out, CORE);
        String en = Files.readString(out.resolve("js/words/en.js"), StandardCharsets.UTF_8);
        assertTrue(en.contains("\"core.model.truncated\": \"the model file is truncated: {bytes} bytes, expected"
                + " {expected}\""), en);
    }

    @Test
    void refusesACoreWordWithoutItsTranslation() throws Exception {
        write("en", "== a\nOne\n");
        write("zh", "== a\n一\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ScriptWords.read(texts, CORE));
        assertTrue(error.getMessage().contains("missing [core.model.truncated]"), error.getMessage());
    }

    @Test
    void refusesACoreWordWhoseTranslationDropsAValue() throws Exception {
        write("en", "== a\nOne\n");
        write("zh", "== a\n一\n\n== core.model.truncated\n模型文件不完整：只有 {bytes} 字节\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ScriptWords.read(texts, CORE));
        assertTrue(error.getMessage().contains("'core.model.truncated'"), error.getMessage());
    }

    @Test
    void refusesEnglishWordsThatWriteACoreWordAgain() throws Exception {
        write("en", "== core.model.truncated\nthe file is cut\n");
        write("zh", "== core.model.truncated\n文件不完整\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ScriptWords.read(texts, CORE));
        assertTrue(error.getMessage().contains("the Java core's"), error.getMessage());
    }

    @Test
    void theSiteHasEveryCoreWordInEveryLanguage() throws Exception {
        Map<String, Map<String, String>> site = ScriptWords.read(Path.of("src/site/texts"));
        for (Map.Entry<String, String> word : CoreWords.english().entrySet()) {
            assertEquals(word.getValue(), site.get("en").get(word.getKey()), "English from the core");
            assertTrue(site.get("zh").containsKey(word.getKey()), word.getKey());
        }
    }
}

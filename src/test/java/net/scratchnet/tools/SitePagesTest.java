package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder of the pages outside the course: one template each, written in every language, or not at all. */
class SitePagesTest {
    private static final Path SITE = Path.of("src/site");

    @TempDir
    Path temp;

    @Test
    void everyPageIsWrittenInEveryLanguageAtItsAddress() throws IOException {
        Map<String, String> pages = new SitePages(SITE).build();
        assertEquals(Set.of("index.html", "embed.html", "embed-demo.html", "zh/index.html", "zh/embed.html", "zh/embed-demo.html"), pages.keySet());
        String chinese = pages.get("zh/index.html");
        assertTrue(chinese.contains("<html lang=\"zh-CN\">"), chinese);
        assertTrue(chinese.contains("<link rel=\"stylesheet\" href=\"../css/style.css\">"), "the Chinese page finds the site's files a folder up");
        assertTrue(chinese.contains("<script src=\"../js/language.js\" data-follow=\"reader\"></script>"), chinese);
        assertTrue(chinese.contains("<a class=\"language-switch\" href=\"../index.html\" hreflang=\"en\" lang=\"en\">English</a>"), chinese);
        assertTrue(chinese.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../index.html\">"), chinese);
        String english = pages.get("index.html");
        assertTrue(english.contains("<html lang=\"en\">"), english);
        assertTrue(english.contains("<a class=\"language-switch\" href=\"zh/index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"), english);
        assertTrue(pages.get("zh/embed.html").contains("<script src=\"../js/language.js\" data-follow=\"parameter\"></script>"),
                "an embed follows its lang= parameter, not the reader's browser");
        pages.forEach((path, html) -> assertFalse(html.contains("{{"), path + " has a hole left"));
    }

    @Test
    void aTextOneLanguageLacksOrHasAloneStopsTheBuild() throws IOException {
        Path site = copyOfTheSite();
        Path chinese = site.resolve("texts/zh/index.txt");
        String words = Files.readString(chinese, StandardCharsets.UTF_8);
        Files.writeString(chinese, words.replaceFirst("== tagline\n[^\n]+\n", ""), StandardCharsets.UTF_8);
        String message = assertThrows(IllegalArgumentException.class, () -> new SitePages(site).build()).getMessage();
        assertTrue(message.contains("index.txt has no text 'tagline'"), message);

        Files.writeString(chinese, words + "\n== leftover\n只有中文有的文字。\n", StandardCharsets.UTF_8);
        message = assertThrows(IllegalArgumentException.class, () -> new SitePages(site).build()).getMessage();
        assertTrue(message.contains("index.txt has texts no template uses: leftover"), message);
    }

    /** src/site's pages and texts (not the scripts' words, which another builder reads), to break one thing in. */
    private Path copyOfTheSite() throws IOException {
        Path copy = temp.resolve("site");
        for (String folder : new String[] {"pages", "texts/en", "texts/zh"}) {
            Files.createDirectories(copy.resolve(folder));
            try (Stream<Path> files = Files.list(SITE.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, copy.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        return copy;
    }
}

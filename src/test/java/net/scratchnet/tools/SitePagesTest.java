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

    @Test
    void theMainPageAndThePadWidgetShowOnePadEachWithItsOwnWordsAndExtras() throws IOException {
        Map<String, String> pages = new SitePages(SITE).build();
        String pad = "<canvas role=\"img\" id=\"pad\" data-testid=\"pad\" width=\"280\" height=\"280\"";
        String main = pages.get("index.html");
        String widget = pages.get("embed.html");
        assertTrue(main.contains(pad + " aria-keyshortcuts=\"Delete\"\n"), main);
        assertTrue(widget.contains(pad + "\n"), "the widget's pad has no attribute the main page gives its own: " + widget);
        assertTrue(main.contains("<select id=\"model-choice\"") && main.contains("<button id=\"sample\""), main);
        assertFalse(widget.contains("model-choice") || widget.contains("id=\"sample\""), widget);
        assertTrue(main.contains("<span id=\"pad-hint\" aria-live=\"polite\" class=\"hint\">Draw <span class=\"pad-item\">"), main);
        assertTrue(widget.contains("<span id=\"hint\" class=\"hint\">Draw a digit, any size"), widget);
        for (String page : new String[] {main, widget, pages.get("zh/index.html"), pages.get("zh/embed.html")}) {
            // the same answer beside both pads, each indented where its page puts it
            assertTrue(page.matches("(?s).*\n( +)<div class=\"answer-side\">\n\\1  <div class=\"answer\">.*"), page);
            assertFalse(page.contains("<!-- part"), "a page's parts are not part of it");
        }
        assertTrue(pages.get("zh/embed.html").contains("<figcaption>网络看到的图像</figcaption>"), pages.get("zh/embed.html"));
    }

    @Test
    void aPartNoPageIncludesOrThatNothingUsesStopsTheBuild() throws IOException {
        Path site = copyOfTheSite();
        Path embed = site.resolve("pages/embed.html");
        String page = Files.readString(embed, StandardCharsets.UTF_8);
        Files.writeString(embed, page + "<!-- part under-pad -->\n<p>lost</p>\n", StandardCharsets.UTF_8);
        String message = assertThrows(IllegalArgumentException.class, () -> new SitePages(site).build()).getMessage();
        assertTrue(message.contains("embed.html gives the part 'under-pad', which no part it includes uses"), message);

        Files.writeString(embed, page.replace("beside-clear -->\n", "beside-clear -->\n<b>{{stray}}</b>\n"), StandardCharsets.UTF_8);
        message = assertThrows(IllegalArgumentException.class, () -> new SitePages(site).build()).getMessage();
        assertTrue(message.contains("has no text 'stray'"), "a part takes the words of the page that gives it: " + message);

        Files.writeString(embed, page, StandardCharsets.UTF_8);
        Path parts = site.resolve("pages/" + SitePages.SHARED_PARTS);
        Files.writeString(parts, Files.readString(parts, StandardCharsets.UTF_8) + "<!-- part unused -->\n<p>x</p>\n", StandardCharsets.UTF_8);
        message = assertThrows(IllegalArgumentException.class, () -> new SitePages(site).build()).getMessage();
        assertTrue(message.contains("has the part 'unused', which no page includes"), message);
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

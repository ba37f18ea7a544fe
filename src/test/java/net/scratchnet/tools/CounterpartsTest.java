package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built site (target/site, assembled before the tests run) in its languages: every page a reader opens has its
 * edition in every language of its builder at the mirrored address, says its language, and names every edition in
 * its head. The pages outside the course are in every {@link SiteLanguage}; the course in every edition of its
 * manifest, and the course builder refuses a folder of translated texts that is not an edition (so Chinese course
 * texts are always built, and then every chapter needs its Chinese page here).
 */
class CounterpartsTest {
    /** Pages with no words for a reader, so one edition: the benchmark's entry and the code sandbox (a hidden frame). */
    private static final Set<String> NO_READER_TEXT = Set.of("bench.html", "code-sandbox.html");
    private static final Pattern ALTERNATE = Pattern.compile("<link rel=\"alternate\" hreflang=\"([\\w-]+)\" href=\"([^\"]+)\">");
    private static final Pattern LANG = Pattern.compile("<html lang=\"([\\w-]+)\">");

    private final Path site = Path.of(System.getProperty("scratchnet.siteDir", "target/site"));
    private final CourseManifest course;

    CounterpartsTest() throws IOException {
        course = CourseManifest.read(Path.of("src/course/manifest.txt"));
    }

    @Test
    void everyPageHasItsCounterpartInEveryLanguage() throws IOException {
        Set<String> pages = pages();
        assertTrue(pages.contains("index.html") && pages.contains("zh/index.html"), "the built site (mvn process-classes) is in " + site);
        for (String page : pages) {
            SiteLanguage language = languageOf(page);
            String english = page.substring(language.prefix.length());
            for (SiteLanguage other : editions(english)) {
                assertTrue(pages.contains(other.path(english)), page + " has no " + other.code + " counterpart " + other.path(english));
            }
        }
    }

    @Test
    void everyPageSaysItsLanguageAndNamesEveryEdition() throws IOException {
        for (String page : pages()) {
            String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
            SiteLanguage language = languageOf(page);
            Matcher lang = LANG.matcher(html);
            assertTrue(lang.find(), page + " has no <html lang>");
            assertEquals(language.tag, lang.group(1), page + "'s <html lang>");
            Set<String> named = new TreeSet<>();
            Matcher alternate = ALTERNATE.matcher(html);
            while (alternate.find()) {
                named.add(alternate.group(1));
                String href = site.resolve(page).getParent().resolve(alternate.group(2)).normalize().toString();
                assertTrue(Files.isRegularFile(Path.of(href)), page + " names " + alternate.group(2) + ", which is not built");
            }
            assertEquals(editions(page.substring(language.prefix.length())).stream().map(l -> l.tag).collect(Collectors.toCollection(TreeSet::new)),
                    named, page + "'s alternate links");
        }
    }

    /** The languages a page ({@code english}: its English path) is built in: the course's editions, or every language. */
    private List<SiteLanguage> editions(String english) {
        if (english.startsWith(course.languages().get(0).folder() + "/")) {
            return course.languages().stream().map(language -> SiteLanguage.of(language.code(), "the course manifest")).toList();
        }
        return List.of(SiteLanguage.values());
    }

    /** Every built page for a reader, by its path from the site's root. */
    private Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html") && !file.startsWith(site.resolve("vendor")))
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !NO_READER_TEXT.contains(page))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static SiteLanguage languageOf(String page) {
        return Arrays.stream(SiteLanguage.values()).filter(l -> !l.prefix.isEmpty() && page.startsWith(l.prefix)).findFirst()
                .orElse(SiteLanguage.ENGLISH);
    }
}

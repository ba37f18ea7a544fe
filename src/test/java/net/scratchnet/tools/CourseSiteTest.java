package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course builder on the real course (order, numbers, links) and on small made-up courses that break one rule
 * each: the build must stop with a message naming the file and the key or entry at fault.
 */
class CourseSiteTest {
    private static final Path COURSE = Path.of("src/course");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path LANGUAGE_LINKS = Path.of("src/site/pages/languages.html");

    @TempDir
    Path temp;

    @Test
    void theRealCoursesNumbersLinksAndIndexFollowTheManifest() throws IOException {
        CourseManifest manifest = CourseManifest.read(COURSE.resolve("manifest.txt"));
        Map<Path, String> pages = new CourseSite(COURSE, LANGUAGE_LINKS, JAVA, Path.of("webapp")).build();
        List<String> slugs = manifest.chapters().stream().map(CourseManifest.Chapter::slug).toList();
        List<String> steps = manifest.tracks().get(0).chapters().stream().map(CourseManifest.Chapter::slug).toList();
        assertEquals(manifest.languages().size() * (slugs.size() + steps.size() + 1), pages.size(),
                "every language has every chapter, every step and the index");
        String zhNeuron = pages.get(Path.of("zh/learn/neuron.html"));
        assertTrue(zhNeuron.contains("<html lang=\"zh-CN\""), "the Chinese edition");
        assertTrue(zhNeuron.contains("<figcaption><code>Neuron#weightedSum</code>，位于 <span class=\"code-file\">"), "code captions in Chinese");
        assertOrder(pages, Path.of("learn"), slugs);
        String step = pages.get(Path.of("learn/code/" + steps.get(0) + ".html"));
        assertTrue(step.contains("<script type=\"module\" src=\"../../js/code/exercise.js\"></script>"), "a track's page is a folder deeper");
        assertTrue(step.contains("Code it yourself: step 1 of " + steps.size()), "numbered in its track");
        assertTrue(step.contains("data-step=\"" + steps.get(0) + "\""), "the page names its step for the scripts");
        String last = pages.get(Path.of("learn/code/" + steps.get(steps.size() - 1) + ".html"));
        assertTrue(last.indexOf("../../js/code/exercise.js") > 0 && last.indexOf("../../js/code/exercise.js") < last.indexOf("../../js/code/capstone.js"),
                "every page of a track has the track's scripts, then its own");
        assertTrue(pages.get(Path.of("learn/index.html")).contains("<a href=\"code/" + steps.get(0) + ".html\">"), "the index lists the track");
        String neuron = pages.get(Path.of("learn/neuron.html"));
        assertTrue(neuron.contains("<title>1. The neuron · Learn · ScratchNet</title>"), neuron);
        assertTrue(neuron.contains("<script type=\"module\" src=\"../js/learn/neuron.js\"></script>"));
        assertTrue(neuron.contains("<link rel=\"stylesheet\" href=\"../css/neuron.css\">"));
        assertTrue(neuron.contains("<figcaption><code>Neuron#weightedSum</code>"), "the code panels are filled");
        assertFalse(neuron.contains("{{") || neuron.contains("{number"), "no hole left unfilled");
        CourseManifest.Chapter first = manifest.chapters().get(0);
        assertThrows(UnsupportedOperationException.class, () -> first.scripts().add("js/elsewhere.js"),
                "a manifest once read cannot change");
    }

    @Test
    void numbersLinksAndMentionsFollowTheOrderOfTheList() throws IOException {
        Path course = course(List.of("alpha", "beta", "gamma"));
        Map<Path, String> before = new CourseSite(course, LANGUAGE_LINKS, JAVA, site()).build();
        assertOrder(before, Path.of("learn"), List.of("alpha", "beta", "gamma"));
        assertTrue(before.get(Path.of("learn/alpha.html")).contains("<p>Alpha says: see chapter 2.</p>"));

        write(course.resolve("manifest.txt"), manifest(List.of("gamma", "alpha", "beta")));
        Map<Path, String> pages = new CourseSite(course, LANGUAGE_LINKS, JAVA, site()).build();
        assertOrder(pages, Path.of("learn"), List.of("gamma", "alpha", "beta"));
        assertTrue(pages.get(Path.of("learn/alpha.html")).contains("<p>Alpha says: see chapter 3.</p>"),
                "{number.beta} in a text is beta's number now: " + pages.get(Path.of("learn/alpha.html")));
    }

    @Test
    void aKeyTheLanguageLacksIsNamedWithItsFile() throws IOException {
        Path course = course(List.of("alpha", "beta"));
        write(course.resolve("chapters/beta.html"), "    <p>{{body}}</p>\n    <p>{{missing-one}}</p>\n");
        String message = failure(course);
        assertTrue(message.contains(course.resolve("texts/en/beta.txt") + " has no text 'missing-one'"), message);
        assertTrue(message.contains(course.resolve("chapters/beta.html").toString()), message);
    }

    @Test
    void aTextNoTemplateUsesIsNamedWithItsFile() throws IOException {
        Path course = course(List.of("alpha", "beta"));
        Files.writeString(course.resolve("texts/en/alpha.txt"), "\n== stale\nNobody asks for me.\n", StandardOpenOption.APPEND);
        String message = failure(course);
        assertTrue(message.contains(course.resolve("texts/en/alpha.txt") + " has texts no template uses: stale"), message);
    }

    @Test
    void aChapterWithoutItsBodyOrScriptStopsTheBuild() throws IOException {
        Path course = course(List.of("alpha", "beta"));
        Files.delete(course.resolve("chapters/beta.html"));
        String message = failure(course);
        assertTrue(message.contains("manifest.txt, line 8: chapter beta has no body template"), message);

        course = course(List.of("alpha", "beta"));
        write(course.resolve("manifest.txt"), manifest(List.of("alpha", "beta")).replace("js/learn/beta.js", "js/learn/nowhere.js"));
        message = failure(course);
        assertTrue(message.contains("chapter beta names js/learn/nowhere.js, which the site does not have"), message);
    }

    @Test
    void aValueATextNamesMustExistAndAttributesTakeNoMarkup() throws IOException {
        Path course = course(List.of("alpha", "beta"));
        write(course.resolve("texts/en/beta.txt"), texts("beta", "Beta on chapter {number.delta}."));
        assertTrue(failure(course).contains("text 'body': {number.delta} is not a value this page has"), failure(course));

        course = course(List.of("alpha", "beta"));
        write(course.resolve("chapters/beta.html"), "    <p title=\"{{body}}\"></p>\n");
        write(course.resolve("texts/en/beta.txt"), texts("beta", "Beta <i>leans</i>."));
        assertTrue(failure(course).contains("puts 'body' in an attribute, so it cannot hold markup or quotes"), failure(course));
    }

    @Test
    void aSecondLanguageIsAFolderOfTextsAndAListEntry() throws IOException {
        Path course = course(List.of("alpha", "beta"));
        write(course.resolve("manifest.txt"), manifest(List.of("alpha", "beta")) + "language zh zh/learn\n");
        copyTexts(course, "en", "zh");
        Map<Path, String> pages = new CourseSite(course, LANGUAGE_LINKS, JAVA, site()).build();
        assertOrder(pages, Path.of("zh/learn"), List.of("alpha", "beta"));
        String beta = pages.get(Path.of("zh/learn/beta.html"));
        assertTrue(beta.contains("<html lang=\"zh-CN\">"), "the Chinese edition's pages say which Chinese: " + beta);
        assertTrue(beta.contains("src=\"../../js/learn/beta.js\""), "scripts stay at the site's root: " + beta);
        assertTrue(beta.contains("<a class=\"language-switch\" href=\"../../learn/beta.html\" hreflang=\"en\" lang=\"en\">English</a>"),
                "a Chinese page links to the same page in English: " + beta);
        assertTrue(beta.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"../../zh/learn/beta.html\">"), beta);
        String english = pages.get(Path.of("learn/index.html"));
        assertTrue(english.contains("<html lang=\"en\">"), english);
        assertTrue(english.contains("<a class=\"language-switch\" href=\"../zh/learn/index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"),
                "an English page links to the same page in Chinese: " + english);

        write(course.resolve("texts/zh/alpha.txt"), texts("alpha", "Alpha without its output.").replace("<output id=\"alpha-out\">–</output>", ""));
        String message = failure(course);
        assertTrue(message.contains("the zh edition's alpha.html lacks the ids [alpha-out]"), message);

        copyTexts(course, "en", "zh");
        Files.delete(course.resolve("texts/zh/beta.txt"));
        write(course.resolve("texts/zh/beta.txt"), texts("beta", "Beta.").replace("== lead\nThe lead.\n", ""));
        message = failure(course);
        assertTrue(message.contains("beta.txt has no text 'lead'"), "a text one language lacks stops the build: " + message);
    }

    @Test
    void aLanguageMustBeOneOfTheSitesWithItsTextsAndLiveInItsFolder() throws IOException {
        Path course = course(List.of("alpha"));
        copyTexts(course, "en", "zh");
        write(course.resolve("manifest.txt"), manifest(List.of("alpha")) + "language zh chinese/learn\n");
        String message = failure(course);
        assertTrue(message.contains("the zh edition's folder must be zh/learn"), message);

        copyTexts(course, "en", "xx");
        write(course.resolve("manifest.txt"), manifest(List.of("alpha")) + "language xx xx/learn\n");
        message = failure(course);
        assertTrue(message.contains("'xx' is not a language of the site (en, zh)"), message);

        write(course.resolve("manifest.txt"), manifest(List.of("alpha")));
        Files.walk(course.resolve("texts/xx")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        message = failure(course);
        assertTrue(message.contains("holds texts of an edition") && message.contains("add the line 'language zh zh/learn'"),
                "translated texts are built, never left out: " + message);
    }

    /** Chapter k's crumbs say "Chapter k of n", its links go to its neighbours, the index lists all in order. */
    private static void assertOrder(Map<Path, String> pages, Path folder, List<String> slugs) {
        int n = slugs.size();
        for (int k = 0; k < n; k++) {
            String html = pages.get(folder.resolve(slugs.get(k) + ".html"));
            String previous = k == 0 ? "index.html" : slugs.get(k - 1) + ".html";
            String next = k + 1 == n ? "index.html" : slugs.get(k + 1) + ".html";
            assertTrue(html.contains("› Chapter " + (k + 1) + " of " + n + "</p>"), slugs.get(k) + " should be chapter " + (k + 1) + " of " + n);
            assertTrue(html.contains("rel=\"prev\" href=\"" + previous + "\""), slugs.get(k) + " should link back to " + previous);
            assertTrue(html.contains("rel=\"next\" href=\"" + next + "\""), slugs.get(k) + " should link on to " + next);
            if (k > 0) {
                assertTrue(html.contains("<small>Previous: chapter " + k + "</small>"), slugs.get(k) + ": " + html);
            }
        }
        List<String> listed = new ArrayList<>();
        Matcher item = Pattern.compile("<li data-questions=\"[\\w -]*\"><a href=\"([\\w-]+)\\.html\">").matcher(pages.get(folder.resolve("index.html")));
        while (item.find()) {
            listed.add(item.group(1));
        }
        assertEquals(slugs, listed, "the index lists the chapters in the manifest's order");
        assertTrue(pages.get(folder.resolve("index.html")).contains("rel=\"next\" href=\"" + slugs.get(0) + ".html\""));
    }

    // ---- a small course: the real page chrome, made-up chapters, a site with their scripts ----

    private Path course(List<String> slugs) throws IOException {
        Path course = Files.createTempDirectory(temp, "course");
        Files.copy(COURSE.resolve("page.html"), course.resolve("page.html"));
        write(course.resolve("manifest.txt"), manifest(slugs));
        write(course.resolve("texts/en/course.txt"), """
                == chapter.page-title
                {number}. {title}
                == learn
                Learn
                == chapter-of
                Chapter {number} of {count}
                == status.loading
                Loading…
                == code.summary
                The code
                == code.caption
                {name} in {file}, line {line}
                == nav.label
                Chapters
                == nav.back
                Back to
                == nav.main-page
                The main page
                == nav.start
                Start with chapter {number}
                == nav.all-chapters
                All chapters
                == nav.previous
                Previous: chapter {number}
                == nav.next
                Next: chapter {number}
                == nav.end
                The end
                == nav.back-to-all
                Back to all chapters
                == index.page-title
                Learn
                == index.description
                {count} chapters.
                == index.heading
                A course
                == index.lead
                In {count} chapters.
                == index.prerequisites
                None.
                == index.done
                done
                == index.reset
                Reset
                == index.reset-note
                Forgets.
                == index.reset-button
                Forget
                == index.reset-done
                Forgotten.
                == quiz.label
                Check
                == quiz.check
                Check
                == quiz.tolerance
                Within <output class="quiz-tolerance-value"></output>.
                == quiz.right
                Right.
                == quiz.wrong
                Wrong.
                == quiz.choose
                Choose.
                == quiz.empty
                Type.
                == quiz.unreadable
                Unreadable.
                == quiz.before
                Before.
                """);
        for (String slug : slugs) {
            write(course.resolve("chapters/" + slug + ".html"), "    <p>{{body}}</p>\n    <p>{{readout}}</p>\n");
            write(course.resolve("texts/en/" + slug + ".txt"), texts(slug, slug.equals("alpha") ? "Alpha says: see chapter {number.beta}." : "Text of " + slug + "."));
        }
        return course;
    }

    private static String manifest(List<String> slugs) {
        StringBuilder out = new StringBuilder("# a test course\nlanguage en learn\n");
        for (String slug : slugs) {
            out.append("\nchapter ").append(slug).append("\n  script js/learn/").append(slug).append(".js\n")
                    .append("  code net.scratchnet.neuron.Neuron#output\n");
        }
        return out.toString();
    }

    private static String texts(String slug, String body) {
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
        return "A note to the translator.\n\n== title\n" + title + "\n== lead\nThe lead.\n== description\nAbout " + slug
                + ".\n== summary\nIn short.\n== code\nThe code of it.\n== body\n" + body
                + "\n== readout\nNow <output id=\"" + slug + "-out\">–</output>.\n";
    }

    /** A site folder with the scripts the made-up chapters name (all of them, whatever the test lists). */
    private Path site() throws IOException {
        Path site = temp.resolve("site");
        for (String slug : List.of("alpha", "beta", "gamma")) {
            write(site.resolve("js/learn/" + slug + ".js"), "// " + slug + "\n");
        }
        return site;
    }

    private String failure(Path course) throws IOException {
        Path site = site();
        return assertThrows(IllegalArgumentException.class, () -> new CourseSite(course, LANGUAGE_LINKS, JAVA, site).build()).getMessage();
    }

    private static void copyTexts(Path course, String from, String to) throws IOException {
        try (var files = Files.list(course.resolve("texts").resolve(from))) {
            for (Path file : files.toList()) {
                write(course.resolve("texts").resolve(to).resolve(file.getFileName()), Files.readString(file));
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

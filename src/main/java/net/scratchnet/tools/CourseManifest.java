package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The course's one list: its editions (languages) and its chapters in reading order, read from
 * {@code src/course/manifest.txt}. Only what is not text lives here: a chapter's slug, scripts, extra stylesheets
 * and code panels. Titles, leads and every other word are the languages' texts ({@link CourseTexts}).
 *
 * <p>The format, one entry per line ({@code #} starts a note):
 * <pre>
 * language en learn             texts in texts/en/, pages written to learn/ of the site, lang="en"
 * chapter neuron                page neuron.html, body chapters/neuron.html, texts texts/&lt;language&gt;/neuron.txt
 *   script js/learn/neuron.js   a module script of the page, from the site's root
 *   style css/neuron.css        a stylesheet besides css/style.css and css/learn.css
 *   code net.scratchnet.neuron.Neuron#output    a panel of "The code" (Class#method, or Class)
 * </pre>
 *
 * @param file      where the list was read from, for messages
 * @param languages the editions, the first one the reference the others must match
 * @param chapters  the chapters in reading order: chapter k (from 0) is "Chapter k+1 of size()"
 */
public record CourseManifest(Path file, List<Language> languages, List<Chapter> chapters) {
    /** The lists are copied: a manifest, once read, cannot change. */
    public CourseManifest {
        languages = List.copyOf(languages);
        chapters = List.copyOf(chapters);
    }

    /**
     * One edition of the course.
     *
     * @param code   its texts folder ({@code texts/<code>/}) and the pages' {@code lang} attribute
     * @param folder where its pages go, relative to the site's root ({@code learn}, later {@code zh/learn}); the
     *               language's main page is the {@code index.html} one level up
     */
    public record Language(String code, String folder) {
        /** The way from a page of this edition back to the site's root, where the scripts and styles are: "../" per level. */
        public String root() {
            return "../".repeat(folder.split("/").length);
        }
    }

    /**
     * One chapter.
     *
     * @param slug    the page's name without ".html", also its body template's and its texts file's
     * @param line    the manifest line that opens it, for messages
     * @param scripts module scripts, paths from the site's root
     * @param styles  stylesheets besides the course's own, paths from the site's root
     * @param code    the code panels in order, each {@code Class#method} or {@code Class}
     */
    public record Chapter(String slug, int line, List<String> scripts, List<String> styles, List<String> code) {
        /** The lists are copied: a chapter, once read, cannot change. */
        public Chapter {
            scripts = List.copyOf(scripts);
            styles = List.copyOf(styles);
            code = List.copyOf(code);
        }
    }

    /** A chapter while its lines are read: the lists grow, and become a {@link Chapter} at the end. */
    private record ChapterLines(String slug, int line, List<String> scripts, List<String> styles, List<String> code) {
        Chapter chapter() {
            return new Chapter(slug, line, scripts, styles, code);
        }
    }

    public static CourseManifest read(Path file) throws IOException {
        List<Language> languages = new ArrayList<>();
        List<ChapterLines> chapters = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            String where = file + ", line " + (k + 1);
            ChapterLines current = chapters.isEmpty() ? null : chapters.get(chapters.size() - 1);
            switch (words[0]) {
                case "language" -> {
                    expect(words, 3, where, "language CODE FOLDER");
                    languages.add(new Language(words[1], words[2].replaceAll("^/+|/+$", "")));
                }
                case "chapter" -> {
                    expect(words, 2, where, "chapter SLUG");
                    if (!words[1].matches("[a-z0-9-]+")) {
                        throw new IllegalArgumentException(where + ": a chapter's slug is lower-case letters, digits and '-', not '" + words[1] + "'");
                    }
                    if (!slugs.add(words[1])) {
                        throw new IllegalArgumentException(where + ": chapter " + words[1] + " is listed twice");
                    }
                    chapters.add(new ChapterLines(words[1], k + 1, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                }
                case "script", "style", "code" -> {
                    expect(words, 2, where, words[0] + " " + (words[0].equals("code") ? "CLASS#METHOD" : "PATH"));
                    if (current == null) {
                        throw new IllegalArgumentException(where + ": '" + words[0] + "' must follow the 'chapter' it belongs to");
                    }
                    (words[0].equals("script") ? current.scripts() : words[0].equals("style") ? current.styles() : current.code()).add(words[1]);
                }
                default -> throw new IllegalArgumentException(where + ": unknown entry '" + words[0]
                        + "' (expected language, chapter, script, style or code)");
            }
        }
        if (languages.isEmpty() || chapters.isEmpty()) {
            throw new IllegalArgumentException(file + " must list at least one language and one chapter");
        }
        return new CourseManifest(file, languages, chapters.stream().map(ChapterLines::chapter).toList());
    }

    private static void expect(String[] words, int count, String where, String form) {
        if (words.length != count) {
            throw new IllegalArgumentException(where + ": expected '" + form + "'");
        }
    }
}

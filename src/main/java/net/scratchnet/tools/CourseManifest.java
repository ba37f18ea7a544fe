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
 * track code                    the chapters below form a track of their own, written to learn/code/
 *   script js/code/exercise.js  before the track's first chapter: a script (or style) of every page of the track
 * </pre>
 *
 * @param file      where the list was read from, for messages
 * @param languages the editions, the first one the reference the others must match
 * @param chapters  the chapters in reading order: chapter k (from 0) is "Chapter k+1 of size()"
 * @param tracks    the tracks after the chapters, each its own numbered sequence of pages in a folder of its own
 */
public record CourseManifest(Path file, List<Language> languages, List<Chapter> chapters, List<Track> tracks) {
    /** The lists are copied: a manifest, once read, cannot change. */
    public CourseManifest {
        languages = List.copyOf(languages);
        chapters = List.copyOf(chapters);
        tracks = List.copyOf(tracks);
    }

    /**
     * A track: a second sequence of pages beside the chapters (e.g. "code it yourself", whose pages are
     * exercises), numbered on its own, written to {@code FOLDER/SLUG/} of each edition. Its page chrome is the
     * parts {@code SLUG-main} and {@code SLUG-crumbs} of page.html, its shared words the {@code SLUG.*} texts of
     * course.txt.
     *
     * @param slug     its folder and the prefix of its parts and texts
     * @param line     the manifest line that opens it, for messages
     * @param chapters its pages in order, read as chapters are
     */
    public record Track(String slug, int line, List<Chapter> chapters) {
        /** The list is copied: a track, once read, cannot change. */
        public Track {
            chapters = List.copyOf(chapters);
        }
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
        List<Track> tracks = new ArrayList<>();
        List<ChapterLines> courseChapters = null;   // set once the first track starts: the chapters before it
        String track = null;
        int trackLine = 0;
        List<String> trackScripts = new ArrayList<>();   // what every page of the current track has
        List<String> trackStyles = new ArrayList<>();
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
                case "track" -> {
                    expect(words, 2, where, "track SLUG");
                    if (!words[1].matches("[a-z0-9-]+") || !slugs.add(words[1])) {
                        throw new IllegalArgumentException(where + ": a track's slug is lower-case letters, digits and '-', used once, not '" + words[1] + "'");
                    }
                    if (track == null) {
                        courseChapters = chapters;
                    } else {
                        tracks.add(track(track, trackLine, chapters, where));
                    }
                    chapters = new ArrayList<>();
                    track = words[1];
                    trackLine = k + 1;
                    trackScripts = new ArrayList<>();
                    trackStyles = new ArrayList<>();
                }
                case "chapter" -> {
                    expect(words, 2, where, "chapter SLUG");
                    if (!words[1].matches("[a-z0-9-]+")) {
                        throw new IllegalArgumentException(where + ": a chapter's slug is lower-case letters, digits and '-', not '" + words[1] + "'");
                    }
                    if (!slugs.add(words[1])) {
                        throw new IllegalArgumentException(where + ": chapter " + words[1] + " is listed twice");
                    }
                    chapters.add(new ChapterLines(words[1], k + 1, new ArrayList<>(trackScripts), new ArrayList<>(trackStyles), new ArrayList<>()));
                }
                case "script", "style", "code" -> {
                    expect(words, 2, where, words[0] + " " + (words[0].equals("code") ? "CLASS#METHOD" : "PATH"));
                    if (current == null && track != null && !words[0].equals("code")) {
                        (words[0].equals("script") ? trackScripts : trackStyles).add(words[1]);
                    } else if (current == null) {
                        throw new IllegalArgumentException(where + ": '" + words[0] + "' must follow the 'chapter' (or 'track') it belongs to");
                    } else {
                        (words[0].equals("script") ? current.scripts() : words[0].equals("style") ? current.styles() : current.code()).add(words[1]);
                    }
                }
                default -> throw new IllegalArgumentException(where + ": unknown entry '" + words[0]
                        + "' (expected language, chapter, track, script, style or code)");
            }
        }
        if (track != null) {
            tracks.add(track(track, trackLine, chapters, file + ", line " + trackLine));
            chapters = courseChapters;
        }
        if (languages.isEmpty() || chapters.isEmpty()) {
            throw new IllegalArgumentException(file + " must list at least one language and one chapter");
        }
        return new CourseManifest(file, languages, chapters.stream().map(ChapterLines::chapter).toList(), tracks);
    }

    private static Track track(String slug, int line, List<ChapterLines> chapters, String where) {
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException(where + ": track " + slug + " has no chapters");
        }
        return new Track(slug, line, chapters.stream().map(ChapterLines::chapter).toList());
    }

    private static void expect(String[] words, int count, String where, String form) {
        if (words.length != count) {
            throw new IllegalArgumentException(where + ": expected '" + form + "'");
        }
    }
}

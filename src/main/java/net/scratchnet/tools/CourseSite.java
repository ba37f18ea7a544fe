package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.scratchnet.tools.CourseManifest.Chapter;
import net.scratchnet.tools.CourseManifest.Language;

/**
 * Build step for the course: writes every page of {@code learn/} (the index and each chapter), for each language
 * of the manifest, from the sources in {@code src/course/}:
 * <ul>
 * <li>{@code manifest.txt}: the languages and the chapters in order ({@link CourseManifest});</li>
 * <li>{@code page.html}: the page chrome, written once (head, crumbs "Chapter 4 of 9", previous/next links, the
 *     index list, the code panel), in named parts;</li>
 * <li>{@code chapters/SLUG.html}: each chapter's body, its structure (sections, widget hosts and their ids,
 *     MathML, SVG) with {@code {{key}}} where its words go;</li>
 * <li>{@code texts/LANGUAGE/*.txt}: the words ({@link CourseTexts});</li>
 * <li>the site's language links ({@link LanguageLinks}): each page links to its editions in the other languages
 *     of the manifest, and has the {@code lang} of its {@link SiteLanguage}.</li>
 * </ul>
 * Then {@link CourseCode} fills the code panels with the current Java source.
 *
 * <p>Nothing is written unless the whole course builds: a key a template names that a language lacks, a text no
 * template uses, a chapter without its body, a question the page could not mark ({@link QuizMarkup}), or a script
 * or stylesheet the site does not have, each stops the build with the file and the name. A second language must give every page the same element ids as the first,
 * since the scripts find their elements by id.
 *
 * <p>An edition's folder is its language's folder ({@link SiteLanguage#prefix}) and the first edition's, e.g.
 * {@code learn} and {@code zh/learn}, so that every page of the site has its counterpart at the same place.
 *
 * <p>Usage: {@code CourseSite <src/course> <src/site/pages/languages.html> <src/main/java> <built site>}; Maven runs it after the site's files
 * are copied, so the scripts and styles the manifest names can be checked in the built site.
 */
public final class CourseSite {
    /** The texts file of the shared chrome and the index; the others are named after their chapter. */
    static final String COURSE_TEXTS = "course";
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    private final Path course;
    private final Path site;
    private final CourseManifest manifest;
    private final Map<String, Template> chrome;
    private final CourseCode code;
    private final LanguageLinks links;
    /** Each chapter's questions ({@link QuizMarkup}), by slug: the index marks a chapter done when all are answered right. */
    private final Map<String, List<String>> questions = new HashMap<>();

    CourseSite(Path course, Path languageLinks, Path javaSources, Path site) throws IOException {
        this.course = course;
        this.site = site;
        this.manifest = CourseManifest.read(course.resolve("manifest.txt"));
        this.chrome = Template.parts(course.resolve("page.html"));
        this.code = new CourseCode(javaSources);
        this.links = new LanguageLinks(languageLinks);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: CourseSite <src/course> <src/site/pages/languages.html> <src/main/java> <built site>");
        }
        Path site = Path.of(args[3]);
        for (Map.Entry<Path, String> page : new CourseSite(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), site).build().entrySet()) {
            Files.createDirectories(site.resolve(page.getKey()).getParent());
            Files.writeString(site.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every page of every language, by its path in the site; throws, naming file and key, at the first problem. */
    Map<Path, String> build() throws IOException {
        List<SiteLanguage> editions = siteLanguages();
        checkSources();
        Map<Path, String> pages = new LinkedHashMap<>();
        Map<String, Set<String>> referenceIds = null;
        for (int e = 0; e < editions.size(); e++) {
            Language language = manifest.languages().get(e);
            Map<String, String> edition = new Edition(language, editions.get(e), editions, CourseTexts.read(course.resolve("texts").resolve(language.code()))).pages();
            Map<String, Set<String>> ids = new LinkedHashMap<>();
            edition.forEach((name, html) -> ids.put(name, ids(html)));
            if (referenceIds == null) {
                referenceIds = ids;
            } else {
                checkSameIds(referenceIds, ids, language);
            }
            edition.forEach((name, html) -> pages.put(Path.of(language.folder(), name), html));
        }
        return pages;
    }

    /**
     * The site's language of each edition, in the manifest's order. Each edition's folder must be its language's
     * edition of the same English folder ({@link #englishFolder()}), so that every page has its counterparts.
     */
    private List<SiteLanguage> siteLanguages() {
        return manifest.languages().stream().map(language -> {
            SiteLanguage site = SiteLanguage.of(language.code(), manifest.file() + ", language " + language.code());
            String expected = site.path(englishFolder());
            if (!language.folder().equals(expected)) {
                throw new IllegalArgumentException(manifest.file() + ": the " + language.code() + " edition's folder must be " + expected
                        + " (its language's edition of " + englishFolder() + "), not " + language.folder());
            }
            return site;
        }).toList();
    }

    /** The course's folder in the site's root language: the first edition's folder without its language's folder. */
    private String englishFolder() {
        Language first = manifest.languages().get(0);
        String prefix = SiteLanguage.of(first.code(), manifest.file() + ", language " + first.code()).prefix;
        return first.folder().substring(first.folder().startsWith(prefix) ? prefix.length() : 0);
    }

    /**
     * The manifest's chapters have their bodies, their questions can be marked, its scripts and styles exist, no
     * body is left over, and every folder of texts is an edition (translated texts are always built).
     */
    private void checkSources() throws IOException {
        Set<String> bodies = new TreeSet<>();
        try (Stream<Path> files = Files.list(course.resolve("chapters"))) {
            files.forEach(file -> bodies.add(file.getFileName().toString()));
        }
        List<Chapter> all = Stream.concat(manifest.chapters().stream(), manifest.tracks().stream().flatMap(t -> t.chapters().stream())).toList();
        for (Chapter chapter : all) {
            String where = manifest.file() + ", line " + chapter.line() + ": chapter " + chapter.slug();
            if (!bodies.remove(chapter.slug() + ".html")) {
                throw new IllegalArgumentException(where + " has no body template " + course.resolve("chapters").resolve(chapter.slug() + ".html"));
            }
            Template body = Template.read(course.resolve("chapters").resolve(chapter.slug() + ".html"));
            questions.put(chapter.slug(), QuizMarkup.questionIds(chapter.slug(), body.text(), body.source()));
            for (String file : Stream.concat(chapter.scripts().stream(), chapter.styles().stream()).toList()) {
                if (!Files.isRegularFile(site.resolve(file))) {
                    throw new IllegalArgumentException(where + " names " + file + ", which the site does not have (" + site.resolve(file) + ")");
                }
            }
        }
        if (!bodies.isEmpty()) {
            throw new IllegalArgumentException(course.resolve("chapters") + " has bodies of no chapter in " + manifest.file() + ": " + bodies);
        }
        Set<String> editions = manifest.languages().stream().map(Language::code).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(course.resolve("texts"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String code = folder.getFileName().toString();
                if (!editions.contains(code)) {
                    throw new IllegalArgumentException(folder + " holds texts of an edition " + manifest.file() + " does not list: add the line 'language "
                            + code + " " + SiteLanguage.of(code, folder.toString()).path(englishFolder()) + "'");
                }
            }
        }
    }

    private static Set<String> ids(String html) {
        Set<String> ids = new TreeSet<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    private static void checkSameIds(Map<String, Set<String>> reference, Map<String, Set<String>> ids, Language language) {
        reference.forEach((page, expected) -> {
            if (!expected.equals(ids.get(page))) {
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(ids.get(page));
                Set<String> extra = new TreeSet<>(ids.get(page));
                extra.removeAll(expected);
                throw new IllegalArgumentException("the " + language.code() + " edition's " + page + " lacks the ids " + missing
                        + " and has the ids " + extra + " that the first edition's has not: the scripts find their elements by id");
            }
        });
    }

    /**
     * A numbered sequence of pages: the chapters ({@code prefix} "chapter", in the edition's folder) or a track
     * ({@code prefix} its slug, in a folder of that name). The prefix names its chrome parts ({@code PREFIX-main},
     * {@code PREFIX-crumbs}) and its page title's text ({@code PREFIX.page-title}).
     */
    private record Sequence(String prefix, String folder, List<Chapter> chapters) {
        /** The prefix of its previous/next links' texts: nav.previous for the chapters, SLUG.previous for a track. */
        String navigation() {
            return folder.isEmpty() ? "nav" : prefix;
        }

        /** The way from its pages up to the edition's folder, where the index is. */
        String up() {
            return folder.isEmpty() ? "" : "../";
        }
    }

    /** One language's pages, by file name. */
    private final class Edition {
        private final Language language;
        /** Its language on the site, and the languages of all the editions (its pages link to the others). */
        private final SiteLanguage siteLanguage;
        private final List<SiteLanguage> editions;
        private final CourseTexts texts;
        private final List<Chapter> chapters = manifest.chapters();
        /** The values every text may name: {count} and {number.SLUG} for every chapter and every track's page. */
        private final Map<String, String> courseValues = new HashMap<>();

        Edition(Language language, SiteLanguage siteLanguage, List<SiteLanguage> editions, CourseTexts texts) {
            this.language = language;
            this.siteLanguage = siteLanguage;
            this.editions = editions;
            this.texts = texts;
            courseValues.put("count", String.valueOf(chapters.size()));
            for (Sequence sequence : sequences()) {
                for (int k = 0; k < sequence.chapters().size(); k++) {
                    courseValues.put("number." + sequence.chapters().get(k).slug(), String.valueOf(k + 1));
                }
            }
        }

        private List<Sequence> sequences() {
            return Stream.concat(Stream.of(new Sequence("chapter", "", chapters)),
                    manifest.tracks().stream().map(t -> new Sequence(t.slug(), t.slug() + "/", t.chapters()))).toList();
        }

        Map<String, String> pages() throws IOException {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("index.html", index());
            for (Sequence sequence : sequences()) {
                for (int k = 0; k < sequence.chapters().size(); k++) {
                    pages.put(sequence.folder() + sequence.chapters().get(k).slug() + ".html", code.fill(chapter(sequence, k),
                            (name, file, line) -> texts.text(COURSE_TEXTS, "code.caption",
                                    Map.of("name", name, "file", file, "line", String.valueOf(line)), "a code panel")));
                }
            }
            texts.checkAllUsed();
            return pages;
        }

        private String index() {
            Map<String, String> values = pageValues(courseValues, "index.html");
            String items = chapters.stream()
                    .map(c -> fill("index-item", values, Map.of("slug", c.slug(), "title", title(c), "summary", text(c.slug(), "summary", courseValues),
                            "questions", String.join(" ", questions.get(c.slug())))))
                    .collect(Collectors.joining("\n"));
            values.put("title", text(COURSE_TEXTS, "index.page-title", courseValues));
            values.put("description", text(COURSE_TEXTS, "index.description", courseValues));
            values.put("head", "");
            values.put("crumbs", fill("index-crumbs", values, Map.of()));
            values.put("heading", text(COURSE_TEXTS, "index.heading", courseValues));
            values.put("lead", text(COURSE_TEXTS, "index.lead", courseValues));
            String trackLists = manifest.tracks().stream().map(track -> fill("index-track", values, Map.of(
                    "track", track.slug(),
                    "heading", text(COURSE_TEXTS, track.slug() + ".heading", courseValues),
                    "lead", text(COURSE_TEXTS, track.slug() + ".lead", courseValues),
                    "items", track.chapters().stream().map(c -> fill("index-item", values, Map.of("slug", track.slug() + "/" + c.slug(),
                            "title", title(c), "summary", text(c.slug(), "summary", courseValues),
                            "questions", String.join(" ", questions.get(c.slug()))))).collect(Collectors.joining("\n")))))
                    .collect(Collectors.joining());
            values.put("main", fill("index-main", values, Map.of("items", items)) + trackLists);
            values.put("nav", navLink("prev", "../index.html", text(COURSE_TEXTS, "nav.back", courseValues), text(COURSE_TEXTS, "nav.main-page", courseValues), values)
                    + "\n" + navLink("next", chapters.get(0).slug() + ".html", text(COURSE_TEXTS, "nav.start", number(0)), title(chapters.get(0)), values));
            return fill("page", values, Map.of()) + "\n";
        }

        private String chapter(Sequence sequence, int k) throws IOException {
            List<Chapter> chapters = sequence.chapters();
            String prefix = sequence.prefix();
            Chapter chapter = chapters.get(k);
            Map<String, String> textValues = new HashMap<>(number(k));
            textValues.put("count", String.valueOf(chapters.size()));
            textValues.put("title", title(chapter));
            Map<String, String> values = pageValues(textValues, sequence.folder() + chapter.slug() + ".html");
            values.put("root", language.root() + sequence.up());
            values.put("slug", chapter.slug());
            String head = Stream.concat(
                    chapter.styles().stream().map(path -> fill("stylesheet", values, Map.of("path", path))),
                    chapter.scripts().stream().map(path -> fill("script", values, Map.of("path", path))))
                    .collect(Collectors.joining("\n"));
            Template body = Template.read(course.resolve("chapters").resolve(chapter.slug() + ".html"));
            values.put("title", text(COURSE_TEXTS, prefix + ".page-title", textValues));
            values.put("description", text(chapter.slug(), "description", textValues));
            values.put("head", head.isEmpty() ? "" : head + "\n");
            values.put("crumbs", fill(prefix + "-crumbs", values, Map.of()));
            values.put("heading", title(chapter));
            values.put("lead", text(chapter.slug(), "lead", textValues));
            values.put("main", fill(prefix + "-main", values, Map.of(
                    "body", body.fill(key -> text(chapter.slug(), key, textValues, body.source()), values),
                    "code-intro", text(chapter.slug(), "code", textValues),
                    "figures", chapter.code().stream().map(name -> fill("code", values, Map.of("name", name))).collect(Collectors.joining("\n")))));
            String index = sequence.up() + "index.html";
            String previous = k == 0
                    ? navLink("prev", index, text(COURSE_TEXTS, "nav.back", textValues), text(COURSE_TEXTS, "nav.all-chapters", textValues), values)
                    : navLink("prev", chapters.get(k - 1).slug() + ".html", text(COURSE_TEXTS, sequence.navigation() + ".previous", number(k - 1)), title(chapters.get(k - 1)), values);
            String next = k + 1 == chapters.size()
                    ? navLink("next", index, text(COURSE_TEXTS, "nav.end", textValues), text(COURSE_TEXTS, "nav.back-to-all", textValues), values)
                    : navLink("next", chapters.get(k + 1).slug() + ".html", text(COURSE_TEXTS, sequence.navigation() + ".next", number(k + 1)), title(chapters.get(k + 1)), values);
            values.put("nav", previous + "\n" + next);
            return fill("page", values, Map.of()) + "\n";
        }

        /**
         * The values of the chrome on every page: the language, the way to the site's root, the language links of
         * the page {@code name} (its path in the edition's folder), and what its texts may name.
         */
        private Map<String, String> pageValues(Map<String, String> textValues, String name) {
            Map<String, String> values = new HashMap<>(textValues);
            values.put("lang", siteLanguage.tag);
            values.put("root", language.root());
            String page = englishFolder() + "/" + name;
            values.put("languages", links.head(page, siteLanguage, editions, LanguageLinks.Follow.READER));
            values.put("switch", links.switches(page, siteLanguage, editions));
            return values;
        }

        /** The course values with {number} set to chapter k's (counting from 0). */
        private Map<String, String> number(int k) {
            Map<String, String> values = new HashMap<>(courseValues);
            values.put("number", String.valueOf(k + 1));
            return values;
        }

        private String navLink(String rel, String href, String small, String title, Map<String, String> values) {
            return fill("nav-link", values, Map.of("rel", rel, "href", href, "small", small, "title", title));
        }

        private String title(Chapter chapter) {
            return text(chapter.slug(), "title", courseValues);
        }

        /** A part of the chrome, its {{key}}s from course.txt with the page's values, its {{@name}}s from the page's and {@code extra}. */
        private String fill(String part, Map<String, String> values, Map<String, String> extra) {
            Template template = chrome.get(part);
            if (template == null) {
                throw new IllegalArgumentException(course.resolve("page.html") + " has no part '" + part + "'");
            }
            Map<String, String> all = new HashMap<>(values);
            all.putAll(extra);
            return template.fill(key -> text(COURSE_TEXTS, key, all, template.source()), all);
        }

        private String text(String file, String key, Map<String, String> values) {
            return text(file, key, values, "the course builder");
        }

        private String text(String file, String key, Map<String, String> values, String usedBy) {
            return texts.text(file, key, values, usedBy);
        }
    }
}

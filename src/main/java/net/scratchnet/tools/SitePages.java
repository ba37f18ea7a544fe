package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import net.scratchnet.tools.LanguageLinks.Follow;

/**
 * Build step for the site's pages outside the course (the main page, the embed page, the example post): writes
 * each of them once per {@link SiteLanguage}, English at the site's root and every other language in its folder,
 * from
 * <ul>
 * <li>{@code src/site/pages/PAGE.html}: the page's markup, once, with {@code {{key}}} where its words go and
 *     {@code {{@name}}} for what the builder supplies ({@link Template}); after it, the parts the page gives the
 *     shared parts it includes, each opened by {@code <!-- part NAME -->} ({@link Template#parts});</li>
 * <li>{@code src/site/pages/parts.html}: markup several pages show, such as the drawing pad of the main page and of
 *     the embed page: {@code {{@pad}}} in a page is the part {@code pad} there, filled with that page's words, its
 *     {@code {{@name}}} holes with the parts the page gives;</li>
 * <li>{@code src/site/texts/LANGUAGE/PAGE.txt}: its words in each language, in the course's format ({@link CourseTexts});</li>
 * <li>{@code src/site/pages/languages.html}: the language links every page has ({@link LanguageLinks}).</li>
 * </ul>
 * A template's values: {@code lang} (the language tag), {@code root} (the way up to the site's root),
 * {@code languages} (the head's alternate links and language script of a reader's page), {@code embed-languages}
 * (the same for a page made for iframes, which follows its {@code lang=} parameter instead of the reader), and
 * {@code switch} (the links to the page's other editions).
 *
 * <p>Nothing is written unless every page builds in every language: a key a template names that a language lacks,
 * or a text no template uses, stops the build with the file and the key, so no text exists in one language only;
 * so does a shared part no page includes, or a part a page gives that nothing it includes uses.
 *
 * <p>Usage: {@code SitePages <src/site> <built site>}.
 */
public final class SitePages {
    /** The parts file of the language links, in the pages' folder but no page itself. */
    static final String LANGUAGE_PARTS = "languages.html";
    /** The parts file of the markup several pages include, in the pages' folder but no page itself. */
    static final String SHARED_PARTS = "parts.html";

    private final Path pages;
    private final Path texts;
    private final LanguageLinks links;
    private final Map<String, Template> shared;

    SitePages(Path source) throws IOException {
        this.pages = source.resolve("pages");
        this.texts = source.resolve("texts");
        this.links = new LanguageLinks(pages.resolve(LANGUAGE_PARTS));
        this.shared = Template.parts(pages.resolve(SHARED_PARTS));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SitePages <src/site> <built site>");
        }
        Path site = Path.of(args[1]);
        for (Map.Entry<String, String> page : new SitePages(Path.of(args[0])).build().entrySet()) {
            Files.createDirectories(site.resolve(page.getKey()).getParent());
            Files.writeString(site.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every page in every language, by its path from the site's root; throws, naming file and key, at the first problem. */
    Map<String, String> build() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(pages)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".html") && !name.equals(LANGUAGE_PARTS) && !name.equals(SHARED_PARTS))
                    .sorted().toList();
        }
        List<SiteLanguage> editions = List.of(SiteLanguage.values());
        Map<String, String> built = new LinkedHashMap<>();
        Set<String> included = new HashSet<>();
        for (SiteLanguage language : editions) {
            CourseTexts words = CourseTexts.read(texts.resolve(language.code));
            for (String name : names) {
                Path page = pages.resolve(name);
                Template template = Template.beforeParts(page);
                String file = name.substring(0, name.length() - ".html".length());
                // Every template of the page takes its words from the page's texts.
                Function<Template, Function<String, String>> wordsOf = part -> key -> words.text(file, key, Map.of(), part.source());
                Map<String, String> values = new HashMap<>();
                values.put("lang", language.tag);
                values.put("root", LanguageLinks.root(language.path(name)));
                values.put("languages", links.head(name, language, editions, Follow.READER));
                values.put("embed-languages", links.head(name, language, editions, Follow.PARAMETER));
                values.put("switch", links.switches(name, language, editions));
                Map<String, String> given = new HashMap<>();
                Template.parts(page).forEach((slot, part) -> given.put(slot, part.fill(wordsOf.apply(part), values)));
                Set<String> used = new HashSet<>();
                for (String include : template.valueNames()) {
                    Template part = shared.get(include);
                    if (part != null) {
                        Map<String, String> partValues = new HashMap<>(values);
                        partValues.putAll(given);
                        values.put(include, part.fill(wordsOf.apply(part), partValues));
                        used.addAll(part.valueNames());
                        included.add(include);
                    }
                }
                for (String slot : given.keySet()) {
                    if (!used.contains(slot)) {
                        throw new IllegalArgumentException(page + " gives the part '" + slot + "', which no part it includes uses");
                    }
                }
                built.put(language.path(name), template.fill(wordsOf.apply(template), values));
            }
            words.checkAllUsed();
        }
        for (String part : shared.keySet()) {
            if (!included.contains(part)) {
                throw new IllegalArgumentException(pages.resolve(SHARED_PARTS) + " has the part '" + part + "', which no page includes");
            }
        }
        return built;
    }
}

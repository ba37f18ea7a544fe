package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.scratchnet.tools.LanguageLinks.Follow;

/**
 * Build step for the site's pages outside the course (the main page, the embed page, the example post): writes
 * each of them once per {@link SiteLanguage}, English at the site's root and every other language in its folder,
 * from
 * <ul>
 * <li>{@code src/site/pages/PAGE.html}: the page's markup, once, with {@code {{key}}} where its words go and
 *     {@code {{@name}}} for what the builder supplies ({@link Template});</li>
 * <li>{@code src/site/texts/LANGUAGE/PAGE.txt}: its words in each language, in the course's format ({@link CourseTexts});</li>
 * <li>{@code src/site/pages/languages.html}: the language links every page has ({@link LanguageLinks}).</li>
 * </ul>
 * A template's values: {@code lang} (the language tag), {@code root} (the way up to the site's root),
 * {@code languages} (the head's alternate links and language script of a reader's page), {@code embed-languages}
 * (the same for a page made for iframes, which follows its {@code lang=} parameter instead of the reader), and
 * {@code switch} (the links to the page's other editions).
 *
 * <p>Nothing is written unless every page builds in every language: a key a template names that a language lacks,
 * or a text no template uses, stops the build with the file and the key, so no text exists in one language only.
 *
 * <p>Usage: {@code SitePages <src/site> <built site>}.
 */
public final class SitePages {
    /** The parts file of the language links, in the pages' folder but no page itself. */
    static final String LANGUAGE_PARTS = "languages.html";

    private final Path pages;
    private final Path texts;
    private final LanguageLinks links;

    SitePages(Path source) throws IOException {
        this.pages = source.resolve("pages");
        this.texts = source.resolve("texts");
        this.links = new LanguageLinks(pages.resolve(LANGUAGE_PARTS));
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
                    .filter(name -> name.endsWith(".html") && !name.equals(LANGUAGE_PARTS)).sorted().toList();
        }
        List<SiteLanguage> editions = List.of(SiteLanguage.values());
        Map<String, String> built = new LinkedHashMap<>();
        for (SiteLanguage language : editions) {
            CourseTexts words = CourseTexts.read(texts.resolve(language.code));
            for (String name : names) {
                Template template = Template.read(pages.resolve(name));
                String file = name.substring(0, name.length() - ".html".length());
                Map<String, String> values = new HashMap<>();
                values.put("lang", language.tag);
                values.put("root", LanguageLinks.root(language.path(name)));
                values.put("languages", links.head(name, language, editions, Follow.READER));
                values.put("embed-languages", links.head(name, language, editions, Follow.PARAMETER));
                values.put("switch", links.switches(name, language, editions));
                built.put(language.path(name), template.fill(key -> words.text(file, key, Map.of(), template.source()), values));
            }
            words.checkAllUsed();
        }
        return built;
    }
}

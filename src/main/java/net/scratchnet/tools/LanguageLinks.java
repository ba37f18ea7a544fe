package net.scratchnet.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every page says about its languages, filled from the parts of {@code src/site/pages/languages.html}: in
 * its head, a {@code <link rel="alternate" hreflang>} per edition and {@code js/language.js} (which sends a first
 * visit to the reader's language and remembers a choice); in its header, a link to each other edition of the same
 * page, named in that language (the language switch). Both page builders ({@link SitePages}, {@link CourseSite})
 * use it, so every page's links are made alike.
 *
 * <p>A page is named by its English path from the site's root ({@code learn/neuron.html}); its editions are
 * {@link SiteLanguage#path(String)} of that. The links are relative, so the site works from any address.
 */
final class LanguageLinks {
    /** How js/language.js treats the page: a reader's page follows the reader's language, an embed its lang= parameter. */
    enum Follow { READER, PARAMETER }

    private final Map<String, Template> parts;

    LanguageLinks(Path partsFile) throws IOException {
        this.parts = Template.parts(partsFile);
    }

    /** The head's lines of {@code page} in {@code language}: an alternate link per edition, then the language script. */
    String head(String page, SiteLanguage language, List<SiteLanguage> editions, Follow follow) {
        String root = root(language.path(page));
        return editions.stream()
                .map(edition -> fill("alternate", Map.of("tag", edition.tag, "href", root + edition.path(page))))
                .collect(Collectors.joining("\n"))
                + "\n" + fill("script", Map.of("root", root, "follow", follow.name().toLowerCase()));
    }

    /** The links to the page's other editions (none when the page has only one). */
    String switches(String page, SiteLanguage language, List<SiteLanguage> editions) {
        String root = root(language.path(page));
        return editions.stream().filter(edition -> edition != language)
                .map(edition -> fill("switch", Map.of("tag", edition.tag, "href", root + edition.path(page), "name", edition.name)))
                .collect(Collectors.joining(" "));
    }

    /** The way from a page at {@code path} (from the site's root) back to the root: "../" per folder. */
    static String root(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    private String fill(String part, Map<String, String> values) {
        Template template = parts.get(part);
        if (template == null) {
            throw new IllegalArgumentException("the language links have no part '" + part + "'");
        }
        return template.fill(key -> {
            throw new IllegalArgumentException(template.source() + " names the text {{" + key + "}}: its words are the languages' names");
        }, values);
    }
}

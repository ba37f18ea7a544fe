package net.scratchnet.tools;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The languages the site is written in, each with its own address for every page: English at the site's root,
 * every other language in a folder of its own that mirrors the root ({@code index.html} and {@code zh/index.html},
 * {@code learn/neuron.html} and {@code zh/learn/neuron.html}). The one list of them: the page builders
 * ({@link SitePages}, {@link CourseSite}) and the language links of every page ({@link LanguageLinks}) go by it.
 *
 * <p>Adding a language: a constant here, its texts in {@code src/site/texts/CODE/} and {@code src/course/texts/CODE/},
 * the manifest line {@code language CODE PREFIXlearn}, and the code in {@code webapp/js/i18n.js}'s list.
 */
enum SiteLanguage {
    ENGLISH("en", "", "en", "English"),
    CHINESE("zh", "zh/", "zh-CN", "中文");

    /** The name of its texts folders ({@code texts/zh/}) and of the {@code lang=} parameter of an embed. */
    final String code;
    /** The folder of its pages, from the site's root, ending in '/': empty for English, which is at the root. */
    final String prefix;
    /** Its language tag for {@code <html lang>} and {@code hreflang}: what the browser's fonts and Intl go by. */
    final String tag;
    /** Its name in itself, the label of the link that switches to it: a reader of that language must find it. */
    final String name;

    SiteLanguage(String code, String prefix, String tag, String name) {
        this.code = code;
        this.prefix = prefix;
        this.tag = tag;
        this.name = name;
    }

    /** The language with this code; {@code where} names the file and line asking, for the message. */
    static SiteLanguage of(String code, String where) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": '" + code + "' is not a language of the site ("
                        + Arrays.stream(values()).map(language -> language.code).collect(Collectors.joining(", ")) + ")"));
    }

    /** Where this language's edition of a page is: {@code page}, a path from the site's root in English, under its folder. */
    String path(String page) {
        return prefix + page;
    }
}

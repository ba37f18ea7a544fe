package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.scratchnet.words.CoreWords;

/**
 * Build step for the words the site's scripts show (status lines, notices, errors, chart labels, class names):
 * reads {@code src/site/texts/LANGUAGE/scripts/*.txt} for every language folder and writes
 * {@code js/words/LANGUAGE.js}, which {@code webapp/js/i18n.js} imports for the page's language.
 *
 * <p>The files use the course's text format ({@link CourseTexts}): {@code == key} lines, each followed by its text.
 * A script's text is one line of plain text, never markup (the page puts it in with {@code textContent}); {@code {name}}
 * marks where the script puts a value, so that a translation may move it where its grammar wants it.
 *
 * <p>The Java core's words (its problems, the names of its settings table: {@link CoreWords#english()}, keys
 * {@code core.…}) are written in English only in Java, which this step adds to the English words; every other
 * language has them in its {@code scripts/core.txt}.
 *
 * <p>The build stops, naming file and key, unless every language has exactly the keys of English (the first
 * language) and each text names exactly the values its English names: a text cannot exist in one language only.
 *
 * <p>Usage: {@code ScriptWords <src/site/texts> <built site>}.
 */
public final class ScriptWords {
    /** The language every other one follows: its keys and values are the reference. */
    public static final String REFERENCE = "en";
    private static final Pattern VALUE = Pattern.compile("\\{([a-zA-Z][\\w.-]*)}");

    private ScriptWords() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ScriptWords <src/site/texts> <built site>");
        }
        write(Path.of(args[0]), Path.of(args[1]), CoreWords.english());
    }

    /** Writes {@code js/words/LANGUAGE.js} into the built {@code site}, the English with the {@code core} words. */
    static void write(Path texts, Path site, Map<String, String> core) throws IOException {
        Map<String, Map<String, String>> languages = read(texts, core);
        Path out = site.resolve("js").resolve("words");
        Files.createDirectories(out);
        for (Map.Entry<String, Map<String, String>> language : languages.entrySet()) {
            Files.writeString(out.resolve(language.getKey() + ".js"), module(language.getKey(), language.getValue()),
                    StandardCharsets.UTF_8);
        }
    }

    /** The site's script words with the core's ({@link #read(Path, Map)}). */
    public static Map<String, Map<String, String>> read(Path texts) throws IOException {
        return read(texts, CoreWords.english());
    }

    /**
     * Every language's script words, by language code and key, checked against English, which gets the {@code core}
     * words (key to English text, {@link CoreWords#english()}) added; throws at the first gap.
     */
    public static Map<String, Map<String, String>> read(Path texts, Map<String, String> core) throws IOException {
        Map<String, Map<String, String>> languages = new LinkedHashMap<>();
        Map<String, String> english = words(texts.resolve(REFERENCE));
        for (Map.Entry<String, String> word : core.entrySet()) {
            if (english.put(word.getKey(), word.getValue()) != null) {
                throw new IllegalArgumentException(texts.resolve(REFERENCE).resolve("scripts") + ": the key '"
                        + word.getKey() + "' is the Java core's (its English is written there only)");
            }
        }
        languages.put(REFERENCE, english);
        try (Stream<Path> list = Files.list(texts)) {
            for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
                String code = folder.getFileName().toString();
                if (!code.equals(REFERENCE)) {
                    languages.put(code, words(folder));
                }
            }
        }
        Map<String, String> reference = languages.get(REFERENCE);
        languages.forEach((code, words) -> check(texts, code, words, reference));
        return languages;
    }

    private static Map<String, String> words(Path language) throws IOException {
        Path scripts = language.resolve("scripts");
        Map<String, String> words = new LinkedHashMap<>();
        CourseTexts texts = CourseTexts.read(scripts);
        for (String file : texts.files()) {
            for (Map.Entry<String, String> text : texts.texts(file).entrySet()) {
                if (text.getValue().contains("\n")) {
                    throw new IllegalArgumentException(scripts.resolve(file + ".txt") + ", text '" + text.getKey()
                            + "': a script's text is one line (a page shows it as one run of text)");
                }
                if (words.put(text.getKey(), text.getValue()) != null) {
                    throw new IllegalArgumentException(scripts + ": the key '" + text.getKey() + "' is in two files");
                }
            }
        }
        return words;
    }

    private static void check(Path texts, String code, Map<String, String> words, Map<String, String> reference) {
        Set<String> missing = new TreeSet<>(reference.keySet());
        missing.removeAll(words.keySet());
        Set<String> extra = new TreeSet<>(words.keySet());
        extra.removeAll(reference.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new IllegalArgumentException(texts.resolve(code).resolve("scripts") + ": missing " + missing
                    + ", not in " + REFERENCE + " " + extra);
        }
        for (Map.Entry<String, String> text : words.entrySet()) {
            Set<String> values = values(text.getValue());
            Set<String> expected = values(reference.get(text.getKey()));
            if (!values.equals(expected)) {
                throw new IllegalArgumentException(texts.resolve(code).resolve("scripts") + ", text '" + text.getKey()
                        + "': names the values " + values + " where " + REFERENCE + " names " + expected);
            }
        }
    }

    /** The {name} values a text names. */
    static Set<String> values(String text) {
        Set<String> names = new TreeSet<>();
        Matcher value = VALUE.matcher(text);
        while (value.find()) {
            names.add(value.group(1));
        }
        return names;
    }

    /** The ES module of one language: a frozen object from key to text, written as JSON. */
    static String module(String code, Map<String, String> words) {
        StringBuilder out = new StringBuilder()
                .append("// The words of the site's scripts in '").append(code)
                .append("', written by net.scratchnet.tools.ScriptWords from src/site/texts/").append(code)
                .append("/scripts/")
                .append(code.equals(REFERENCE) ? " and the Java core (net.scratchnet.words.CoreWords)" : "")
                .append(": edit those, not this.\nexport default Object.freeze({\n");
        List<Map.Entry<String, String>> entries = List.copyOf(words.entrySet());
        for (int k = 0; k < entries.size(); k++) {
            out.append("  ").append(json(entries.get(k).getKey())).append(": ").append(json(entries.get(k).getValue()))
                    .append(k + 1 < entries.size() ? ",\n" : "\n");
        }
        return out.append("});\n").toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped, and '<' too, so no text closes a tag. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

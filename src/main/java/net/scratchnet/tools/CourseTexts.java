package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every word of one edition of the course: the files {@code texts/<language>/*.txt}, one per chapter plus
 * {@code course.txt} for the shared page parts and the index. Every text the builder puts on a page is looked up
 * here, and only here, so a second language is one more folder of these files.
 *
 * <p>A file is a list of keyed blocks, written for a translator rather than a parser:
 * <pre>
 * Anything before the first key is a note to the translator.
 *
 * == biology.p1
 * A nerve cell collects signals from other cells through its &lt;strong&gt;dendrites&lt;/strong&gt;.
 * Chapter {number.activations} shows how.
 * </pre>
 * A text runs from its {@code == key} line to the next one, blank lines at either end dropped. It is HTML: inline
 * markup ({@code <strong>}, {@code <i>}, {@code <sub>}, links, and the {@code <output>} elements of a readout) is
 * part of the sentence. {@code {name}} stands for a value the page supplies: {@code {number}} and {@code {count}}
 * (this chapter's number, how many there are), {@code {title}}, and {@code {number.SLUG}} (another chapter's
 * number), so that inserting a chapter renumbers every mention.
 *
 * <p>The builder asks {@link #checkAllUsed()} once every page is built: a text no page used is an error too (a
 * stale or misspelt key), as is a key a template names but this language lacks.
 */
final class CourseTexts {
    private static final Pattern KEY = Pattern.compile("== ([\\w.-]+)\\s*");
    private static final Pattern VALUE = Pattern.compile("\\{([a-z][\\w.-]*)}");
    private static final Pattern TAGS_AT_END = Pattern.compile("(<[^<>]*>)+$");
    private static final Pattern TAGS_AT_START = Pattern.compile("^\\s*(<[^<>]*>)+");

    private final Path folder;
    private final Map<String, Map<String, String>> files;          // file name (no .txt) -> key -> text
    private final Map<String, TreeSet<String>> unused = new LinkedHashMap<>();

    private CourseTexts(Path folder, Map<String, Map<String, String>> files) {
        this.folder = folder;
        this.files = files;
        files.forEach((file, texts) -> unused.put(file, new TreeSet<>(texts.keySet())));
    }

    /** Reads every {@code .txt} file of a language's folder. */
    static CourseTexts read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the texts folder " + folder + " does not exist");
        }
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                files.put(name.substring(0, name.length() - 4), parse(file));
            }
        }
        return new CourseTexts(folder, files);
    }

    private static Map<String, String> parse(Path file) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String key = null;
        int keyLine = 0;
        List<String> block = new ArrayList<>();
        for (int k = 0; k <= lines.size(); k++) {
            boolean end = k == lines.size();
            Matcher next = end ? null : KEY.matcher(lines.get(k));
            if (!end && !next.matches()) {
                if (lines.get(k).startsWith("==")) {
                    throw new IllegalArgumentException(file + ", line " + (k + 1) + ": a key is '== ' and letters, digits, '.', '-' or '_'");
                }
                block.add(lines.get(k).stripTrailing());
                continue;
            }
            if (key != null) {
                String text = joined(block).strip();
                if (text.isEmpty()) {
                    throw new IllegalArgumentException(file + ", line " + keyLine + ": text '" + key + "' is empty");
                }
                if (texts.put(key, text) != null) {
                    throw new IllegalArgumentException(file + ", line " + keyLine + ": text '" + key + "' is there twice");
                }
            }
            if (!end) {
                key = next.group(1);
                keyLine = k + 1;
                block.clear();
            }
        }
        return texts;
    }

    /**
     * The lines of a text as one: a line break between two Chinese characters (or full-width punctuation) is
     * dropped, since a browser shows it as a space (Chromium does not apply CSS's rule that removes it), and a
     * Chinese sentence has no spaces; every other line break is kept. Tags at the break do not count.
     */
    private static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            boolean joins = false;
            if (!text.isEmpty()) {
                String before = TAGS_AT_END.matcher(text).replaceAll("");
                String after = TAGS_AT_START.matcher(line).replaceAll("");
                joins = !before.isEmpty() && !after.isEmpty()
                        && wide(before.codePointBefore(before.length())) && wide(after.codePointAt(0));
                text.append(joins ? "" : "\n");
            }
            text.append(joins ? line.stripLeading() : line);
        }
        return text.toString();
    }

    /** A character that Chinese text sets without spaces around it: a Han character or full-width punctuation. */
    private static boolean wide(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || c == '“' || c == '”' || c == '…';
    }

    /**
     * The text {@code key} of {@code file} (a chapter's slug, or "course"), its {@code {name}} values filled from
     * {@code values}. {@code usedBy} names the template or builder step asking, for the message when it is missing.
     */
    String text(String file, String key, Map<String, String> values, String usedBy) {
        Map<String, String> texts = files.get(file);
        if (texts == null) {
            throw new IllegalArgumentException(usedBy + " needs the texts file " + path(file) + ", which does not exist");
        }
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException(path(file) + " has no text '" + key + "', which " + usedBy + " uses");
        }
        unused.get(file).remove(key);
        Matcher value = VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (value.find()) {
            String filled = values.get(value.group(1));
            if (filled == null) {
                throw new IllegalArgumentException(path(file) + ", text '" + key + "': {" + value.group(1)
                        + "} is not a value this page has (it has " + new TreeSet<>(values.keySet()) + ")");
            }
            value.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        value.appendTail(out);
        return out.toString();
    }

    /** The files read, by name without {@code .txt}, in file-name order. */
    Set<String> files() {
        return files.keySet();
    }

    /** Every text of one file, by key, in the file's order. */
    Map<String, String> texts(String file) {
        return files.get(file);
    }

    /** Fails, naming file and keys, if a text was never looked up: every text must be on some page. */
    void checkAllUsed() {
        unused.forEach((file, keys) -> {
            if (!keys.isEmpty()) {
                throw new IllegalArgumentException(path(file) + " has texts no template uses: " + String.join(", ", keys));
            }
        });
    }

    private Path path(String file) {
        return folder.resolve(file + ".txt");
    }
}

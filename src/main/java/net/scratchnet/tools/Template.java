package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of the course's markup with holes: {@code {{key}}} for a text of the page's language (looked up by the
 * caller, in {@link CourseTexts}), {@code {{@name}}} for a value the builder supplies (a link, a number, a
 * finished piece of markup). Nothing else is special, so a template is plain HTML to read and edit.
 *
 * <p>Where a hole is comes from the template alone, read once by a {@link MarkupScanner}. What fills a hole in an
 * attribute value (such as {@code aria-label="{{key}}"}) may hold neither markup nor quotes, and its line breaks
 * become spaces. In a tag but outside any value only a {@code {{@name}}} may stand, filled with attributes
 * ({@code id="hint" aria-live="polite"}, or nothing): how two pages give one shared part different attributes. In
 * text, a filling of several lines keeps them, each continuation line indented like the line of the hole, so the
 * built page stays readable; an empty filling alone on its line takes the line with it.
 *
 * @param source where the template was read from, for messages
 * @param text   the markup
 */
record Template(String source, String text) {
    private static final Pattern HOLE = Pattern.compile("\\{\\{(@?)([\\w.-]+)}}");
    private static final Pattern PART = Pattern.compile("^<!-- part ([\\w-]+) -->\\n", Pattern.MULTILINE);
    /** Attributes, each a name with or without a quoted value free of markup, e.g. {@code id="hint" hidden}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*+(?:[\\w:-]++(?:=\"[^\"<>]*+\")?+\\s*+)*+");

    /** A whole file as one template. */
    static Template read(Path file) throws IOException {
        return new Template(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * The parts of a file that holds several, each opened by a line {@code <!-- part NAME -->} and running to the
     * next (its last line break dropped); what comes before the first part is a note, or a page ({@link #beforeParts}).
     */
    static Map<String, Template> parts(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Template> parts = new LinkedHashMap<>();
        Matcher part = PART.matcher(text);
        String name = null;
        int start = 0;
        while (true) {
            boolean found = part.find();
            if (name != null) {
                String body = text.substring(start, found ? part.start() : text.length());
                parts.put(name, new Template(file + ", part " + name, body.endsWith("\n") ? body.substring(0, body.length() - 1) : body));
            }
            if (!found) {
                return parts;
            }
            name = part.group(1);
            start = part.end();
        }
    }

    /** What comes before the first of a file's {@link #parts}: all of it when it has none. */
    static Template beforeParts(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher part = PART.matcher(text);
        return new Template(file.toString(), part.find() ? text.substring(0, part.start()) : text);
    }

    /** The names of its {@code {{@name}}} holes, the values it needs. */
    Set<String> valueNames() {
        Set<String> names = new LinkedHashSet<>();
        Matcher hole = HOLE.matcher(text);
        while (hole.find()) {
            if (!hole.group(1).isEmpty()) {
                names.add(hole.group(2));
            }
        }
        return names;
    }

    /** The markup with every hole filled: {@code {{key}}} by {@code texts}, {@code {{@name}}} from {@code values}. */
    String fill(Function<String, String> texts, Map<String, String> values) {
        Matcher hole = HOLE.matcher(text);
        MarkupScanner markup = new MarkupScanner(text);
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (hole.find()) {
            out.append(text, done, hole.start());
            done = hole.end();
            String name = hole.group(2);
            String filling;
            if (hole.group(1).isEmpty()) {
                filling = texts.apply(name);
            } else {
                filling = values.get(name);
                if (filling == null) {
                    throw new IllegalArgumentException(source + " uses {{@" + name + "}}, a value the builder does not supply here");
                }
            }
            MarkupScanner.Place place = markup.placeAt(hole.start());
            if (filling.isEmpty()) {
                done = dropEmpty(place, out, done);
            }
            out.append(switch (place) {
                case TEXT -> indented(filling, out);
                case ATTRIBUTE_VALUE -> asAttribute(filling, name);
                case TAG -> asAttributes(filling, name, hole.group(1));
            });
        }
        out.append(text, done, text.length());
        int stray = out.indexOf("{{");
        if (stray >= 0) {
            throw new IllegalArgumentException(source + ": '{{' that opens no {{key}} or {{@name}}: "
                    + out.substring(stray, Math.min(out.length(), stray + 30)));
        }
        return out.toString();
    }

    /**
     * Where an empty filling leaves nothing but blanks: alone on its line in text, that line; in a tag, the space
     * before it. Returns where the template goes on from.
     */
    private int dropEmpty(MarkupScanner.Place place, StringBuilder out, int done) {
        int lineStart = out.lastIndexOf("\n") + 1;
        boolean aloneOnItsLine = out.substring(lineStart).isBlank() && text.startsWith("\n", done);
        if (place == MarkupScanner.Place.TEXT && aloneOnItsLine) {
            out.setLength(lineStart);
            return done + 1;
        }
        if (place == MarkupScanner.Place.TAG && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return done;
    }

    /** A hole in a tag outside any value: only a builder's value, and only attributes. */
    private String asAttributes(String filling, String name, String at) {
        if (at.isEmpty() || !ATTRIBUTES.matcher(filling).matches()) {
            throw new IllegalArgumentException(source + " puts '" + name + "' in a tag outside any attribute value,"
                    + " where only {{@name}} filled with attributes may stand; put words in a value, e.g. title=\"{{"
                    + at + name + "}}\"" + (at.isEmpty() ? "" : ": " + filling));
        }
        return filling.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private String asAttribute(String filling, String name) {
        if (filling.contains("<") || filling.contains(">") || filling.contains("\"")) {
            throw new IllegalArgumentException(source + " puts '" + name + "' in an attribute, so it cannot hold markup or quotes: " + filling);
        }
        return filling.replaceAll("\\s*\\n\\s*", " ");
    }

    /** Continuation lines get the indentation of the line the hole is on. */
    private static String indented(String filling, StringBuilder out) {
        int lineStart = out.lastIndexOf("\n") + 1;
        int indent = lineStart;
        while (indent < out.length() && out.charAt(indent) == ' ') {
            indent++;
        }
        return filling.replace("\n", "\n" + " ".repeat(indent - lineStart)).replaceAll(" +\\n", "\n");
    }
}

package net.scratchnet.words;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.json.Json;

/**
 * A {@link Problem} with its values: what the core says to a reader, in any language. The command line and the
 * JVM's tests read {@link #english()}; the page gets {@link #json()}, {problem, values, message}, and words it in
 * its own language ({@code webapp/js/core-words.js}).
 *
 * <p>A value is a whole number (the page writes it its own way, e.g. with digit grouping), a text (a word of a
 * spec, a file name, a decimal as Java writes it, kept exactly), a list of texts (the words a spec may use: the
 * page joins them as its language joins a list, English with ", ", Chinese with "、"), or another message (the
 * reason inside a reason, e.g. why a model file's spec is invalid).
 */
public final class Message {
    private static final Pattern VALUE = Pattern.compile("\\{([a-zA-Z][\\w.-]*)}");

    /** What went wrong. */
    private final Problem problem;
    /** The {name}s of the problem's text, in the order it names them. */
    private final String[] names;
    /** The value of each of {@link #names}: an Integer, a Long, a String, a String[] (a list) or a Message. */
    private final Object[] values;

    /**
     * (Arrays rather than a map: the core in the browser then needs no map classes for its messages.)
     *
     * @param namesAndValues name, value, name, value...: the names the problem's English names, in its order; a
     *                       float or double becomes its text (so that no page rounds it); a String[] stays a list
     * @throws IllegalArgumentException (a programmer's error) when the names differ from the text's
     */
    public Message(Problem problem, Object... namesAndValues) {
        this.problem = problem;
        this.names = new String[namesAndValues.length / 2];
        this.values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object value = namesAndValues[2 * i + 1];
            boolean kept = value instanceof Integer || value instanceof Long || value instanceof Message;
            names[i] = (String) namesAndValues[2 * i];
            values[i] = value instanceof String[] items ? items.clone() : kept ? value : String.valueOf(value);
        }
        if (namesAndValues.length % 2 != 0 || !names(problem.english()).equals(List.of(names))) {
            throw new IllegalArgumentException("the text '" + problem.key() + "' names " + names(problem.english())
                    + " in this order, not " + List.of(names));
        }
    }

    /**
     * What {@code thrown} tells a reader: its message when it carries one ({@link Explained}); else its English,
     * as {@link Problem.UNEXPECTED} (an error of the core's own, which no translation can foresee).
     */
    public static Message of(Throwable thrown) {
        if (thrown instanceof Explained explained) {
            return explained.explanation();
        }
        return untranslated(String.valueOf(thrown.getMessage()));
    }

    public Problem problem() {
        return problem;
    }

    /** The English text with its values filled in, as the command line prints it. */
    public String english() {
        String template = problem.english();
        Matcher name = VALUE.matcher(template);
        StringBuilder text = new StringBuilder();
        int copied = 0;   // (Matcher.appendReplacement is missing from TeaVM's class library)
        for (int i = 0; name.find(); i++) {
            Object value = values[i];
            text.append(template, copied, name.start()).append(value instanceof Message inner ? inner.english()
                    : value instanceof String[] items ? String.join(", ", items) : String.valueOf(value));
            copied = name.end();
        }
        return text.append(template, copied, template.length()).toString();
    }

    /**
     * An error of the core's own that reaches the page in a message's place (a page script called it wrongly, the
     * site served a wrong file): said in English, as {@link Problem#UNEXPECTED}.
     */
    public static Message untranslated(String english) {
        return Problem.UNEXPECTED.with("detail", english);
    }

    /**
     * {problem: key, values: {name: number, text, [texts] or {problem, values}}, message: the English}, for the
     * page.
     */
    public String json() {
        return toJson().toString();
    }

    /** {@link #json()} as an object, to put inside a larger answer. */
    public Json toJson() {
        return object(true);
    }

    private Json object(boolean withEnglish) {
        Json named = new Json();
        for (int i = 0; i < names.length; i++) {
            if (values[i] instanceof Message inner) {
                named.put(names[i], inner.object(false));
            } else if (values[i] instanceof Integer number) {
                named.put(names[i], (int) number);
            } else if (values[i] instanceof Long number) {
                named.put(names[i], (long) number);
            } else if (values[i] instanceof String[] items) {
                named.put(names[i], items);
            } else {
                named.put(names[i], (String) values[i]);
            }
        }
        Json json = new Json().put("problem", problem.key()).put("values", named);
        return withEnglish ? json.put("message", english()) : json;
    }

    /** The {name}s a text names, in its order. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher value = VALUE.matcher(text);
        while (value.find()) {
            names.add(value.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return english();
    }
}

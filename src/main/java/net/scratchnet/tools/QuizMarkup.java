package net.scratchnet.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of a chapter body (the check of understanding, run in the page by {@code js/learn/quiz.js}),
 * read from its template so that a question the page could not mark is refused when the site is built.
 *
 * <p>A question is a {@code <section class="quiz" id="quiz-SLUG-N">}, numbered 1, 2, 3 ... in the body's order,
 * of one of two kinds:
 * <ul>
 * <li>multiple choice, {@code data-answer="X"}: radio inputs {@code name="quiz-SLUG-N"} with distinct values,
 *     X one of them, and for each value V one {@code <p class="quiz-why" data-option="V">}, why V is right or
 *     wrong;</li>
 * <li>a number, {@code data-tolerance="T"} (T &gt; 0, how far from the exact value an answer may be): one
 *     {@code <input class="quiz-number">}, and the two explanations {@code data-option="right"} (the working)
 *     and {@code data-option="wrong"} (a hint). The exact value comes from the core, in the chapter's script.</li>
 * </ul>
 */
final class QuizMarkup {
    private static final Pattern SECTION = Pattern.compile("<section\\b([^>]*\\bclass=\"quiz\"[^>]*)>(.*?)</section>", Pattern.DOTALL);
    private static final Pattern RADIO = Pattern.compile("<input\\b[^>]*\\btype=\"radio\"[^>]*>");
    private static final Pattern NUMBER_INPUT = Pattern.compile("<input\\b[^>]*\\bclass=\"quiz-number\"[^>]*>");
    private static final Pattern WHY = Pattern.compile("<p\\b[^>]*\\bclass=\"quiz-why\"[^>]*>");

    private QuizMarkup() {
    }

    /**
     * The ids of the questions of chapter {@code slug}'s body, in order.
     *
     * @param source where the body was read from, for messages
     * @throws IllegalArgumentException naming the file and the question when one breaks a rule above
     */
    static List<String> questionIds(String slug, String body, String source) {
        List<String> ids = new ArrayList<>();
        Matcher section = SECTION.matcher(body);
        while (section.find()) {
            String expected = "quiz-" + slug + "-" + (ids.size() + 1);
            String id = attribute(section.group(1), "id");
            String where = source + ", question " + (id == null ? "#" + (ids.size() + 1) : id);
            if (!expected.equals(id)) {
                throw new IllegalArgumentException(where + ": its id must be " + expected + " (quiz-SLUG-N, numbered in the body's order)");
            }
            String answer = attribute(section.group(1), "data-answer");
            String tolerance = attribute(section.group(1), "data-tolerance");
            if ((answer == null) == (tolerance == null)) {
                throw new IllegalArgumentException(where + ": a question has either data-answer (multiple choice) or data-tolerance (a number)");
            }
            Set<String> explained = explainedOptions(section.group(2), where);
            if (answer != null) {
                checkChoice(section.group(2), id, answer, explained, where);
            } else {
                checkNumber(section.group(2), tolerance, explained, where);
            }
            ids.add(id);
        }
        return ids;
    }

    private static void checkChoice(String question, String id, String answer, Set<String> explained, String where) {
        Set<String> options = new TreeSet<>();
        Matcher radio = RADIO.matcher(question);
        while (radio.find()) {
            if (!id.equals(attribute(radio.group(), "name"))) {
                throw new IllegalArgumentException(where + ": its options' name must be " + id + ": " + radio.group());
            }
            String value = attribute(radio.group(), "value");
            if (value == null || !options.add(value)) {
                throw new IllegalArgumentException(where + ": each option needs a value of its own: " + radio.group());
            }
        }
        if (options.size() < 2) {
            throw new IllegalArgumentException(where + ": a multiple-choice question needs at least two options, it has " + options);
        }
        if (!options.contains(answer)) {
            throw new IllegalArgumentException(where + ": its answer '" + answer + "' is not one of its options " + options);
        }
        if (!explained.equals(options)) {
            throw new IllegalArgumentException(where + ": every option needs exactly one explanation (p class=\"quiz-why\" data-option=...):"
                    + " the options are " + options + ", the explanations are for " + explained);
        }
    }

    private static void checkNumber(String question, String tolerance, Set<String> explained, String where) {
        double value;
        try {
            value = Double.parseDouble(tolerance);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0)) {
            throw new IllegalArgumentException(where + ": data-tolerance must be a number above 0, not '" + tolerance + "'");
        }
        Matcher input = NUMBER_INPUT.matcher(question);
        if (!input.find() || input.find()) {
            throw new IllegalArgumentException(where + ": a number question has exactly one <input class=\"quiz-number\">");
        }
        if (!explained.equals(Set.of("right", "wrong"))) {
            throw new IllegalArgumentException(where + ": a number question explains data-option=\"right\" (the working) and"
                    + " data-option=\"wrong\" (a hint), once each; it explains " + explained);
        }
    }

    /** The options the question's quiz-why paragraphs explain; each once. */
    private static Set<String> explainedOptions(String question, String where) {
        Set<String> explained = new TreeSet<>();
        Matcher why = WHY.matcher(question);
        while (why.find()) {
            String option = attribute(why.group(), "data-option");
            if (option == null || !explained.add(option)) {
                throw new IllegalArgumentException(where + ": each explanation names an option of its own in data-option: " + why.group());
            }
        }
        return explained;
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : null;
    }
}

package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.activation.Activations;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.Padding;
import net.scratchnet.layer.Shape;
import net.scratchnet.lesson.BackpropTrace;
import net.scratchnet.lesson.ClassifierJudge;
import net.scratchnet.lesson.LossReadout;
import net.scratchnet.lesson.OverfitRace;
import net.scratchnet.lesson.ParameterCounts;
import net.scratchnet.lesson.StartingWeights;
import net.scratchnet.lesson.StepNetwork;
import net.scratchnet.math.Softmax;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.neuron.Neuron;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The check of understanding in headless Chromium, on the first chapter's questions: an answer right or wrong
 * shows the explanation of that answer, a number is judged against the core's value with the stated tolerance,
 * answers right are remembered across a reload and mark the chapter done on the index, and a browser whose
 * storage throws still runs the questions.
 */
class QuizInChromiumIT {
    /** Chapter 1's number question, as neuron.js asks it: a sigmoid neuron with these inputs, weights and bias. */
    private static final float[] INPUTS = {0.5f, -1f, 2f};
    private static final float[] WEIGHTS = {0.8f, 0.4f, -0.3f};
    private static final float BIAS = 0.1f;

    /**
     * The value of every number question of the course, computed here on the JVM by the same core classes the
     * chapters' scripts call, for the numbers the scripts give (a chapter's script and this list name the same
     * inputs: a new number question adds its line).
     */
    private static final Map<String, Double> EXACT = Map.ofEntries(
            Map.entry("quiz-neuron-1", (double) Neuron.output(WEIGHTS, INPUTS, BIAS, Activations.byName("sigmoid"))),
            Map.entry("quiz-activations-2", (double) softmax(3, 1, 0.5f)[0]),
            Map.entry("quiz-layers-2", (double) last(ParameterCounts.of(NetworkSpec.parse("784-30-10")))),
            Map.entry("quiz-loss-1", (double) LossReadout.losses(new float[] {0.2f, 0.7f, 0.1f}, 0)[1]),
            Map.entry("quiz-backpropagation-1", firstOf("dW2", BackpropTrace.trace(0.9f, 0.3f, 1, 3))),
            Map.entry("quiz-convolutions-1", (double) Conv2D.outputShape(new Shape(1, 28, 28), 3, 1, 2, Padding.VALID).height()),
            Map.entry("quiz-convolutions-3", (double) Conv2D.parameterCount(new Shape(16, 12, 12), 5, 32)),
            Map.entry("quiz-initialisation-2", (double) StartingWeights.XAVIER.limit(784, 30)),
            Map.entry("quiz-approximation-1", (double) StepNetwork.stepPosition(40, -12)),
            Map.entry("quiz-overfitting-2", (double) OverfitRace.decayStep(0.5f, 0f)),
            Map.entry("quiz-judging-1", (double) weakestPrecision()));

    /** Judging's first question: the lowest precision of the shipped 784-128-10 on MNIST's 10,000 test images. */
    private static float weakestPrecision() {
        try {
            float[] precision = ClassifierJudge.precision(JudgingInChromiumIT.judgeOnTheJvm("mnist-128").result().confusion());
            return precision[JudgingInChromiumIT.weakest(precision)];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);

    @BeforeEach
    void forgetProgress() {
        browser.open("index.html");
        browser.script("localStorage.clear()");
    }

    /**
     * Every question of every chapter: a wrong answer (another option; a number three tolerances off) is
     * explained as wrong, the right one (the option of data-answer; the JVM's value) accepted, and once all are
     * right the index marks every chapter done.
     */
    @Test
    void everyQuestionAcceptsItsRightAnswerAndExplainsAWrongOne() {
        int questions = 0;
        for (String chapter : CourseInChromiumIT.CHAPTERS) {
            browser.open(chapter + ".html");
            // A number question's Check waits for its value from the core (judging's, for 10,000 test images).
            browser.waitUntil(Duration.ofSeconds(90), "[...document.querySelectorAll('.quiz-check')].every(b => !b.disabled)");
            List<?> ids = (List<?>) browser.script("return [...document.querySelectorAll('section.quiz')].map(s => s.id)");
            assertTrue(ids.size() >= 2 && ids.size() <= 4, chapter + " should ask 2 to 4 questions, it asks " + ids);
            for (Object id : ids) {
                String question = (String) id;
                String answer = (String) browser.script("return document.getElementById(arguments[0]).dataset.answer ?? null", question);
                if (answer != null) {
                    String wrong = (String) browser.script("return [...document.querySelectorAll('#' + arguments[0] + ' input[type=radio]')]"
                            + ".map(r => r.value).find(v => v !== arguments[1])", question, answer);
                    choose(question, wrong);
                    assertEquals("wrong", verdict(question), question + ": option " + wrong);
                    assertEquals(List.of(wrong), shownExplanations(question), question);
                    choose(question, answer);
                } else {
                    assertTrue(EXACT.containsKey(question), question + " is a number question without its JVM value in EXACT");
                    double tolerance = Double.parseDouble((String) browser.script("return document.getElementById(arguments[0]).dataset.tolerance", question));
                    type(question, EXACT.get(question) + 3 * tolerance);
                    assertEquals("wrong", verdict(question), question + ": three tolerances off");
                    assertEquals(List.of("wrong"), shownExplanations(question), question);
                    type(question, EXACT.get(question));
                }
                assertEquals("right", verdict(question), question + ": its right answer");
                questions++;
            }
            assertEquals(List.of(), browser.pageErrors(), chapter);
        }
        browser.open("index.html");
        assertEquals(CourseInChromiumIT.CHAPTERS.stream().map(c -> c + ".html").toList(), doneChapters());
        assertTrue(questions >= 2 * CourseInChromiumIT.CHAPTERS.size());
    }

    @Test
    void aWrongChoiceExplainsItselfAndTheRightOneExplainsEveryOption() {
        browser.open("neuron.html");
        browser.click("#quiz-neuron-2 .quiz-check");
        assertEquals("choose", verdict("quiz-neuron-2"), "checking with nothing chosen asks for a choice");

        browser.click("#quiz-neuron-2 input[value='zero']");
        browser.click("#quiz-neuron-2 .quiz-check");
        assertEquals("wrong", verdict("quiz-neuron-2"));
        assertEquals(List.of("zero"), shownExplanations("quiz-neuron-2"), "a wrong choice shows why it is wrong, and only that");
        assertTrue(explanation("quiz-neuron-2", "zero").contains("the bias is still added"), explanation("quiz-neuron-2", "zero"));

        browser.click("#quiz-neuron-2 input[value='bias']");
        browser.click("#quiz-neuron-2 .quiz-check");
        assertEquals("right", verdict("quiz-neuron-2"));
        assertEquals(List.of("zero", "bias", "half"), shownExplanations("quiz-neuron-2"), "once right, why every option is right or wrong");
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void theKeyboardAloneChoosesAndChecks() {
        browser.open("neuron.html");
        browser.type("#quiz-neuron-3 input[value='holds-back']", Keys.SPACE);
        browser.type("#quiz-neuron-3 input[value='holds-back']", Keys.ENTER);
        assertEquals("right", verdict("quiz-neuron-3"));
        browser.type("#quiz-neuron-3 input[value='holds-back']", Keys.ARROW_DOWN, Keys.ENTER);
        assertEquals("wrong", verdict("quiz-neuron-3"), "the arrow moved the choice on to the next option");
        assertEquals(List.of("ignored"), shownExplanations("quiz-neuron-3"));
    }

    @Test
    void aNumberIsRightWithinTheToleranceOfTheCoresValueAndWrongOutsideIt() {
        double output = EXACT.get("quiz-neuron-1");
        browser.open("neuron.html");
        assertEquals("(0.5, −1.0, 2.0)", browser.script("return document.querySelector('#quiz-neuron-1 [data-value=x]').textContent"),
                "the question shows the numbers the answer was computed from");
        double tolerance = Double.parseDouble((String) browser.script("return document.getElementById('quiz-neuron-1').dataset.tolerance"));

        answer(String.format(Locale.ROOT, "%.4f", output + 1.5 * tolerance));
        assertEquals("wrong", verdict("quiz-neuron-1"), "1.5 tolerances away is wrong");
        assertEquals(List.of("wrong"), shownExplanations("quiz-neuron-1"));

        answer("abc");
        assertEquals("unreadable", verdict("quiz-neuron-1"));

        String shortForm = String.format(Locale.ROOT, "%.4f", output + 0.8 * tolerance).substring(1);   // ".3855": no leading 0
        answer(shortForm);
        assertEquals("right", verdict("quiz-neuron-1"), shortForm + " is within the tolerance of " + output);
        assertEquals(List.of("right"), shownExplanations("quiz-neuron-1"));
        assertTrue(explanation("quiz-neuron-1", "right").contains(String.format(Locale.ROOT, "%.3f", output)),
                "the working ends in the core's value: " + explanation("quiz-neuron-1", "right"));

        answer(String.format(Locale.ROOT, "%.4f", output).replace('.', ','));
        assertEquals("right", verdict("quiz-neuron-1"), "a decimal comma reads too");
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void answersRightSurviveAReloadAndMarkTheChapterDoneOnTheIndex() {
        browser.open("neuron.html");
        answerAllOfChapterOne();
        browser.open("neuron.html");
        assertEquals("before", verdict("quiz-neuron-2"), "after a reload the question says it was answered right");

        browser.open("index.html");
        assertEquals(List.of("neuron.html"), doneChapters());
        browser.click(".progress-reset summary");
        browser.click("#progress-reset");
        assertEquals(List.of(), doneChapters(), "reset forgets every answer");
        browser.open("index.html");
        assertEquals(List.of(), doneChapters());
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void aStorageThatThrowsLeavesTheQuestionsWorking() throws Exception {
        String[] brokenStorages = {
            "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });",
            "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
            "Storage.prototype.getItem = function () { return '{not json'; };",
        };
        for (String broken : brokenStorages) {
            try (AutoCloseable storage = browser.beforeEveryPage(broken)) {
                browser.open("neuron.html");
                assertEquals("", browser.text("chapter-status"), broken);
                answerAllOfChapterOne();
                browser.open("index.html");
                assertEquals(List.of(), doneChapters(), broken);
                assertEquals(List.of(), browser.pageErrors(), broken);
            }
        }
    }

    private static void choose(String question, String option) {
        browser.click("#" + question + " input[value='" + option + "']");
        browser.click("#" + question + " .quiz-check");
    }

    private static void type(String question, double value) {
        type(question, String.format(Locale.ROOT, "%.6f", value));
    }

    /** Types {@code text} into a number question, in place of what was there, and presses Enter. */
    private static void type(String question, String text) {
        browser.script("document.querySelector('#' + arguments[0] + ' .quiz-number').value = ''", question);
        browser.type("#" + question + " .quiz-number", text, Keys.ENTER);
    }

    private static float[] softmax(float... scores) {
        float[] probabilities = new float[scores.length];
        Softmax.apply(scores, probabilities);
        return probabilities;
    }

    private static int last(int[] values) {
        return values[values.length - 1];
    }

    /** The first number of the array {@code name} in a lesson's JSON. */
    private static double firstOf(String name, String json) {
        Matcher array = Pattern.compile("\"" + name + "\":\\[([^,\\]]+)").matcher(json);
        assertTrue(array.find(), name + " in " + json);
        return Double.parseDouble(array.group(1));
    }

    private static void answerAllOfChapterOne() {
        answer(String.format(Locale.ROOT, "%.3f", EXACT.get("quiz-neuron-1")));
        assertEquals("right", verdict("quiz-neuron-1"));
        for (String[] choice : new String[][] {{"quiz-neuron-2", "bias"}, {"quiz-neuron-3", "holds-back"}}) {
            choose(choice[0], choice[1]);
            assertEquals("right", verdict(choice[0]));
        }
    }

    private static void answer(String text) {
        type("quiz-neuron-1", text);
    }

    private static String verdict(String question) {
        return (String) browser.script("return document.querySelector('#' + arguments[0] + ' .quiz-verdict').dataset.verdict ?? ''", question);
    }

    private static List<?> shownExplanations(String question) {
        return (List<?>) browser.script("return [...document.querySelectorAll('#' + arguments[0] + ' .quiz-why')]"
                + ".filter(p => getComputedStyle(p).display !== 'none').map(p => p.dataset.option)", question);
    }

    private static String explanation(String question, String option) {
        return (String) browser.script("return document.querySelector('#' + arguments[0] + ' .quiz-why[data-option=\"' + arguments[1] + '\"]').textContent",
                question, option);
    }

    private static List<?> doneChapters() {
        return (List<?>) browser.script("return [...document.querySelectorAll('.chapter-list li.done a')].map(a => a.getAttribute('href'))");
    }
}

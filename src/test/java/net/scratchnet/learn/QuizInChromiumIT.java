package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import net.scratchnet.activation.Activations;
import net.scratchnet.neuron.Neuron;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    private static CourseBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = CourseBrowser.start(1280, 1600);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void forgetProgress() {
        browser.open("index.html");
        browser.script("localStorage.clear()");
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
        float output = Neuron.output(WEIGHTS, INPUTS, BIAS, Activations.byName("sigmoid"));
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

    private static void answerAllOfChapterOne() {
        answer(String.format(Locale.ROOT, "%.3f", Neuron.output(WEIGHTS, INPUTS, BIAS, Activations.byName("sigmoid"))));
        assertEquals("right", verdict("quiz-neuron-1"));
        for (String[] choice : new String[][] {{"quiz-neuron-2", "bias"}, {"quiz-neuron-3", "holds-back"}}) {
            browser.click("#" + choice[0] + " input[value='" + choice[1] + "']");
            browser.click("#" + choice[0] + " .quiz-check");
            assertEquals("right", verdict(choice[0]));
        }
    }

    /** Types {@code text} into chapter 1's number question, in place of what was there, and presses Enter. */
    private static void answer(String text) {
        browser.script("document.querySelector('#quiz-neuron-1 .quiz-number').value = ''");
        browser.type("#quiz-neuron-1 .quiz-number", text, Keys.ENTER);
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

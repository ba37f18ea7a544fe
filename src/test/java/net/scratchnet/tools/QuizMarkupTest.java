package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder refuses a question the page could not mark, naming the file and the question. */
class QuizMarkupTest {
    private static final String CHOICE = """
            <section class="quiz" id="quiz-alpha-1" data-answer="b">
              <fieldset>
                <legend>{{q1}}</legend>
                <label><input type="radio" name="quiz-alpha-1" value="a"> <span>{{q1.a}}</span></label>
                <label><input type="radio" name="quiz-alpha-1" value="b"> <span>{{q1.b}}</span></label>
              </fieldset>
              <p class="quiz-why" data-option="a">{{q1.a.why}}</p>
              <p class="quiz-why" data-option="b">{{q1.b.why}}</p>
            </section>
            """;
    private static final String NUMBER = """
            <section class="quiz" id="quiz-alpha-2" data-tolerance="0.005">
              <p class="quiz-question" id="quiz-alpha-2-question">{{q2}}</p>
              <input class="quiz-number" type="text" inputmode="decimal" aria-labelledby="quiz-alpha-2-question">
              <p class="quiz-why" data-option="right">{{q2.right}}</p>
              <p class="quiz-why" data-option="wrong">{{q2.wrong}}</p>
            </section>
            """;

    @Test
    void wellFormedQuestionsAreListedInOrder() {
        assertEquals(List.of("quiz-alpha-1", "quiz-alpha-2"), QuizMarkup.questionIds("alpha", "<p>x</p>\n" + CHOICE + NUMBER, "alpha.html"));
        assertEquals(List.of(), QuizMarkup.questionIds("alpha", "<section class=\"widget\"></section>", "alpha.html"));
    }

    @Test
    void anAnswerThatIsNoneOfTheOptionsIsRefused() {
        assertEquals("alpha.html, question quiz-alpha-1: its answer 'c' is not one of its options [a, b]",
                failure(CHOICE.replace("data-answer=\"b\"", "data-answer=\"c\"")));
    }

    @Test
    void everyOptionNeedsItsOwnExplanation() {
        assertTrue(failure(CHOICE.replace("<p class=\"quiz-why\" data-option=\"b\">{{q1.b.why}}</p>", ""))
                .contains("every option needs exactly one explanation"));
        assertTrue(failure(CHOICE.replace("data-option=\"b\"", "data-option=\"a\"")).contains("each explanation names an option of its own"));
        assertTrue(failure(CHOICE.replace("name=\"quiz-alpha-1\" value=\"b\"", "name=\"quiz-alpha-1\" value=\"a\"")).contains("a value of its own"));
        assertTrue(failure(CHOICE.replace("name=\"quiz-alpha-1\" value=\"b\"", "name=\"other\" value=\"b\"")).contains("options' name must be quiz-alpha-1"));
    }

    @Test
    void questionsAreNumberedInOrderAndAreOfOneKind() {
        assertTrue(failure(NUMBER).contains("its id must be quiz-alpha-1"), "the first question is number 1");
        assertTrue(failure(CHOICE.replace("data-answer=\"b\"", "data-answer=\"b\" data-tolerance=\"1\"")).contains("either data-answer"));
    }

    @Test
    void aNumberQuestionHasAToleranceAnInputAndBothExplanations() {
        String number = NUMBER.replace("quiz-alpha-2", "quiz-alpha-1");
        assertTrue(failure(number.replace("0.005", "0")).contains("data-tolerance must be a number above 0, not '0'"));
        assertTrue(failure(number.replace("class=\"quiz-number\"", "class=\"other\"")).contains("exactly one <input class=\"quiz-number\">"));
        assertTrue(failure(number.replace("data-option=\"wrong\"", "data-option=\"hint\"")).contains("it explains [hint, right]"));
    }

    @Test
    void theIndexListsEachChaptersQuestionsForItsProgressMarks() throws IOException {
        Map<Path, String> pages = new CourseSite(Path.of("src/course"), Path.of("src/site/pages/languages.html"), Path.of("src/main/java"), Path.of("webapp")).build();
        assertTrue(pages.get(Path.of("learn/index.html")).contains(
                "<li data-questions=\"quiz-neuron-1 quiz-neuron-2 quiz-neuron-3\"><a href=\"neuron.html\">"), pages.get(Path.of("learn/index.html")));
    }

    private static String failure(String body) {
        return assertThrows(IllegalArgumentException.class, () -> QuizMarkup.questionIds("alpha", body, "alpha.html")).getMessage();
    }
}

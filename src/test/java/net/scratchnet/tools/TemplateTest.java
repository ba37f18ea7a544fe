package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a hole is decides how it is filled: that must come from the markup, not from a guess. */
class TemplateTest {
    private static final String TWO_LINES = "first line\nsecond line";

    private static String fill(String markup, Map<String, String> values) {
        return new Template("test", markup).fill(key -> TWO_LINES, values);
    }

    @Test
    void aHoleInTextKeepsItsLinesAfterALiteralLessThan() {
        assertEquals("  <p>\n    first line\n    second line", fill("  <p>\n    {{key}}", Map.of()));
        assertEquals("<p>1 < 2, so first line\nsecond line</p>", fill("<p>1 < 2, so {{key}}</p>", Map.of()));
    }

    @Test
    void aHoleInAnAttributeValueIsOneLineAfterALiteralGreaterThan() {
        assertEquals("<p title=\"a > b: first line second line\">", fill("<p title=\"a > b: {{key}}\">", Map.of()));
        IllegalArgumentException markup = assertThrows(IllegalArgumentException.class,
                () -> fill("<p title='a > b: {{@value}}'>", Map.of("value", "<b>bold</b>")));
        assertTrue(markup.getMessage().contains("in an attribute"), markup.getMessage());
    }

    @Test
    void whatAHoleIsFilledWithDoesNotMoveTheNextOne() {
        assertEquals("<p>x < y first line\nsecond line</p>", fill("<p>{{@value}} {{key}}</p>", Map.of("value", "x < y")));
    }

    @Test
    void scriptsAndCommentsAreText() {
        assertEquals("<script>if (a<b) x();</script><!-- <p title=\" -->first line\nsecond line",
                fill("<script>if (a<b) x();</script><!-- <p title=\" -->{{key}}", Map.of()));
    }

    @Test
    void aTagTakesAttributesFromTheBuilderButNeverWordsOrMarkup() {
        assertEquals("<span id=\"pad-hint\" aria-live=\"polite\" class=\"hint\">",
                fill("<span {{@attributes}} class=\"hint\">", Map.of("attributes", "id=\"pad-hint\"\n  aria-live=\"polite\"")));
        assertEquals("<div hidden>", fill("<div {{@attributes}}>", Map.of("attributes", "hidden")));
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class, () -> fill("<div {{key}}>", Map.of()));
        assertTrue(words.getMessage().contains("outside any attribute value"), words.getMessage());
        IllegalArgumentException markup = assertThrows(IllegalArgumentException.class,
                () -> fill("<div {{@attributes}}>", Map.of("attributes", "id=\"x\"><script>alert(1)</script")));
        assertTrue(markup.getMessage().contains("only {{@name}} filled with attributes"), markup.getMessage());
    }

    @Test
    void anEmptyFillingLeavesNoBlankLineAndNoStraySpace() {
        assertEquals("<div>\n  <canvas\n          id=\"pad\"></canvas>\n</div>",
                fill("<div>\n  {{@above}}\n  <canvas {{@attributes}}\n          id=\"pad\"></canvas>\n</div>",
                        Map.of("above", "", "attributes", "")));
        assertEquals("<p>a  b</p>", fill("<p>a {{@nothing}} b</p>", Map.of("nothing", "")), "in running text the spaces stay");
    }
}

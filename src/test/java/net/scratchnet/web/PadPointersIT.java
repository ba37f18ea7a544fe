package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.browser.MainPageSession;
import net.scratchnet.browser.PadPointer;
import net.scratchnet.browser.PadPointer.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mouse, finger and pen on the main page's pad, as Chromium's input pipeline delivers them: the same shape
 * gives the network the same image whatever draws it, a second finger resting on the pad draws nothing, and
 * a drawing finger never scrolls the page.
 */
class PadPointersIT {
    /** A "4" in CSS pixels of a pad at least 250 wide: the arm and the bar, then the stem. */
    private static final List<List<double[]>> FOUR = List.of(
            List.of(new double[] {130, 40}, new double[] {100, 90}, new double[] {70, 150}, new double[] {185, 150}),
            List.of(new double[] {150, 80}, new double[] {150, 140}, new double[] {152, 220}));

    @RegisterExtension
    static final MainPageSession SESSION = new MainPageSession(1280, 1000);
    private static Chromium chromium;
    private static MainPage page;
    private static PadPointer pad;

    @BeforeAll
    static void start() {
        chromium = SESSION.chromium();
        page = SESSION.page();
        pad = new PadPointer(chromium, "pad");
        page.openFresh("");
        pad.width();
    }

    private static List<Number> drawn(List<List<double[]>> strokes, Kind kind) {
        page.byTestId("clear").click();
        pad.draw(strokes, kind);
        return pad.networkInput();
    }

    @Test
    void aFingerAndAPenGiveTheNetworkWhatTheMouseGivesIt() {
        List<Number> mouse = drawn(FOUR, Kind.MOUSE);
        String answer = pad.prediction();
        assertEquals("4", answer);
        // The pen presses harder than the mouse but evenly, so its line is no wider; the finger has no sensor.
        for (Kind kind : new Kind[] {Kind.TOUCH, Kind.PEN}) {
            assertEquals(mouse, drawn(FOUR, kind), kind + " against the mouse: what the network sees");
            assertEquals(answer, pad.prediction(), kind + " against the mouse: the answer");
        }
    }

    @Test
    void aSecondFingerRestingOnThePadDrawsNothing() {
        List<double[]> stem = FOUR.get(1);
        List<Number> alone = drawn(List.of(stem), Kind.TOUCH);
        page.byTestId("clear").click();
        pad.drawWithASecondFingerResting(stem, new double[] {30, 230});
        assertEquals(alone, pad.networkInput());
        assertNotEquals(alone, drawn(FOUR, Kind.TOUCH), "the check can tell drawings apart");
    }

    @Test
    void drawingWithAFingerNeverScrollsThePage() {
        Number before = (Number) chromium.script("return window.scrollY;");
        // A long swipe straight down the pad and back up: on a page that let it, this would scroll.
        drawn(List.of(List.of(new double[] {140, 10}, new double[] {140, 120}, new double[] {140, 240},
                new double[] {140, 40})), Kind.TOUCH);
        assertEquals(before.doubleValue(), ((Number) chromium.script("return window.scrollY;")).doubleValue());
        assertEquals("none", chromium.script(
                "return getComputedStyle(document.getElementById('pad')).touchAction;"));
    }
}

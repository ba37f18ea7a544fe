package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import net.scratchnet.lesson.StepNetwork;
import net.scratchnet.lesson.TargetCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/** Chapter "approximation" in headless Chromium: its steps and bumps are the JVM core's, and they answer sliders, keys and the pointer. */
class ApproximationInChromiumIT {
    /** The page's sampling of [0, 1] and its starting steepness (approximation.js). */
    private static final int POINTS = 201;
    private static final float STEEPNESS = 500f;

    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);

    @Test
    void theStepStandsAtMinusBOverWAsTheCoreComputesIt() {
        browser.open("approximation.html");
        assertEquals(CourseBrowser.shown(StepNetwork.stepPosition(30, -12), 3), browser.text("step-position"));
        browser.setRange("step-b", -20);
        assertEquals(CourseBrowser.shown(StepNetwork.stepPosition(30, -20), 3), browser.text("step-position"));
        float middle = new StepNetwork(new float[] {30}, new float[] {-20}, new float[] {1}).outputs(POINTS)[POINTS / 2];
        assertEquals(CourseBrowser.shown(middle, 3), browser.text("step-middle"));
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void moreBumpsFollowTheCurveMoreCloselyAndKeysAndThePointerMoveThem() {
        browser.open("approximation.html");
        assertEquals(CourseBrowser.shown(distance(TargetCurve.WIGGLE, 5), 4), browser.text("bumps-distance"));
        assertEquals("10", browser.text("bumps-neurons"));
        browser.choose("bumps-count", "50");
        assertEquals(CourseBrowser.shown(distance(TargetCurve.WIGGLE, 50), 4), browser.text("bumps-distance"));
        assertEquals("100", browser.text("bumps-neurons"));

        String matched = browser.text("bumps-distance");
        browser.script("document.getElementById('bumps-heights').closest('details').open = true");   // the sliders' drawer
        for (int i = 0; i < 20; i++) {
            browser.press("bumps-height-1", Keys.ARROW_UP);
        }
        String raised = browser.text("bumps-distance");
        assertTrue(Double.parseDouble(raised) > Double.parseDouble(matched), "a bump moved off the curve: " + matched + " -> " + raised);

        String heights = "return [...document.querySelectorAll('#bumps-heights input')].map(s => s.value)";
        List<?> before = (List<?>) browser.script(heights);
        browser.click("#bumps-plot");   // the middle of the chart: the bump there takes the height under the pointer
        List<?> after = (List<?>) browser.script(heights);
        long moved = IntStream.range(0, before.size()).filter(k -> !before.get(k).equals(after.get(k))).count();
        assertEquals(1, moved, "one bump moved: " + before + " -> " + after);
        assertNotEquals(raised, browser.text("bumps-distance"));
        assertEquals(List.of(), browser.pageErrors());
    }

    private static float distance(TargetCurve curve, int bumps) {
        return curve.meanDistance(StepNetwork.bumps(curve.heights(bumps), STEEPNESS).outputs(POINTS));
    }

}

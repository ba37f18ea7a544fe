package net.scratchnet.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Draws strokes on a page's pad the way a hand does, through Chromium's input pipeline (CDP
 * {@code Input.dispatchMouseEvent} and {@code Input.dispatchTouchEvent}): the page gets real, trusted
 * pointer events of the chosen kind, mouse, pen or finger, with pointer capture and coalescing as usual.
 */
public final class PadPointer {
    /** The kinds of pointer a visitor draws with. */
    public enum Kind { MOUSE, PEN, TOUCH }

    /** How hard the pen presses: harder than a mouse's 0.5, evenly. */
    private static final double PEN_PRESSURE = 0.8;

    private final Chromium chromium;
    private final String padId;

    public PadPointer(Chromium chromium, String padId) {
        this.chromium = chromium;
        this.padId = padId;
    }

    /** The pad's width in CSS pixels, after scrolling it into the middle of the window (pointers need it in view). */
    public double width() {
        chromium.script("document.getElementById(arguments[0]).scrollIntoView({ block: 'center' });", padId);
        return box().get("width").doubleValue();
    }

    /**
     * Draws each stroke (points in CSS pixels from the pad's top-left corner) with one pointer of this kind:
     * down at the first point, a move to each next one, up at the last.
     */
    public void draw(List<List<double[]>> strokes, Kind kind) {
        Map<String, Number> box = box();
        double left = box.get("left").doubleValue(), top = box.get("top").doubleValue();
        for (List<double[]> stroke : strokes) {
            for (int i = 0; i < stroke.size(); i++) {
                double x = left + stroke.get(i)[0], y = top + stroke.get(i)[1];
                String phase = i == 0 ? "down" : "move";
                event(kind, phase, x, y);
            }
            double[] end = stroke.get(stroke.size() - 1);
            event(kind, "up", left + end[0], top + end[1]);
        }
    }

    /**
     * A finger draws {@code stroke} while a second finger rests on the pad at {@code resting} (CSS pixels from
     * its top-left corner), touching down just after the first and lifting just before it.
     */
    public void drawWithASecondFingerResting(List<double[]> stroke, double[] resting) {
        Map<String, Number> box = box();
        double left = box.get("left").doubleValue(), top = box.get("top").doubleValue();
        Map<String, Object> second = touchPoint(left + resting[0], top + resting[1], 2);
        // CDP takes the fingers on the glass after each change: the first, then both, then both moving.
        double[] first = stroke.get(0);
        event(Kind.TOUCH, "down", left + first[0], top + first[1]);
        for (int i = 0; i < stroke.size(); i++) {
            double[] point = stroke.get(i);
            chromium.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of(
                    "type", i == 0 ? "touchStart" : "touchMove",
                    "touchPoints", List.of(touchPoint(left + point[0], top + point[1], 1), second)));
        }
        double[] end = stroke.get(stroke.size() - 1);
        chromium.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of(
                "type", "touchEnd", "touchPoints", List.of(touchPoint(left + end[0], top + end[1], 1))));
        chromium.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    /** Waits until the page has answered what was drawn (two animation frames), and returns its answer. */
    public String prediction() {
        return (String) chromium.asyncScript(Duration.ofSeconds(10), """
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(
                  () => done(document.querySelector("[data-testid='prediction']").textContent)));""");
    }

    /** What the network sees: the preview's 28x28 grey levels (0..255, row by row), after two frames. */
    @SuppressWarnings("unchecked")
    public List<Number> networkInput() {
        return (List<Number>) chromium.asyncScript(Duration.ofSeconds(10), """
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  const preview = document.getElementById('preview');
                  const { data } = preview.getContext('2d').getImageData(0, 0, preview.width, preview.height);
                  done(Array.from(data.filter((value, i) => i % 4 === 0)));
                }));""");
    }

    private void event(Kind kind, String phase, double x, double y) {
        if (kind == Kind.TOUCH) {
            chromium.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of(
                    "type", Map.of("down", "touchStart", "move", "touchMove", "up", "touchEnd").get(phase),
                    "touchPoints", phase.equals("up") ? List.of() : List.of(touchPoint(x, y, 1))));
            return;
        }
        Map<String, Object> event = new java.util.HashMap<>(Map.of(
                "type", Map.of("down", "mousePressed", "move", "mouseMoved", "up", "mouseReleased").get(phase),
                "x", x, "y", y, "button", "left", "buttons", phase.equals("up") ? 0 : 1, "clickCount", 1,
                "pointerType", kind == Kind.PEN ? "pen" : "mouse"));
        if (kind == Kind.PEN) {
            event.put("force", phase.equals("up") ? 0 : PEN_PRESSURE);
        }
        chromium.driver().executeCdpCommand("Input.dispatchMouseEvent", event);
    }

    private static Map<String, Object> touchPoint(double x, double y, int id) {
        return Map.of("x", x, "y", y, "id", id, "radiusX", 4, "radiusY", 4, "force", 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> box() {
        return (Map<String, Number>) chromium.script("""
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                return { left: r.left, top: r.top, width: r.width };""", padId);
    }
}

package net.scratchnet.data;

import java.util.Arrays;

/**
 * Draws what the pen drew as a 28x28 image prepared the way MNIST prepared its digits, so that the same digit
 * drawn large, small, in a corner, with a thin or a thick brush gives the network nearly the same image.
 *
 * <p>MNIST's recipe (LeCun et al.): each digit's bounding box was scaled into 20x20 keeping its aspect ratio,
 * anti-aliased, and placed in 28x28 with its centre of mass at the centre. Done on a picture of the drawing,
 * this scales the pen's width together with the digit: a digit drawn small comes out two or three times as
 * thick as MNIST's. So the pad keeps the strokes, and here only their centre lines are scaled; they are drawn
 * afresh with a pen of MNIST's own width, {@link #PEN_WIDTH}.
 */
public final class StrokePreprocessor {
    /** Output width and height. */
    public static final int SIZE = DigitPreprocessor.SIZE;
    /** The longer side of the drawing's inked bounding box, centre lines plus the pen, is scaled to this. */
    public static final int BOX = DigitPreprocessor.BOX;
    /**
     * The width of MNIST's strokes in pixels of the 28x28 image, measured from MNIST itself: each training
     * digit is thinned to its skeleton and traced into strokes (the test's {@code MnistStrokes}), and the
     * strokes are drawn here again; this is the pen width at which the drawings have as much ink (the sum of
     * their pixels, 0..1 each) as the digits they came from, over 2,000 training digits. Ink divided by the
     * skeleton's length says about the same (its median is 2.2; it leaves out the round ends of the
     * strokes). {@code PenWidthTest} measures it again and fails if this drifts from it.
     */
    public static final float PEN_WIDTH = 2.3f;
    /**
     * How far the pen's width follows its pressure: at a point pressed twice as hard as the drawing's
     * average the pen is this much wider (up to 1.5 times its width, down to half of it). A mouse, and a
     * finger without a pressure sensor, press evenly (pointer events say 0.5), so they draw with
     * {@link #PEN_WIDTH} throughout; a pen pressed hard or lightly all along draws with it too.
     */
    private static final float PRESSURE_EFFECT = 0.5f;

    private StrokePreprocessor() {
    }

    /**
     * @return 28*28 values in 0..1, row by row (0 = background, 1 = full ink, as MNIST's pixel/255); all
     * zeros for a drawing with no strokes
     */
    public static float[] toInput(Strokes strokes) {
        return toInput(strokes, PEN_WIDTH);
    }

    /** {@link #toInput(Strokes)} with another pen, {@code penWidth} pixels wide: for measuring MNIST's. */
    static float[] toInput(Strokes strokes, float penWidth) {
        float[] field = new float[SIZE * SIZE];
        if (strokes.isEmpty()) {
            return field;
        }
        float left = Float.MAX_VALUE, top = Float.MAX_VALUE, right = -Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        for (int p = 0; p < strokes.pointCount(); p++) {
            left = Math.min(left, strokes.x(p));
            right = Math.max(right, strokes.x(p));
            top = Math.min(top, strokes.y(p));
            bottom = Math.max(bottom, strokes.y(p));
        }
        // Centre lines of extent L become L * scale long; with the pen's half width on either side the ink
        // then spans BOX pixels. A dot (L = 0) stays a dot of the pen's width.
        float extent = Math.max(right - left, bottom - top);
        float scale = extent > 0 ? (BOX - penWidth) / extent : 0;
        // First drawn with the box's centre on the field's centre, only to find its centre of mass ...
        float centreX = (left + right) / 2, centreY = (top + bottom) / 2;
        draw(strokes, scale, SIZE / 2f - centreX * scale, SIZE / 2f - centreY * scale, penWidth, field, SIZE);
        double mass = 0, momentX = 0, momentY = 0;
        for (int i = 0; i < field.length; i++) {
            mass += field[i];
            momentX += field[i] * (i % SIZE + 0.5);
            momentY += field[i] * (i / SIZE + 0.5);
        }
        // ... then drawn again moved by exactly what brings that centre to (14, 14): moving the strokes
        // rather than the pixels keeps the edges as sharp as MNIST's.
        float shiftX = (float) (SIZE / 2.0 - momentX / mass);
        float shiftY = (float) (SIZE / 2.0 - momentY / mass);
        Arrays.fill(field, 0);
        draw(strokes, scale, SIZE / 2f - centreX * scale + shiftX, SIZE / 2f - centreY * scale + shiftY, penWidth,
                field, SIZE);
        return field;
    }

    /**
     * Strokes drawn over an image that already is a network input (a test image put on the pad), as they
     * lie on it: a pad {@code frame} units wide and high shows the whole {@code size x size} image, and the
     * strokes are not moved or scaled further, only drawn with MNIST's pen where they are.
     *
     * @return a new image: at each pixel the darker of the image and the strokes
     */
    public static float[] drawOver(float[] image, int size, Strokes strokes, float frame) {
        if (size <= 0 || image.length != size * size) {
            throw new IllegalArgumentException("an image of " + size + "x" + size + " has " + (long) size * size
                    + " values, got " + image.length);
        }
        if (!(frame > 0) || Float.isInfinite(frame)) {
            throw new IllegalArgumentException("the pad's size must be a positive number, got " + frame);
        }
        float[] field = new float[image.length];
        draw(strokes, size / frame, 0, 0, PEN_WIDTH, field, size);
        for (int i = 0; i < field.length; i++) {
            field[i] = Math.max(field[i], image[i]);
        }
        return field;
    }

    /**
     * Draws every stroke, each point moved to {@code (offset + scale * point)}, into a {@code size x size}
     * field with a pen {@code penWidth} pixels wide: a disc swept from point to point (a stroke of one point
     * leaves a dot).
     */
    private static void draw(Strokes strokes, float scale, float offsetX, float offsetY, float penWidth,
                             float[] field, int size) {
        float averagePressure = 0;
        for (int p = 0; p < strokes.pointCount(); p++) {
            averagePressure += strokes.pressure(p) / strokes.pointCount();
        }
        int first = 0;
        for (int s = 0; s < strokes.strokeCount(); s++) {
            int last = first + strokes.length(s) - 1;
            for (int p = first; p <= Math.max(first, last - 1); p++) {
                int q = Math.min(p + 1, last);
                segment(field, size,
                        offsetX + scale * strokes.x(p), offsetY + scale * strokes.y(p),
                        radius(penWidth, strokes.pressure(p), averagePressure),
                        offsetX + scale * strokes.x(q), offsetY + scale * strokes.y(q),
                        radius(penWidth, strokes.pressure(q), averagePressure));
            }
            first = last + 1;
        }
    }

    /** Half the pen's width at a point pressed with {@code pressure}. */
    private static float radius(float penWidth, float pressure, float averagePressure) {
        float relative = averagePressure > 0 ? pressure / averagePressure : 1;
        float widening = Math.max(0.5f, Math.min(1.5f, 1 + PRESSURE_EFFECT * (relative - 1)));
        return penWidth / 2 * widening;
    }

    /**
     * The pen swept from (ax, ay) to (bx, by), its radius going from ra to rb, anti-aliased: a pixel whose
     * centre lies a distance d from the segment is covered about {@code r + 0.5 - d} of the way (fully
     * within r - 0.5 of it, not at all beyond r + 0.5), which is how much of a one-pixel square a straight
     * edge at that distance covers. Overlapping strokes do not add up: a pixel keeps its darkest coverage.
     */
    private static void segment(float[] field, int size, float ax, float ay, float ra, float bx, float by, float rb) {
        float reach = Math.max(ra, rb) + 0.5f;
        int fromX = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
        int toX = Math.min(size - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
        int fromY = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
        int toY = Math.min(size - 1, (int) Math.ceil(Math.max(ay, by) + reach));
        float dx = bx - ax, dy = by - ay;
        float lengthSquared = dx * dx + dy * dy;
        for (int y = fromY; y <= toY; y++) {
            for (int x = fromX; x <= toX; x++) {
                float px = x + 0.5f - ax, py = y + 0.5f - ay;
                // t: where along the segment (0 at a, 1 at b) the point nearest the pixel's centre lies
                float t = lengthSquared > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared)) : 0;
                float ex = px - t * dx, ey = py - t * dy;
                float distance = (float) Math.sqrt(ex * ex + ey * ey);
                float coverage = Math.min(1, ra + t * (rb - ra) + 0.5f - distance);
                if (coverage > field[y * size + x]) {
                    field[y * size + x] = coverage;
                }
            }
        }
    }
}

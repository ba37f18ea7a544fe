package net.scratchnet.data;

import net.scratchnet.words.Problem;

/**
 * A drawing as the pen made it: strokes (pen down to pen up), each a line of points through which the pen
 * passed, with the pen's pressure at each point. Checked once here, so that the renderer's loops never meet
 * a point that is not a number.
 *
 * <p>The form is the one the pad sends across from JavaScript: all points in one flat array of
 * {@code x, y, pressure} triples, and the number of points of each stroke in a second array.
 */
public final class Strokes {
    /** More points than a pad makes in minutes of drawing: a bigger drawing is a mistake, refused. */
    public static final int MAX_POINTS = 100_000;

    /** {@code x, y, pressure} of every point, stroke after stroke; x to the right, y down, in any unit. */
    private final float[] points;
    /** {@code lengths[s]}: how many points stroke {@code s} has (at least one: a tap is a dot). */
    private final int[] lengths;

    private Strokes(float[] points, int[] lengths) {
        this.points = points;
        this.lengths = lengths;
    }

    /**
     * @param points  {@code x, y, pressure} triples; pressure 0..1 as pointer events report it (a mouse or a
     *                finger without a pressure sensor says 0.5 while pressed)
     * @param lengths points per stroke, in order
     * @throws IllegalArgumentException naming what is wrong: too many points (a long scribble: the reader's, so
     *                                  in words for any language, {@link Problem#DRAWING_TOO_MANY_POINTS}); counts
     *                                  that do not add up, an empty stroke, a coordinate that is not a finite
     *                                  number, a pressure outside 0..1 (the pad's script's errors, in English)
     */
    public static Strokes of(float[] points, int[] lengths) {
        if (points.length % 3 != 0) {
            throw new IllegalArgumentException("points come as x, y, pressure: " + points.length
                    + " numbers are not a whole number of points");
        }
        int count = points.length / 3;
        if (count > MAX_POINTS) {
            throw Problem.DRAWING_TOO_MANY_POINTS.refuse("count", count, "most", MAX_POINTS);
        }
        long total = 0;
        for (int s = 0; s < lengths.length; s++) {
            if (lengths[s] <= 0) {
                throw new IllegalArgumentException("stroke " + (s + 1) + " has " + lengths[s] + " points");
            }
            total += lengths[s];
        }
        if (total != count) {
            throw new IllegalArgumentException("the strokes have " + total + " points between them, but "
                    + count + (count == 1 ? " point was" : " points were") + " given");
        }
        for (int p = 0; p < count; p++) {
            float x = points[3 * p], y = points[3 * p + 1], pressure = points[3 * p + 2];
            if (!Float.isFinite(x) || !Float.isFinite(y)) {
                throw new IllegalArgumentException("point " + (p + 1) + " is at (" + x + ", " + y
                        + "), not a place on the pad");
            }
            if (!(pressure >= 0 && pressure <= 1)) {
                throw new IllegalArgumentException("point " + (p + 1) + " has pressure " + pressure
                        + "; pressure goes from 0 to 1");
            }
        }
        return new Strokes(points.clone(), lengths.clone());
    }

    /** The number of strokes. */
    public int strokeCount() {
        return lengths.length;
    }

    /** The number of points of stroke {@code s}. */
    public int length(int s) {
        return lengths[s];
    }

    /** The total number of points. */
    public int pointCount() {
        return points.length / 3;
    }

    public float x(int point) {
        return points[3 * point];
    }

    public float y(int point) {
        return points[3 * point + 1];
    }

    public float pressure(int point) {
        return points[3 * point + 2];
    }

    public boolean isEmpty() {
        return lengths.length == 0;
    }
}

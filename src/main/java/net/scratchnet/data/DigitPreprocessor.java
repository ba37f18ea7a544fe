package net.scratchnet.data;

/**
 * Turns a drawing of any size into a 28x28 image prepared the way MNIST prepared its digits, so that a
 * network trained on MNIST sees the drawing in the form it learnt.
 *
 * <p>MNIST's recipe (LeCun et al.): the digit's bounding box was scaled to fit a 20x20 box, keeping its
 * aspect ratio, with anti-aliasing (hence the grey levels); then it was placed in a 28x28 field so that
 * its centre of mass sits at the centre of the field. Without this a digit drawn small, large or in a
 * corner of the canvas would look nothing like the training data, and the prediction would be poor.
 *
 * <p>This works on a picture, so it scales the pen's width together with the drawing. The pad keeps its
 * strokes and uses {@link StrokePreprocessor}, which draws them again with MNIST's pen; this one serves
 * pictures that are not strokes (the course's example drawings, filled shapes among them).
 */
public final class DigitPreprocessor {
    /** Output width and height. */
    public static final int SIZE = 28;
    /** The longer side of the digit's bounding box is scaled to this. */
    public static final int BOX = 20;

    private DigitPreprocessor() {
    }

    /**
     * Preprocesses a canvas buffer (4 bytes per pixel: red, green, blue, alpha, row by row).
     *
     * <p>Ink is how dark a pixel looks on white paper: {@code alpha * (1 - luminance)}. So dark strokes on
     * a transparent canvas and dark strokes on an opaque white canvas both work; white counts as no ink.
     *
     * @return 28*28 values in 0..1, row by row (0 = background, 1 = full ink, as MNIST's pixel/255)
     */
    public static float[] fromRgba(byte[] rgba, int width, int height) {
        checkSize(width, height);
        if (rgba.length != 4 * width * height) {
            throw new IllegalArgumentException("an RGBA image of " + width + "x" + height + " has "
                    + 4 * width * height + " bytes, got " + rgba.length);
        }
        float[] ink = new float[width * height];
        for (int i = 0; i < ink.length; i++) {
            int red = rgba[4 * i] & 0xFF;
            int green = rgba[4 * i + 1] & 0xFF;
            int blue = rgba[4 * i + 2] & 0xFF;
            int alpha = rgba[4 * i + 3] & 0xFF;
            // Luminance with the usual weights, in thousandths so that pure white is exactly 255,000 and
            // leaves exactly zero ink (a float sum could leave a speck on every white pixel).
            int luminance = 299 * red + 587 * green + 114 * blue;
            ink[i] = alpha * ((255_000 - luminance) / 255_000f) / 255f;
        }
        return preprocess(ink, width, height);
    }

    /**
     * @param ink a {@code width x height} grid, row by row, 0 (no ink) to 1 (full ink)
     * @return 28*28 values in 0..1, row by row; all zeros if the drawing is empty
     */
    public static float[] preprocess(float[] ink, int width, int height) {
        checkSize(width, height);
        if (ink.length != width * height) {
            throw new IllegalArgumentException("a grid of " + width + "x" + height + " has " + width * height
                    + " values, got " + ink.length);
        }
        int left = width, right = -1, top = height, bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x] > 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return new float[SIZE * SIZE];
        }
        int boxWidth = right - left + 1;
        int boxHeight = bottom - top + 1;
        float scale = (float) BOX / Math.max(boxWidth, boxHeight);
        int scaledWidth = Math.max(1, Math.round(boxWidth * scale));
        int scaledHeight = Math.max(1, Math.round(boxHeight * scale));

        // Scale rows first, then columns: area averaging is separable.
        float[] narrowed = new float[boxHeight * scaledWidth];
        for (int y = 0; y < boxHeight; y++) {
            resampleLine(ink, (top + y) * width + left, 1, boxWidth, narrowed, y * scaledWidth, 1, scaledWidth);
        }
        float[] scaled = new float[scaledHeight * scaledWidth];
        for (int x = 0; x < scaledWidth; x++) {
            resampleLine(narrowed, x, scaledWidth, boxHeight, scaled, x, scaledWidth, scaledHeight);
        }
        return centreByMass(scaled, scaledWidth, scaledHeight);
    }

    /**
     * Area averaging along one line: output pixel {@code t} covers the stretch
     * {@code [t, t+1) * inLength/outLength} of the input, and takes the average of the input over that
     * stretch, each input pixel weighted by how much of it lies inside. Shrinking, this blends several
     * pixels into grey levels (the anti-aliasing MNIST has); enlarging, it repeats pixels and blends at
     * their edges.
     */
    private static void resampleLine(float[] in, int inOffset, int inStride, int inLength,
                                     float[] out, int outOffset, int outStride, int outLength) {
        double ratio = (double) inLength / outLength;
        for (int t = 0; t < outLength; t++) {
            double start = t * ratio;
            double end = (t + 1) * ratio;
            double sum = 0;
            int last = Math.min(inLength - 1, (int) Math.ceil(end) - 1);
            for (int s = (int) Math.floor(start); s <= last; s++) {
                double overlap = Math.min(end, s + 1) - Math.max(start, s);
                sum += overlap * in[inOffset + s * inStride];
            }
            out[outOffset + t * outStride] = (float) (sum / ratio);
        }
    }

    /**
     * Places the scaled digit in the 28x28 field so that its centre of mass lands on the field's centre
     * (14, 14), pixel centres being at x + 0.5.
     *
     * <p>The needed shift is usually fractional. Each pixel is moved as a unit square of ink and its ink
     * is shared among the up to four output pixels the square overlaps, in proportion to the overlap:
     * this keeps the total ink and moves the centre of mass by exactly the shift (a rounded whole-pixel
     * shift could leave it up to half a pixel off). Ink pushed past the border of the field, which only
     * happens for very lopsided drawings, is dropped.
     */
    private static float[] centreByMass(float[] digit, int width, int height) {
        double mass = 0, momentX = 0, momentY = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float value = digit[y * width + x];
                mass += value;
                momentX += value * (x + 0.5);
                momentY += value * (y + 0.5);
            }
        }
        double shiftX = SIZE / 2.0 - momentX / mass;
        double shiftY = SIZE / 2.0 - momentY / mass;
        int wholeX = (int) Math.floor(shiftX);
        int wholeY = (int) Math.floor(shiftY);
        float fractionX = (float) (shiftX - wholeX);
        float fractionY = (float) (shiftY - wholeY);

        float[] field = new float[SIZE * SIZE];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float value = digit[y * width + x];
                int targetX = x + wholeX;
                int targetY = y + wholeY;
                addInk(field, targetX, targetY, value * (1 - fractionX) * (1 - fractionY));
                addInk(field, targetX + 1, targetY, value * fractionX * (1 - fractionY));
                addInk(field, targetX, targetY + 1, value * (1 - fractionX) * fractionY);
                addInk(field, targetX + 1, targetY + 1, value * fractionX * fractionY);
            }
        }
        // Each output pixel is a weighted average of inputs in 0..1, so it is in 0..1 too, up to rounding.
        for (int i = 0; i < field.length; i++) {
            field[i] = Math.min(1f, field[i]);
        }
        return field;
    }

    private static void addInk(float[] field, int x, int y, float amount) {
        if (x >= 0 && x < SIZE && y >= 0 && y < SIZE) {
            field[y * SIZE + x] += amount;
        }
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
    }
}

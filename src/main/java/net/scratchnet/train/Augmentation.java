package net.scratchnet.train;

import net.scratchnet.math.Rng;

/**
 * Data augmentation: each training image is moved a little at random before the network sees it, so that
 * in every epoch it sees a slightly different digit. A network that must recognise a 7 shifted by a pixel,
 * turned a few degrees or drawn a little larger learns what makes a 7, not where its pixels happen to be, and
 * overfits less: this is how a convolutional network gets past 99.3% on MNIST.
 *
 * <p>Per image: a shift of up to {@link #MAX_SHIFT} pixels each way, a rotation of up to
 * {@link #MAX_DEGREES} degrees and a scaling by up to {@link #MAX_SCALING} either way, all about the image's
 * centre, each drawn uniformly. The new image is read from the old one by bilinear interpolation; what comes
 * from outside the old image is 0 (background). The test images are never changed.
 *
 * <p>Bit for bit the same on the JVM and in the browser: the numbers come from a seeded {@link Rng}, and the
 * rotation's sine and cosine from short polynomials in float arithmetic (exact on every platform), not from
 * {@code Math.sin}, whose last bit may differ between platforms. Nothing is allocated per image.
 */
public final class Augmentation {
    /** The largest shift, in pixels, along each axis. */
    public static final float MAX_SHIFT = 2f;
    /** The largest rotation, in degrees, either way. */
    public static final float MAX_DEGREES = 10f;
    /** The largest change of size: scaled by 1 - 0.1 to 1 + 0.1. */
    public static final float MAX_SCALING = 0.1f;

    private static final float MAX_RADIANS = MAX_DEGREES * (float) (Math.PI / 180);

    private final int height;
    private final int width;
    private final Rng rng;
    private final float[] original;   // the image before the move, height·width pixels

    /** For images of {@code height} × {@code width} pixels (one channel), with its own random numbers. */
    public Augmentation(int height, int width, int seed) {
        this.height = height;
        this.width = width;
        this.rng = new Rng(seed);
        this.original = new float[height * width];
    }

    /** The generator of the moves: a saved training run keeps its state, so that a resumed run moves alike. */
    Rng random() {
        return rng;
    }

    /** Replaces {@code image} (height·width pixels, row by row) by a randomly shifted, turned and scaled copy. */
    public void apply(float[] image) {
        float shiftX = rng.nextSymmetric(MAX_SHIFT);
        float shiftY = rng.nextSymmetric(MAX_SHIFT);
        float angle = rng.nextSymmetric(MAX_RADIANS);
        float scale = 1f + rng.nextSymmetric(MAX_SCALING);
        System.arraycopy(image, 0, original, 0, original.length);
        // The move takes a pixel at p to q = c + t + scale·R(angle)·(p - c), for the centre c and the shift t.
        // Each new pixel q is read from where it came from: p = c + R(-angle)·(q - c - t) / scale.
        float cos = cos(angle) / scale;
        float sin = sin(angle) / scale;
        float centreX = (width - 1) / 2f;
        float centreY = (height - 1) / 2f;
        for (int y = 0; y < height; y++) {
            float dy = y - centreY - shiftY;
            for (int x = 0; x < width; x++) {
                float dx = x - centreX - shiftX;
                float fromX = centreX + cos * dx + sin * dy;
                float fromY = centreY - sin * dx + cos * dy;
                image[y * width + x] = bilinear(fromX, fromY);
            }
        }
    }

    /**
     * The old image at (x, y), between pixels: the four pixels around it, each weighted by how close it is
     * (outside the image, 0).
     */
    private float bilinear(float x, float y) {
        int left = (int) Math.floor(x);
        int top = (int) Math.floor(y);
        float right = x - left;   // how far towards the right-hand pixel, 0..1
        float down = y - top;     // and towards the one below
        return (1 - down) * ((1 - right) * pixel(left, top) + right * pixel(left + 1, top))
                + down * ((1 - right) * pixel(left, top + 1) + right * pixel(left + 1, top + 1));
    }

    private float pixel(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0f : original[y * width + x];
    }

    /** sin a for |a| <= 0.2 by its Taylor series to a⁵ (the next term is below 2e-9). */
    static float sin(float a) {
        float a2 = a * a;
        return a * (1 - a2 / 6 * (1 - a2 / 20));
    }

    /** cos a for |a| <= 0.2 by its Taylor series to a⁶ (the next term is below 7e-11). */
    static float cos(float a) {
        float a2 = a * a;
        return 1 - a2 / 2 * (1 - a2 / 12 * (1 - a2 / 30));
    }
}

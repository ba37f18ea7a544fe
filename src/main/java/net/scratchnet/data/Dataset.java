package net.scratchnet.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A labelled set of small grey images, such as the 60,000 MNIST training digits.
 *
 * <p>Pixels stay as unsigned bytes (0 = background, 255 = ink), exactly as the IDX files store them:
 * 60,000 images of 784 pixels are 47 MB as bytes but would be 188 MB as floats. Whoever trains
 * converts one mini-batch at a time with {@link #imageAsFloats(int, float[], int)}.
 */
public final class Dataset {
    private final String name;
    private final int rows;
    private final int cols;
    private final byte[] pixels;   // image i occupies pixels[i*rows*cols .. (i+1)*rows*cols), row by row
    private final byte[] labels;   // labels[i] is the class of image i, 0..classCount-1
    private final String[] classNames;

    /**
     * @param name       shown in messages, e.g. "mnist train"
     * @param pixels     all images one after the other, row by row; kept, not copied
     * @param labels     one class index per image; kept, not copied
     * @param classNames what each class index means, e.g. "0".."9" or "T-shirt/top".."Ankle boot"
     * @throws IllegalArgumentException if the sizes disagree or a label is not a valid class index
     */
    public Dataset(String name, int rows, int cols, byte[] pixels, byte[] labels, String[] classNames) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(name + ": image size must be positive, got " + rows + "x" + cols);
        }
        if (classNames.length == 0) {
            throw new IllegalArgumentException(name + ": there must be at least one class");
        }
        int pixelsPerImage = rows * cols;
        if ((long) labels.length * pixelsPerImage != pixels.length) {
            throw new IllegalArgumentException(name + ": " + labels.length + " labels need "
                    + (long) labels.length * pixelsPerImage + " pixels (" + rows + "x" + cols
                    + " per image), found " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= classNames.length) {
                throw new IllegalArgumentException(name + ": label " + label + " of image " + i
                        + " is not a class (expected 0.." + (classNames.length - 1) + ")");
            }
        }
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.pixels = pixels;
        this.labels = labels;
        this.classNames = classNames.clone();
    }

    public String name() {
        return name;
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int pixelsPerImage() {
        return rows * cols;
    }

    public int classCount() {
        return classNames.length;
    }

    public String className(int classIndex) {
        return classNames[classIndex];
    }

    public List<String> classNames() {
        return Collections.unmodifiableList(Arrays.asList(classNames));
    }

    /** The class of image {@code image}, 0..classCount()-1. */
    public int label(int image) {
        checkImageIndex(image);
        return labels[image] & 0xFF;
    }

    /** One pixel of one image, 0 (background) to 255 (ink); {@code index} runs row by row. */
    public int pixel(int image, int index) {
        checkImageIndex(image);
        if (index < 0 || index >= pixelsPerImage()) {
            throw new IndexOutOfBoundsException("pixel " + index + " is outside 0.." + (pixelsPerImage() - 1));
        }
        return pixels[image * pixelsPerImage() + index] & 0xFF;
    }

    /** A copy of one image's raw pixels, 0..255 as unsigned bytes. */
    public byte[] image(int image) {
        checkImageIndex(image);
        int start = image * pixelsPerImage();
        return Arrays.copyOfRange(pixels, start, start + pixelsPerImage());
    }

    /** One image as network input: every pixel divided by 255, so 0..1. */
    public float[] imageAsFloats(int image) {
        float[] result = new float[pixelsPerImage()];
        imageAsFloats(image, result, 0);
        return result;
    }

    /**
     * Writes one image, scaled to 0..1, into {@code destination} starting at {@code offset}:
     * a trainer fills a whole mini-batch this way without allocating.
     */
    public void imageAsFloats(int image, float[] destination, int offset) {
        checkImageIndex(image);
        int count = pixelsPerImage();
        if (offset < 0 || offset + count > destination.length) {
            throw new IndexOutOfBoundsException("an image of " + count + " pixels does not fit at offset "
                    + offset + " of an array of " + destination.length);
        }
        int start = image * count;
        for (int p = 0; p < count; p++) {
            destination[offset + p] = (pixels[start + p] & 0xFF) / 255f;
        }
    }

    /** Images {@code from} .. {@code from+count-1} as a dataset of their own (the bytes are copied). */
    public Dataset subset(int from, int count) {
        if (from < 0 || count < 0 || from + count > size()) {
            throw new IllegalArgumentException(name + ": cannot take " + count + " images from index " + from
                    + " of " + size());
        }
        int ppi = pixelsPerImage();
        return new Dataset(name, rows, cols,
                Arrays.copyOfRange(pixels, from * ppi, (from + count) * ppi),
                Arrays.copyOfRange(labels, from, from + count),
                classNames);
    }

    private void checkImageIndex(int image) {
        if (image < 0 || image >= size()) {
            throw new IndexOutOfBoundsException(name + ": image " + image + " is outside 0.." + (size() - 1));
        }
    }

    @Override
    public String toString() {
        return name + " (" + size() + " images of " + rows + "x" + cols + ", " + classCount() + " classes)";
    }
}

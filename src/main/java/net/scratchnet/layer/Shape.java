package net.scratchnet.layer;

/**
 * The shape of one example as a layer sees it: {@code channels} feature maps of {@code height} × {@code width}
 * numbers. An image of a digit is 1×28×28; a convolution with 8 filters turns it into 8×24×24.
 *
 * <p>One example is still one flat row of {@code size()} numbers (see {@link Layer}), stored channel by channel,
 * then row by row: the number at channel c, row y, column x is at {@code c*height*width + y*width + x}, the order
 * TensorFlow calls NCHW. A flat shape, size×1×1, is a plain vector, such as a dense layer's input. Any shape can be
 * read as the vector of its numbers in that order, so a dense layer after a convolution needs no flattening step.
 */
public record Shape(int channels, int height, int width) {
    public Shape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException(
                    "a shape needs positive sizes, got " + channels + "×" + height + "×" + width);
        }
    }

    /** A vector of {@code size} numbers: size×1×1. */
    public static Shape flat(int size) {
        return new Shape(size, 1, 1);
    }

    /** How many numbers one example of this shape holds. */
    public int size() {
        return channels * height * width;
    }

    /** Whether this is a plain vector (size×1×1). */
    public boolean isFlat() {
        return height == 1 && width == 1;
    }

    /** How many numbers one channel (one feature map) holds: height × width. */
    public int area() {
        return height * width;
    }

    /** "8×24×24" (channels × height × width), or "784" for a vector. */
    @Override
    public String toString() {
        return isFlat() ? Integer.toString(channels) : channels + "×" + height + "×" + width;
    }
}

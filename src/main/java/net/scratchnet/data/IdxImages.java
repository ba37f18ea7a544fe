package net.scratchnet.data;

/**
 * The content of an IDX image file: {@code count} images of {@code rows x cols} unsigned bytes,
 * one after the other, row by row.
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {
}

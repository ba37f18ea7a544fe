package net.scratchnet.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files in memory for the tests. */
final class IdxTestFiles {
    private IdxTestFiles() {
    }

    /** An IDX image file: count images of rows x cols, pixel p of image i = (i + p) mod 256. */
    static byte[] images(int count, int rows, int cols) {
        byte[] pixels = new byte[count * rows * cols];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * cols; p++) {
                pixels[i * rows * cols + p] = (byte) (i + p);
            }
        }
        return concat(header(IdxReader.IMAGES_MAGIC, count, rows, cols), pixels);
    }

    /** An IDX label file holding the given labels. */
    static byte[] labels(int... labels) {
        byte[] body = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            body[i] = (byte) labels[i];
        }
        return concat(header(IdxReader.LABELS_MAGIC, labels.length), body);
    }

    static byte[] header(int magic, int... sizes) {
        byte[] header = new byte[4 + 4 * sizes.length];
        putInt(header, 0, magic);
        for (int i = 0; i < sizes.length; i++) {
            putInt(header, 4 + 4 * i, sizes[i]);
        }
        return header;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}

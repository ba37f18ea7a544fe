package net.scratchnet.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format of the MNIST distribution, raw or gzip-compressed.
 *
 * <p>An IDX file is a big-endian header followed by raw bytes. The header starts with a magic number
 * whose third byte is the element type (0x08 = unsigned byte) and whose fourth is the number of
 * dimensions; then one 4-byte size per dimension. Labels are 0x00000801 (one dimension: count),
 * images 0x00000803 (three: count, rows, columns).
 *
 * <p>Everything is checked before it is used, because a half-downloaded or wrong file would otherwise
 * turn into silently wrong training data: every problem is an {@link IdxFormatException} that names
 * the file and says what is wrong.
 */
public final class IdxReader {
    public static final int LABELS_MAGIC = 0x00000801;
    public static final int IMAGES_MAGIC = 0x00000803;

    private static final int LABELS_HEADER_BYTES = 8;    // magic, count
    private static final int IMAGES_HEADER_BYTES = 16;   // magic, count, rows, columns

    private IdxReader() {
    }

    /**
     * @param fileName only for messages
     * @param file     the file's bytes, raw IDX or gzip
     * @return one class index per image, as unsigned bytes
     */
    public static byte[] readLabels(String fileName, byte[] file) throws IdxFormatException {
        byte[] idx = decompressIfGzip(fileName, file);
        checkMagic(fileName, idx, LABELS_MAGIC);
        checkHeaderLength(fileName, idx, LABELS_HEADER_BYTES);
        int count = readCount(fileName, idx, 4, "label count");
        checkLength(fileName, idx, LABELS_HEADER_BYTES + (long) count, count + " labels");
        return Arrays.copyOfRange(idx, LABELS_HEADER_BYTES, idx.length);
    }

    /**
     * @param fileName only for messages
     * @param file     the file's bytes, raw IDX or gzip
     */
    public static IdxImages readImages(String fileName, byte[] file) throws IdxFormatException {
        byte[] idx = decompressIfGzip(fileName, file);
        checkMagic(fileName, idx, IMAGES_MAGIC);
        checkHeaderLength(fileName, idx, IMAGES_HEADER_BYTES);
        int count = readCount(fileName, idx, 4, "image count");
        int rows = readCount(fileName, idx, 8, "row count");
        int cols = readCount(fileName, idx, 12, "column count");
        if (rows == 0 || cols == 0) {
            throw new IdxFormatException(fileName + ": images of " + rows + "x" + cols + " pixels are empty");
        }
        long expected = IMAGES_HEADER_BYTES + (long) count * rows * cols;
        if (expected > Integer.MAX_VALUE) {
            throw new IdxFormatException(fileName + ": " + count + " images of " + rows + "x" + cols
                    + " would need " + expected + " bytes, more than this reader can hold");
        }
        checkLength(fileName, idx, expected, count + " images of " + rows + "x" + cols);
        return new IdxImages(count, rows, cols, Arrays.copyOfRange(idx, IMAGES_HEADER_BYTES, idx.length));
    }

    public static byte[] readLabels(String fileName, InputStream in) throws IOException {
        return readLabels(fileName, readAll(in, 0));
    }

    public static IdxImages readImages(String fileName, InputStream in) throws IOException {
        return readImages(fileName, readAll(in, 0));
    }

    /** Gzip files start with the bytes 1f 8b; anything else is taken as raw IDX. */
    static boolean isGzip(byte[] file) {
        return file.length >= 2 && (file[0] & 0xFF) == 0x1f && (file[1] & 0xFF) == 0x8b;
    }

    private static byte[] decompressIfGzip(String fileName, byte[] file) throws IdxFormatException {
        if (!isGzip(file)) {
            return file;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
            return readAll(in, uncompressedSizeHint(file));
        } catch (IOException e) {
            throw new IdxFormatException(fileName + ": the gzip data is damaged or incomplete ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * A gzip file ends with the uncompressed size (modulo 2^32, little-endian). Sizing the buffer from it
     * avoids growing a 47 MB array by doubling; it is only a hint, the real length is what inflates.
     */
    private static int uncompressedSizeHint(byte[] gzip) {
        int n = gzip.length;
        if (n < 18) {
            return 0;
        }
        int size = (gzip[n - 4] & 0xFF) | (gzip[n - 3] & 0xFF) << 8 | (gzip[n - 2] & 0xFF) << 16 | (gzip[n - 1] & 0xFF) << 24;
        return size > 0 && size < (1 << 30) ? size : 0;
    }

    private static byte[] readAll(InputStream in, int sizeHint) throws IOException {
        byte[] buffer = new byte[Math.max(sizeHint, 1 << 16)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                // Full: only grow if there really is more (a correct hint fills the buffer exactly).
                int next = in.read();
                if (next < 0) {
                    break;
                }
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                buffer[length++] = (byte) next;
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    private static void checkMagic(String fileName, byte[] idx, int expected) throws IdxFormatException {
        if (idx.length < 4) {
            throw new IdxFormatException(fileName + ": only " + idx.length + " bytes, too short to be an IDX file");
        }
        int magic = readInt(idx, 0);
        if (magic == expected) {
            return;
        }
        if (magic == LABELS_MAGIC || magic == IMAGES_MAGIC) {
            throw new IdxFormatException(fileName + ": this is an IDX " + describe(magic)
                    + " file (magic number " + hex(magic) + "), expected " + describe(expected)
                    + " (" + hex(expected) + ")");
        }
        throw new IdxFormatException(fileName + ": bad magic number " + hex(magic) + ", expected "
                + hex(expected) + " (IDX " + describe(expected) + "); this is not an IDX file of that kind");
    }

    private static String describe(int magic) {
        return magic == LABELS_MAGIC ? "labels" : "images";
    }

    private static void checkHeaderLength(String fileName, byte[] idx, int headerBytes) throws IdxFormatException {
        if (idx.length < headerBytes) {
            throw new IdxFormatException(fileName + ": the header needs " + headerBytes + " bytes, found only "
                    + idx.length);
        }
    }

    /** Sizes are unsigned in IDX; anything at or above 2^31 is certainly a damaged header. */
    private static int readCount(String fileName, byte[] idx, int offset, String what) throws IdxFormatException {
        int value = readInt(idx, offset);
        if (value < 0) {
            throw new IdxFormatException(fileName + ": " + what + " " + (value & 0xFFFFFFFFL)
                    + " in the header is not plausible");
        }
        return value;
    }

    private static void checkLength(String fileName, byte[] idx, long expected, String content)
            throws IdxFormatException {
        if (idx.length != expected) {
            String hint = idx.length < expected ? " (the file is truncated)" : " (unexpected bytes at the end)";
            throw new IdxFormatException(fileName + ": expected " + expected + " bytes for " + content
                    + ", found " + idx.length + hint);
        }
    }

    private static int readInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16
                | (bytes[offset + 2] & 0xFF) << 8 | (bytes[offset + 3] & 0xFF);
    }

    private static String hex(int value) {
        String digits = Integer.toHexString(value);
        return "0x" + "00000000".substring(digits.length()) + digits;
    }
}

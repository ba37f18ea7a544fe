package net.scratchnet.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;

/**
 * The last four bytes of ScratchNet's binary files (model files, training runs): a CRC-32 of every byte before
 * them, big-endian. A file cut short or damaged on the way almost surely fails it, so a reader can refuse the
 * file before it trusts any number in it.
 */
public final class Crc32Trailer {
    private Crc32Trailer() {
    }

    /** Appends to {@code out} the CRC-32 of everything written to {@code bytes} so far (they are one stream). */
    public static void append(ByteArrayOutputStream bytes, DataOutputStream out) throws IOException {
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
    }

    /** True when the last four bytes of {@code file} are the CRC-32 of the bytes before them. */
    public static boolean matches(byte[] file) {
        if (file.length < 4) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(file, 0, file.length - 4);
        int stored = (file[file.length - 4] & 0xFF) << 24 | (file[file.length - 3] & 0xFF) << 16
                | (file[file.length - 2] & 0xFF) << 8 | (file[file.length - 1] & 0xFF);
        return (int) crc.getValue() == stored;
    }
}

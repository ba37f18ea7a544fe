package net.scratchnet.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import net.scratchnet.data.Sha256;
import net.scratchnet.data.Split;

/**
 * Writes a small MNIST-shaped dataset folder (gzipped IDX files and SHA256SUMS) so the commands can run end
 * to end in a fraction of a second. Class k is a bright 6x6 square at its own place, so it can be learnt.
 */
final class TinyDataFolder {
    private static final int PIXELS = 28 * 28;

    private TinyDataFolder() {
    }

    static void write(Path folder, int trainImages, int testImages) throws IOException {
        Random random = new Random(7);
        StringBuilder sums = new StringBuilder();
        writeSplit(folder, Split.TRAIN, trainImages, random, sums);
        writeSplit(folder, Split.TEST, testImages, random, sums);
        Files.write(folder.resolve("SHA256SUMS"), sums.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeSplit(Path folder, Split split, int count, Random random, StringBuilder sums)
            throws IOException {
        byte[] images = new byte[16 + count * PIXELS];
        byte[] labels = new byte[8 + count];
        putInt(images, 0, 0x803);
        putInt(images, 4, count);
        putInt(images, 8, 28);
        putInt(images, 12, 28);
        putInt(labels, 0, 0x801);
        putInt(labels, 4, count);
        for (int i = 0; i < count; i++) {
            int label = random.nextInt(10);
            labels[8 + i] = (byte) label;
            int top = 2 + (label / 5) * 12 + random.nextInt(3);
            int left = 1 + (label % 5) * 5 + random.nextInt(2);
            for (int y = top; y < top + 6; y++) {
                for (int x = left; x < left + 6 && x < 28; x++) {
                    images[16 + i * PIXELS + y * 28 + x] = (byte) 255;
                }
            }
        }
        write(folder, split.imagesFileName(), gzip(images), sums);
        write(folder, split.labelsFileName(), gzip(labels), sums);
    }

    private static void write(Path folder, String name, byte[] content, StringBuilder sums) throws IOException {
        Files.write(folder.resolve(name), content);
        sums.append(Sha256.hexDigest(content)).append("  ").append(name).append('\n');
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}

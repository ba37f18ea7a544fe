package net.scratchnet.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.json.Json;

/**
 * Build step for the drawing pad's "test image" button: writes a few dozen images of each dataset's test
 * set to {@code data/FOLDER/samples.json} in the built site, so that a visitor without a mouse or a finger
 * can load a real example onto the pad (and draw over it) without downloading the 11 MB dataset.
 *
 * <p>The images are the first {@value #PER_CLASS} of every class in the test set, taken in turns, class
 * 0, 1, ..., 9, 0, 1, ...: pressing the button walks through all the classes before it repeats one.
 * The file is {@code {"dataset":"mnist","rows":28,"cols":28,"labels":[0,1,...],"pixels":"BASE64"}},
 * the pixels of all images one after the other, row by row, 0 (background) to 255 (ink), as in the
 * IDX files. Gzip would save little here (base64 of grey pixels), so the file is written plain.
 *
 * <p>Usage: {@code SampleImages <webapp/data> <built site>/data}. The dataset files are checked
 * against their checksums as they are read, as everywhere else.
 */
public final class SampleImages {
    /** The file each dataset's folder gets; the page finds it through the core's settings schema. */
    public static final String FILE_NAME = "samples.json";
    /** Images per class: 40 images of 784 pixels are about 42 kB of base64 per dataset. */
    static final int PER_CLASS = 4;

    private SampleImages() {
    }

    public static void main(String[] args) throws IOException, DataFileException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SampleImages <webapp/data> <built site>/data");
        }
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset test = DatasetFiles.load(kind, Split.TEST, Path.of(args[0]));
            Path file = Path.of(args[1], kind.folder(), FILE_NAME);
            Files.createDirectories(file.getParent());
            Files.writeString(file, json(kind, test, chosen(test)), StandardCharsets.UTF_8);
        }
    }

    /** Indices into {@code test} of the samples, in the order the page shows them. */
    static int[] chosen(Dataset test) {
        int classes = test.classCount();
        int[][] byClass = new int[classes][PER_CLASS];
        int[] found = new int[classes];
        for (int image = 0; image < test.size(); image++) {
            int label = test.label(image);
            if (found[label] < PER_CLASS) {
                byClass[label][found[label]++] = image;
            }
        }
        int[] order = new int[classes * PER_CLASS];
        for (int round = 0; round < PER_CLASS; round++) {
            for (int label = 0; label < classes; label++) {
                if (found[label] <= round) {
                    throw new IllegalStateException(test.name() + " has fewer than " + PER_CLASS
                            + " images of class " + test.className(label));
                }
                order[round * classes + label] = byClass[label][round];
            }
        }
        return order;
    }

    static String json(DatasetKind kind, Dataset test, int[] images) {
        int[] labels = new int[images.length];
        byte[] pixels = new byte[images.length * test.pixelsPerImage()];
        for (int i = 0; i < images.length; i++) {
            labels[i] = test.label(images[i]);
            System.arraycopy(test.image(images[i]), 0, pixels, i * test.pixelsPerImage(), test.pixelsPerImage());
        }
        return new Json()
                .put("dataset", kind.id())
                .put("rows", test.rows())
                .put("cols", test.cols())
                .put("labels", labels)
                .put("pixels", Base64.getEncoder().encodeToString(pixels))
                .toString();
    }
}

package net.scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {
    @TempDir
    Path temp;

    @Test
    void loadsTheBundledMnistTrainingSet() throws Exception {
        Dataset train = DatasetFiles.load(DatasetKind.MNIST, Split.TRAIN);
        assertEquals("mnist train", train.name());
        assertEquals(60000, train.size());
        assertEquals(28, train.rows());
        assertEquals(28, train.cols());
        assertEquals(5, train.label(0), "the first MNIST training digit is a 5");
        assertEquals(0, train.label(1));
        assertEquals("7", train.className(7));
    }

    @Test
    void loadsTheBundledFashionTestSetWithItsClassNames() throws Exception {
        Dataset test = DatasetFiles.load(DatasetKind.FASHION, Split.TEST);
        assertEquals(10000, test.size());
        assertEquals(9, test.label(0), "the first Fashion-MNIST test image is an ankle boot");
        assertEquals("Ankle boot", test.className(9));
        assertEquals("T-shirt/top", test.className(0));
    }

    @Test
    void acceptsTheFolderThatContainsTheDatasetFolder() throws Exception {
        assertEquals(10000, DatasetFiles.load(DatasetKind.MNIST, Split.TEST, Path.of("webapp", "data")).size());
    }

    @Test
    void aMissingFileSaysWhereItLooked() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertEquals("cannot find SHA256SUMS for the dataset: looked for " + temp.resolve("SHA256SUMS").toAbsolutePath(),
                e.getMessage());
    }

    @Test
    void aMissingImageFileSaysWhereItLooked() throws Exception {
        writeSplit(temp, IdxTestFiles.images(2, 28, 28), IdxTestFiles.labels(1, 2));
        Files.delete(temp.resolve("t10k-images-idx3-ubyte.gz"));
        DataFileException e = assertThrows(DataFileException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertEquals("cannot find t10k-images-idx3-ubyte.gz for the dataset: looked for "
                + temp.resolve("t10k-images-idx3-ubyte.gz").toAbsolutePath(), e.getMessage());
    }

    @Test
    void loadsAConsistentFolder() throws Exception {
        writeSplit(temp, IdxTestFiles.images(2, 28, 28), IdxTestFiles.labels(1, 2));
        Dataset data = DatasetFiles.load(DatasetKind.FASHION, Split.TEST, temp);
        assertEquals(2, data.size());
        assertEquals("fashion test", data.name());
    }

    @Test
    void aFileThatChangedAfterItsChecksumWasWrittenIsRejected() throws Exception {
        writeSplit(temp, IdxTestFiles.images(2, 28, 28), IdxTestFiles.labels(1, 2));
        Files.write(temp.resolve("t10k-labels-idx1-ubyte.gz"), IdxTestFiles.gzip(IdxTestFiles.labels(1, 3)));
        DataFileException e = assertThrows(DataFileException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertTrue(e.getMessage().startsWith("t10k-labels-idx1-ubyte.gz: checksum mismatch"), e.getMessage());
    }

    @Test
    void theWrongFileUnderTheRightNameFailsItsChecksum() throws Exception {
        // The Fashion-MNIST test images where the MNIST ones belong.
        Path mnist = temp.resolve("mnist");
        Files.createDirectories(mnist);
        Path bundled = DatasetFiles.defaultDirectory(DatasetKind.MNIST);
        for (String name : new String[] {"SHA256SUMS", "t10k-labels-idx1-ubyte.gz"}) {
            Files.copy(bundled.resolve(name), mnist.resolve(name));
        }
        Files.copy(DatasetFiles.defaultDirectory(DatasetKind.FASHION).resolve("t10k-images-idx3-ubyte.gz"),
                mnist.resolve("t10k-images-idx3-ubyte.gz"));
        DataFileException e = assertThrows(DataFileException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertTrue(e.getMessage().startsWith("t10k-images-idx3-ubyte.gz: checksum mismatch"), e.getMessage());
    }

    @Test
    void imagesOfTheWrongSizeAreRejected() throws Exception {
        writeSplit(temp, IdxTestFiles.images(2, 32, 32), IdxTestFiles.labels(1, 2));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertEquals("t10k-images-idx3-ubyte.gz: images are 32x32, expected 28x28", e.getMessage());
    }

    @Test
    void imagesAndLabelsMustAgreeInCount() throws Exception {
        writeSplit(temp, IdxTestFiles.images(3, 28, 28), IdxTestFiles.labels(1, 2));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertEquals("t10k-images-idx3-ubyte.gz has 3 images but t10k-labels-idx1-ubyte.gz has 2 labels",
                e.getMessage());
    }

    @Test
    void labelsMustBeClasses() throws Exception {
        writeSplit(temp, IdxTestFiles.images(2, 28, 28), IdxTestFiles.labels(1, 10));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertEquals("t10k-labels-idx1-ubyte.gz: label 10 of image 1 is not a class (expected 0..9)", e.getMessage());
    }

    @Test
    void aTruncatedFileWithAMatchingChecksumIsStillCaughtByTheFormatCheck() throws Exception {
        byte[] images = IdxTestFiles.images(2, 28, 28);
        writeSplit(temp, java.util.Arrays.copyOf(images, images.length - 1), IdxTestFiles.labels(1, 2));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetFiles.load(DatasetKind.MNIST, Split.TEST, temp));
        assertEquals("t10k-images-idx3-ubyte.gz: expected 1584 bytes for 2 images of 28x28, found 1583"
                + " (the file is truncated)", e.getMessage());
    }

    /** Writes the test split, gzipped, and a SHA256SUMS that matches it. */
    private static void writeSplit(Path folder, byte[] imagesIdx, byte[] labelsIdx) throws IOException {
        byte[] images = IdxTestFiles.gzip(imagesIdx);
        byte[] labels = IdxTestFiles.gzip(labelsIdx);
        Files.write(folder.resolve(Split.TEST.imagesFileName()), images);
        Files.write(folder.resolve(Split.TEST.labelsFileName()), labels);
        String sums = Sha256.hexDigest(images) + "  " + Split.TEST.imagesFileName() + "\n"
                + Sha256.hexDigest(labels) + "  " + Split.TEST.labelsFileName() + "\n";
        Files.write(folder.resolve("SHA256SUMS"), sums.getBytes(StandardCharsets.US_ASCII));
    }
}

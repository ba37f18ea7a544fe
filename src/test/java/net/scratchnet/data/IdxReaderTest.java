package net.scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdxReaderTest {
    @Test
    void readsRawImages() throws Exception {
        IdxImages images = IdxReader.readImages("x", IdxTestFiles.images(3, 2, 4));
        assertEquals(3, images.count());
        assertEquals(2, images.rows());
        assertEquals(4, images.cols());
        assertEquals(24, images.pixels().length);
        assertEquals(2 + 5, images.pixels()[2 * 8 + 5]);
    }

    @Test
    void readsGzippedFilesLikeRawOnes() throws Exception {
        byte[] raw = IdxTestFiles.images(5, 3, 3);
        assertArrayEquals(IdxReader.readImages("x", raw).pixels(),
                IdxReader.readImages("x.gz", IdxTestFiles.gzip(raw)).pixels());
        byte[] labels = IdxTestFiles.labels(1, 0, 9, 4);
        assertArrayEquals(new byte[] {1, 0, 9, 4}, IdxReader.readLabels("y.gz", IdxTestFiles.gzip(labels)));
    }

    @Test
    void readsFromAStream() throws Exception {
        byte[] gz = IdxTestFiles.gzip(IdxTestFiles.labels(7, 7, 2));
        assertArrayEquals(new byte[] {7, 7, 2}, IdxReader.readLabels("y.gz", new ByteArrayInputStream(gz)));
        IdxImages images = IdxReader.readImages("x", new ByteArrayInputStream(IdxTestFiles.images(2, 28, 28)));
        assertEquals(2 * 784, images.pixels().length);
    }

    @Test
    void acceptsAnEmptySet() throws Exception {
        assertEquals(0, IdxReader.readLabels("y", IdxTestFiles.labels()).length);
    }

    @Test
    void rejectsABadMagicNumber() {
        byte[] file = IdxTestFiles.concat(IdxTestFiles.header(0x12345678, 1), new byte[1]);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels("lbl", file));
        assertEquals("lbl: bad magic number 0x12345678, expected 0x00000801 (IDX labels);"
                + " this is not an IDX file of that kind", e.getMessage());
    }

    @Test
    void rejectsAnHtmlPageSavedUnderTheFileName() {
        byte[] html = "<!DOCTYPE html><html>Not found</html>".getBytes();
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", html));
        assertTrue(e.getMessage().startsWith("img: bad magic number 0x3c21444f"), e.getMessage());
    }

    @Test
    void saysWhenImagesAndLabelsAreSwapped() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.readImages("train-labels", IdxTestFiles.labels(1, 2)));
        assertEquals("train-labels: this is an IDX labels file (magic number 0x00000801),"
                + " expected images (0x00000803)", e.getMessage());
    }

    @Test
    void rejectsATruncatedImageFileWithTheExpectedAndFoundLength() {
        byte[] file = Arrays.copyOf(IdxTestFiles.images(60000, 28, 28), 1000);
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.readImages("train-images-idx3-ubyte.gz", IdxTestFiles.gzip(file)));
        assertEquals("train-images-idx3-ubyte.gz: expected 47040016 bytes for 60000 images of 28x28,"
                + " found 1000 (the file is truncated)", e.getMessage());
    }

    @Test
    void rejectsExtraBytesAfterTheLabels() {
        byte[] file = IdxTestFiles.concat(IdxTestFiles.labels(1, 2, 3), new byte[] {4});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels("lbl", file));
        assertEquals("lbl: expected 11 bytes for 3 labels, found 12 (unexpected bytes at the end)", e.getMessage());
    }

    @Test
    void rejectsAFileTooShortForItsHeader() {
        IdxFormatException tiny = assertThrows(IdxFormatException.class,
                () -> IdxReader.readLabels("lbl", new byte[] {0, 0}));
        assertEquals("lbl: only 2 bytes, too short to be an IDX file", tiny.getMessage());
        byte[] cut = Arrays.copyOf(IdxTestFiles.images(1, 2, 2), 10);
        IdxFormatException header = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", cut));
        assertEquals("img: the header needs 16 bytes, found only 10", header.getMessage());
    }

    @Test
    void rejectsImpossibleDimensions() {
        byte[] zeroRows = IdxTestFiles.header(IdxReader.IMAGES_MAGIC, 5, 0, 28);
        IdxFormatException empty = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", zeroRows));
        assertEquals("img: images of 0x28 pixels are empty", empty.getMessage());

        byte[] hugeCount = IdxTestFiles.header(IdxReader.IMAGES_MAGIC, -1, 28, 28);
        IdxFormatException huge = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", hugeCount));
        assertEquals("img: image count 4294967295 in the header is not plausible", huge.getMessage());

        byte[] tooBig = IdxTestFiles.header(IdxReader.IMAGES_MAGIC, 100000, 1000, 1000);
        IdxFormatException big = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", tooBig));
        assertTrue(big.getMessage().startsWith("img: 100000 images of 1000x1000 would need"), big.getMessage());
    }

    @Test
    void rejectsDamagedGzipData() {
        byte[] gz = IdxTestFiles.gzip(IdxTestFiles.images(10, 28, 28));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img.gz", cut));
        assertTrue(e.getMessage().startsWith("img.gz: the gzip data is damaged or incomplete"), e.getMessage());
    }
}

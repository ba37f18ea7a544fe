package net.scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final String[] THREE_CLASSES = {"a", "b", "c"};

    /** 4 images of 2x3; image i has pixels 10*i, 10*i+1, ... and label i % 3; the last pixel is 255. */
    private static Dataset fourImages() {
        byte[] pixels = new byte[4 * 6];
        byte[] labels = new byte[4];
        for (int i = 0; i < 4; i++) {
            for (int p = 0; p < 6; p++) {
                pixels[i * 6 + p] = (byte) (10 * i + p);
            }
            labels[i] = (byte) (i % 3);
        }
        pixels[23] = (byte) 255;
        return new Dataset("tiny", 2, 3, pixels, labels, THREE_CLASSES);
    }

    @Test
    void givesAccessToImagesLabelsAndClasses() {
        Dataset data = fourImages();
        assertEquals(4, data.size());
        assertEquals(6, data.pixelsPerImage());
        assertEquals(0, data.label(3));
        assertEquals(21, data.pixel(2, 1));
        assertEquals(255, data.pixel(3, 5), "pixels are unsigned");
        assertArrayEquals(new byte[] {10, 11, 12, 13, 14, 15}, data.image(1));
        assertEquals(List.of("a", "b", "c"), data.classNames());
        assertEquals("c", data.className(2));
    }

    @Test
    void convertsAnImageToFloatsInZeroToOne() {
        Dataset data = fourImages();
        float[] batch = new float[2 * 6];
        data.imageAsFloats(3, batch, 6);
        assertEquals(30 / 255f, batch[6]);
        assertEquals(1f, batch[11]);
        assertEquals(0f, batch[0], "the rest of the batch is untouched");
        assertArrayEquals(new float[] {0, 1 / 255f, 2 / 255f, 3 / 255f, 4 / 255f, 5 / 255f}, data.imageAsFloats(0));
        assertThrows(IndexOutOfBoundsException.class, () -> data.imageAsFloats(0, new float[8], 3));
    }

    @Test
    void aSubsetIsAContiguousRange() {
        Dataset subset = fourImages().subset(1, 2);
        assertEquals(2, subset.size());
        assertEquals(1, subset.label(0));
        assertEquals(25, subset.pixel(1, 5));
        assertEquals(0, fourImages().subset(4, 0).size());
        assertThrows(IllegalArgumentException.class, () -> fourImages().subset(3, 2));
        assertThrows(IllegalArgumentException.class, () -> fourImages().subset(-1, 1));
    }

    @Test
    void rejectsImagesAndLabelsThatDisagreeInCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", 2, 3, new byte[18], new byte[4], THREE_CLASSES));
        assertEquals("d: 4 labels need 24 pixels (2x3 per image), found 18", e.getMessage());
    }

    @Test
    void rejectsALabelThatIsNotAClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", 1, 1, new byte[2], new byte[] {0, 3}, THREE_CLASSES));
        assertEquals("d: label 3 of image 1 is not a class (expected 0..2)", e.getMessage());
    }

    @Test
    void rejectsOutOfRangeIndices() {
        Dataset data = fourImages();
        assertThrows(IndexOutOfBoundsException.class, () -> data.label(4));
        assertThrows(IndexOutOfBoundsException.class, () -> data.pixel(0, 6));
        assertThrows(IndexOutOfBoundsException.class, () -> data.image(-1));
    }
}

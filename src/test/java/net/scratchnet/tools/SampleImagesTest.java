package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetKind;
import org.junit.jupiter.api.Test;

class SampleImagesTest {
    private static final String[] THREE_CLASSES = {"a", "b", "c"};

    /** Image i of a 2x2 dataset has every pixel equal to i, so a sample names the image it came from. */
    private static Dataset dataset(int... labels) {
        byte[] pixels = new byte[labels.length * 4];
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            bytes[i] = (byte) labels[i];
            Arrays.fill(pixels, 4 * i, 4 * i + 4, (byte) i);
        }
        return new Dataset("test", 2, 2, pixels, bytes, THREE_CLASSES);
    }

    @Test
    void takesTheFirstImagesOfEachClassInTurns() {
        // labels:          0  0  1  2  1  0  2  2  1  0  1  2  0  2  1
        Dataset test = dataset(0, 0, 1, 2, 1, 0, 2, 2, 1, 0, 1, 2, 0, 2, 1);
        assertEquals(4, SampleImages.PER_CLASS);
        int[] chosen = SampleImages.chosen(test);
        assertArrayEquals(new int[] {0, 2, 3, 1, 4, 6, 5, 8, 7, 9, 10, 11}, chosen,
                "round 1: the first 0, 1 and 2; round 2: the second of each; ...");
    }

    @Test
    void aClassWithTooFewImagesIsNamed() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> SampleImages.chosen(dataset(0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1)));
        assertTrue(error.getMessage().contains("class c"), error.getMessage());
    }

    @Test
    void theFileHoldsEachChosenImagesPixelsAndLabel() {
        Dataset test = dataset(2, 0, 1, 1, 0);
        String json = SampleImages.json(DatasetKind.MNIST, test, new int[] {1, 2, 0});
        assertTrue(json.startsWith("{\"dataset\":\"mnist\",\"rows\":2,\"cols\":2,\"labels\":[0,1,2],"), json);
        Matcher pixels = Pattern.compile("\"pixels\":\"([^\"]*)\"").matcher(json);
        assertTrue(pixels.find(), json);
        assertArrayEquals(new byte[] {1, 1, 1, 1, 2, 2, 2, 2, 0, 0, 0, 0}, Base64.getDecoder().decode(pixels.group(1)));
    }
}

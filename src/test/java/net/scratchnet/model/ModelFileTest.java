package net.scratchnet.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class ModelFileTest {
    private final Network network = Network.fromSpec("784-16-16-10 sigmoid", 9);
    private final byte[] file = ModelFile.write(network, "mnist");
    private final Network conv = Network.fromSpec("28x28x1 conv3x3x4 same relu pool2 conv3x3x8 stride2 relu"
            + " dense16 relu dropout0.25 dense10", 3);
    private final byte[] convFile = ModelFile.write(conv, "fashion");

    @Test
    void aModelRoundTripsBitExactly() throws ModelFormatException {
        SavedModel loaded = ModelFile.read(file);
        assertEquals("mnist", loaded.dataset());
        assertEquals(network.spec(), loaded.network().spec());
        for (int p = 0; p < network.parameters().size(); p++) {
            float[][] expected = network.parameters().get(p).values();
            float[][] actual = loaded.network().parameters().get(p).values();
            for (int r = 0; r < expected.length; r++) {
                assertArrayEquals(expected[r], actual[r]);
            }
        }
        assertArrayEquals(file, ModelFile.write(loaded.network(), "mnist"));
        float[] image = new float[784];
        Arrays.fill(image, 200, 260, 0.8f);
        assertArrayEquals(network.predict(image), loaded.network().predict(image));
    }

    @Test
    void theFileIsCompact() {
        // 4 bytes per parameter plus a short header
        assertEquals(4 * 13_002, file.length, 80);
    }

    @Test
    void aTruncatedFileIsRefused() {
        assertRefused("truncated", Arrays.copyOf(file, file.length - 100));
        assertRefused("truncated", Arrays.copyOf(file, 10));
        assertRefused("truncated", Arrays.copyOf(file, 2));
        assertRefused("empty", new byte[0]);
    }

    @Test
    void aDamagedFileIsRefused() {
        byte[] damaged = file.clone();
        damaged[5000] ^= 0x10;
        assertRefused("damaged", damaged);
    }

    @Test
    void aForeignFileIsRefused() {
        assertRefused("not a ScratchNet model file", "\u0089PNG\r\n\u001a\n and some more bytes".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("not a ScratchNet model file", "abc".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aNewerFormatVersionIsRefused() {
        byte[] newer = file.clone();
        newer[7] = ModelFile.VERSION + 1;
        assertRefused("version " + (ModelFile.VERSION + 1) + " is not supported", newer);
        byte[] older = file.clone();
        older[7] = 0;
        assertRefused("version 0 is not supported", older);
    }

    @Test
    void aFullyConnectedNetworkIsStillWrittenAsVersionOneAndAConvNetAsVersionTwo() {
        assertEquals(1, file[7]);
        assertEquals(2, convFile[7]);
    }

    @Test
    void aConvNetRoundTripsBitExactlyWithItsDropout() throws ModelFormatException {
        SavedModel loaded = ModelFile.read(convFile);
        assertEquals(conv.spec(), loaded.network().spec());
        assertEquals(conv.spec().toString(), loaded.network().spec().toString());
        assertArrayEquals(convFile, ModelFile.write(loaded.network(), "fashion"));
        float[] image = new float[784];
        Arrays.fill(image, 300, 420, 0.7f);
        assertArrayEquals(conv.predict(image), loaded.network().predict(image));
    }

    @Test
    void aConvNetFileThatIsCutDamagedOrMislabelledIsRefused() {
        assertRefused("truncated", Arrays.copyOf(convFile, convFile.length - 1));
        assertRefused("truncated", Arrays.copyOf(convFile, 30));
        byte[] damaged = convFile.clone();
        damaged[convFile.length / 2] ^= 0x01;
        assertRefused("damaged", damaged);
        // A version-1 file cannot hold a conv net: a reader of version 1 would have refused its spec.
        byte[] mislabelled = convFile.clone();
        mislabelled[7] = 1;
        assertRefused("version 1, which cannot hold a 28x28x1 conv3x3x4", mislabelled);
    }

    @Test
    void extraBytesAtTheEndAreRefused() {
        assertRefused("unexpected bytes", Arrays.copyOf(file, file.length + 3));
    }

    @Test
    void aFileWhoseSpecAndWeightsDisagreeIsRefused() {
        byte[] other = ModelFile.write(Network.fromSpec("784-16-10 sigmoid", 1), "");
        byte[] spliced = Arrays.copyOf(other, other.length);
        // Put the 3-layer spec's header on the 2-layer weights: the counts cannot match.
        int specStart = 10;
        String longSpec = "784-16-16-10 sigmoid crossentropy xavier";
        byte[] header = Arrays.copyOf(file, specStart + longSpec.length());
        byte[] mixed = new byte[header.length + other.length - (specStart + "784-16-10 sigmoid crossentropy xavier".length())];
        System.arraycopy(header, 0, mixed, 0, header.length);
        System.arraycopy(spliced, specStart + "784-16-10 sigmoid crossentropy xavier".length(), mixed, header.length,
                mixed.length - header.length);
        assertRefused("numbers but a 784-16-16-10", mixed);
    }

    private static void assertRefused(String expected, byte[] bytes) {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(bytes));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say " + expected);
    }
}

package net.scratchnet.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.scratchnet.layer.Initialization;
import org.junit.jupiter.api.Test;

class NetworkTest {
    @Test
    void theThreeBlueOneBrownNetworkHas13002Parameters() {
        Network network = Network.fromSpec("784-16-16-10 sigmoid", 1);
        assertEquals(13_002, network.parameterCount());
        assertEquals(784 * 16 + 16, network.dense(0).parameterCount());
        assertEquals(13_002, network.spec().parameterCount());
        assertEquals(3, network.denseCount());
    }

    @Test
    void specsParseWithDefaultsAndPrintCanonically() {
        NetworkSpec spec = NetworkSpec.parse("784-16-16-10 sigmoid");
        assertArrayEquals(new int[] {784, 16, 16, 10}, spec.sizes());
        assertEquals("784-16-16-10 sigmoid crossentropy xavier", spec.toString());
        assertEquals(spec, NetworkSpec.parse(spec.toString()));
        assertEquals(Initialization.HE, NetworkSpec.parse("784-128-10 relu").initialization());
        assertEquals("784-30-10 sigmoid mse he", NetworkSpec.parse(" 784-30-10  mse he sigmoid ").toString());
    }

    @Test
    void badSpecsAreRefusedWithAMessageNamingTheProblem() {
        assertMessage("layer size 'x'", "784-x-10 relu");
        assertMessage("layer size ''", "784--5-10");
        assertMessage("layer size 0", "784-0-10");
        assertMessage("'swish'", "784-10 swish");
        assertMessage("names two activations", "784-10 relu sigmoid");
        assertMessage("at least an input and an output", "784 relu");
        assertMessage("empty network spec", "  ");
        assertMessage("out of range", "784-100000-10");
    }

    @Test
    void predictGivesProbabilitiesThatAddUpToOne() {
        Network network = Network.fromSpec("784-16-16-10 sigmoid", 1);
        float[] image = new float[784];
        image[300] = 1f;
        float[] p = network.predict(image);
        float sum = 0;
        for (float value : p) {
            assertTrue(value > 0 && value < 1);
            sum += value;
        }
        assertEquals(1f, sum, 1e-5);
        assertThrows(IllegalArgumentException.class, () -> network.predict(new float[10]));
    }

    @Test
    void layerOutputsShowEveryLayerForOneInput() {
        Network network = Network.fromSpec("784-16-16-10 sigmoid", 1);
        float[] image = new float[784];
        image[400] = 0.5f;
        List<float[]> activations = network.layerOutputs(image);
        assertEquals(4, activations.size());
        assertArrayEquals(image, activations.get(0));
        assertEquals(16, activations.get(1).length);
        assertEquals(16, activations.get(2).length);
        assertArrayEquals(network.predict(image), activations.get(3));
        for (float a : activations.get(1)) {
            assertTrue(a > 0 && a < 1, "sigmoid outputs are in (0, 1)");
        }
    }

    @Test
    void layerOutputsOfAConvNetHaveOneResultPerComputingLayerAndDropoutPassesAllAtPrediction() {
        Network network = Network.fromSpec("8x8x1 conv3x3x2 relu pool2 dropout0.5 dense4 sigmoid dense3", 2);
        float[] image = new float[64];
        for (int i = 0; i < image.length; i++) {
            image[i] = (i % 7) / 7f;
        }
        List<float[]> outputs = network.layerOutputs(image);
        assertEquals(List.of(0, 2, 3, 4, 6), network.computingLayers(), "conv, pool, dropout, dense, dense");
        assertEquals(6, outputs.size(), "the input, then one result per computing layer");
        assertEquals(2 * 6 * 6, outputs.get(1).length);
        for (float a : outputs.get(1)) {
            assertTrue(a >= 0, "the convolution's result is after its relu");
        }
        assertArrayEquals(outputs.get(2), outputs.get(3), "dropout is off at prediction");
        for (float a : outputs.get(4)) {
            assertTrue(a > 0 && a < 1, "the dense layer's result is after its sigmoid");
        }
        assertArrayEquals(network.predict(image), outputs.get(5), "the probabilities last");
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Network a = Network.fromSpec("784-16-16-10 sigmoid", 42);
        Network b = Network.fromSpec("784-16-16-10 sigmoid", 42);
        Network c = Network.fromSpec("784-16-16-10 sigmoid", 43);
        for (int p = 0; p < a.parameters().size(); p++) {
            assertTrue(java.util.Arrays.deepEquals(a.parameters().get(p).values(), b.parameters().get(p).values()));
        }
        assertTrue(!java.util.Arrays.deepEquals(a.dense(0).weights().values(), c.dense(0).weights().values()));
    }

    @Test
    void initialWeightsStayWithinTheXavierAndHeBounds() {
        float xavier = (float) Math.sqrt(6.0 / (784 + 16));
        for (float[] row : Network.fromSpec("784-16-10 sigmoid", 5).dense(0).weights().values()) {
            for (float w : row) {
                assertTrue(Math.abs(w) <= xavier);
            }
        }
        float he = (float) Math.sqrt(6.0 / 784);
        float largest = 0;
        for (float[] row : Network.fromSpec("784-128-10 relu", 5).dense(0).weights().values()) {
            for (float w : row) {
                largest = Math.max(largest, Math.abs(w));
            }
        }
        assertTrue(largest <= he && largest > 0.9f * he, "He weights fill their range, largest " + largest);
    }

    private static void assertMessage(String expected, String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkSpec.parse(spec));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should mention " + expected);
    }
}

package net.scratchnet.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.Dropout;
import net.scratchnet.layer.Initialization;
import net.scratchnet.layer.Padding;
import net.scratchnet.layer.Shape;
import org.junit.jupiter.api.Test;

/** Network specs written layer by layer: reading, canonical text, shapes and the network they build. */
class ConvSpecTest {
    @Test
    void theCanonicalTextReadsBackToAnEqualSpecWithTheSameText() {
        for (String text : List.of(NetworkSpec.SMALL_CNN,
                "28x28x1 conv3x3x16 same relu conv3x3x32 stride2 same relu dropout0.25 dense128 relu dropout0.5 dense10",
                "28x28x1 conv3x3x4 stride2 tanh pool3 stride2 dense10 mse xavier",
                "28x28x1 dense64 sigmoid dense10",
                "12x10x3 conv3x3x2 valid dropout0.125 dense2 he",
                "784-16-16-10 sigmoid", "784-30-10 mse")) {
            NetworkSpec spec = NetworkSpec.parse(text);
            NetworkSpec again = NetworkSpec.parse(spec.toString());
            assertEquals(spec, again, text);
            assertEquals(spec.toString(), again.toString(), text);
            assertEquals(spec.parameterCount(), new Network(spec, 1).parameterCount(), text);
        }
    }

    @Test
    void defaultsAreSpelledOutAndTheSameLayersWrittenDifferentlyAreEqual() {
        NetworkSpec spec = NetworkSpec.parse(" 28x28x1  Conv5x5x8 RELU pool2   conv5x5x16 valid relu pool2 dense10 ");
        assertEquals(NetworkSpec.SMALL_CNN + " crossentropy he", spec.toString());
        assertEquals(NetworkSpec.parse(NetworkSpec.SMALL_CNN), spec);
        assertEquals(Initialization.XAVIER, NetworkSpec.parse("28x28x1 conv3x3x2 tanh dense10").initialization());
        assertEquals("28x28x1 conv3x3x2 stride2 same pool2 dense10 crossentropy he",
                NetworkSpec.parse("28x28x1 conv3x3x2 same stride2 pool2 stride2 dense10").toString());
        assertEquals("28x28x1 dropout0.5 dense10 crossentropy he",
                NetworkSpec.parse("28x28x1 dropout0.500 dense10").toString());
    }

    @Test
    void theKitCnnHasTheShapesAndParametersOfTheBenchmark() {
        NetworkSpec spec = NetworkSpec.parse(NetworkSpec.SMALL_CNN);
        assertEquals(new Shape(1, 28, 28), spec.inputShape());
        assertEquals(784, spec.inputSize());
        assertEquals(10, spec.outputSize());
        assertEquals(5_994, spec.parameterCount());
        assertArrayEquals(new int[] {256, 10}, spec.sizes(), "the dense part: 16×4×4 inputs, 10 neurons");
        Network network = new Network(spec, 1);
        assertEquals(List.of("8×24×24", "8×24×24", "8×12×12", "16×8×8", "16×8×8", "16×4×4", "10"),
                List.of(0, 1, 2, 3, 4, 5, 6).stream().map(k -> network.outputShape(k).toString()).toList());
        assertEquals(1, network.denseCount());
        Conv2D conv2 = (Conv2D) network.layers().get(3);
        assertEquals("conv2.weights", conv2.weights().name());
        assertEquals(Padding.VALID, conv2.padding());
        float limit = Initialization.HE.limit(8 * 5 * 5, 16);
        for (float[] row : conv2.weights().values()) {
            for (float w : row) {
                assertTrue(Math.abs(w) <= limit);
            }
        }
    }

    @Test
    void aSpecThatDoesNotFitIsRefusedWhenReadNamingTheLayer() {
        assertMessage("conv5x5x16 without padding does not fit in a 4×4 input",
                "28x28x1 conv5x5x8 pool2 conv5x5x16 pool2 conv5x5x16 dense10");
        assertMessage("pool3 does not fit in a 1×1 input", "28x28x1 conv3x3x4 stride2 pool7 pool3 dense10");
        assertMessage("'conv5x3x8' in network spec '28x28x1 conv5x3x8 dense10': kernels are square",
                "28x28x1 conv5x3x8 dense10");
        assertMessage("'stride2' in network spec '28x28x1 stride2 dense10' must follow a conv or pool layer",
                "28x28x1 stride2 dense10");
        assertMessage("'same' in network spec '28x28x1 pool2 same dense10' must follow a conv layer",
                "28x28x1 pool2 same dense10");
        assertMessage("'dropout1' in network spec", "28x28x1 dropout1 dense10");
        assertMessage("'dense' in network spec", "28x28x1 dense dense10");
        assertMessage("'conv3x3x0' in network spec '28x28x1 conv3x3x0 dense10': 0 is out of range",
                "28x28x1 conv3x3x0 dense10");
        assertMessage("at least one layer after its input 1×28×28", "28x28x1 mse");
        assertMessage("conv1x1x128 gives 128×28×28 = 100352 numbers", "28x28x1 conv1x1x128 dense10");
        assertMessage("layer size '28x28'", "28x28 dense10");
    }

    @Test
    void dropoutLayersSilenceNumbersOnlyWhileTraining() {
        Network network = Network.fromSpec("28x28x1 conv3x3x4 relu dropout0.5 dense10", 5);
        Dropout dropout = (Dropout) network.layers().get(2);
        assertEquals(0.5f, dropout.rate());
        float[] image = new float[784];
        java.util.Arrays.fill(image, 100, 600, 0.5f);
        float[] first = network.predict(image);
        assertArrayEquals(first, network.predict(image), "prediction is never random");
        network.setTraining(true);
        float[][] once = network.forward(new float[][] {image}, 1);
        float[] trained = once[0].clone();
        float[] again = network.forward(new float[][] {image}, 1)[0];
        assertFalse(java.util.Arrays.equals(trained, again), "a fresh mask for every pass");
        network.setTraining(false);
        assertArrayEquals(first, network.predict(image));
    }

    @Test
    void theSameSeedBuildsTheSameNetworkAndTheFullyConnectedFormKeepsItsWeights() {
        Network a = Network.fromSpec(NetworkSpec.SMALL_CNN, 4);
        Network b = Network.fromSpec(NetworkSpec.SMALL_CNN, 4);
        for (int p = 0; p < a.parameters().size(); p++) {
            assertTrue(java.util.Arrays.deepEquals(a.parameters().get(p).values(), b.parameters().get(p).values()));
        }
        // The dense layers of 784-16-10 draw their weights in the same order as before conv nets existed:
        // dense1's first weight is the first number of the seed's generator, scaled.
        Network mlp = Network.fromSpec("784-16-10 relu", 4);
        float expected = new net.scratchnet.math.Rng(4).nextSymmetric(Initialization.HE.limit(784, 16));
        assertEquals(expected, mlp.dense(0).weights().values()[0][0]);
    }

    private static void assertMessage(String expected, String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkSpec.parse(spec));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say " + expected);
    }
}

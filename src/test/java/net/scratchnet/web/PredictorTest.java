package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.math.Rng;
import net.scratchnet.model.ModelFile;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class PredictorTest {
    private final Predictor predictor = new Predictor(Network.fromSpec("784-16-16-10 sigmoid", 1), "mnist");

    @Test
    void aModelFileOfAKnownDatasetReplacesTheModelAndItsDescription() {
        byte[] fashion = ModelFile.write(Network.fromSpec("784-32-10 relu", 2), "fashion");
        assertNull(predictor.load(fashion));
        assertTrue(predictor.describe().contains("\"spec\":\"784-32-10 relu crossentropy he\""), predictor.describe());
        assertTrue(predictor.describe().contains("\"dataset\":\"fashion\""), predictor.describe());
        assertArrayEquals(fashion, predictor.export());
    }

    @Test
    void aModelFileOfAnUnknownDatasetIsRefusedAndTheModelKept() {
        String described = predictor.describe();
        byte[] exported = predictor.export();
        float[] image = new float[784];
        float[] activations = predictor.layerOutputs(image);

        String error = predictor.load(ModelFile.write(Network.fromSpec("784-32-10 relu", 2), "cifar"));

        assertEquals("{\"problem\":\"model.unknownDataset\","
                + "\"values\":{\"dataset\":\"cifar\",\"known\":[\"mnist\",\"fashion\"]},\"message\":"
                + "\"the file says it was trained on 'cifar', which this site does not know (it knows mnist, fashion)\"}",
                error, "the reason, in words the page puts in its language");
        assertEquals(described, predictor.describe(), "the page still describes the previous model");
        assertArrayEquals(exported, predictor.export(), "saving keeps the previous model, not the refused one");
        assertArrayEquals(activations, predictor.layerOutputs(image), "and it still predicts with it");
    }

    @Test
    void anUntrainedModelFileHasNoDataset() {
        assertNull(predictor.load(ModelFile.write(Network.fromSpec("784-8-10 tanh", 3), "")));
        assertTrue(predictor.describe().contains("\"dataset\":null"), predictor.describe());
    }

    /** Two input channels, three filters, then a pool and a dense layer: the layout of both exports, by hand. */
    @Test
    void layerOutputsAndKernelsOfAConvNetAgreeWithAConvolutionByHand() {
        Network network = Network.fromSpec("6x6x2 conv3x3x3 relu pool2 dense4", 5);
        Conv2D conv = (Conv2D) network.layers().get(0);
        for (int f = 0; f < 3; f++) {
            conv.biases().values()[0][f] = 0.1f * (f - 1);   // -0.1, 0, 0.1: each filter's own, where it must be
        }
        Predictor cnn = new Predictor(network, "mnist");
        float[] image = new float[72];
        Rng rng = new Rng(9);
        for (int i = 0; i < image.length; i++) {
            image[i] = rng.nextFloat();
        }

        float[] all = cnn.layerOutputs(image);
        float[] kernels = cnn.kernels(0);

        String info = cnn.describe();
        assertTrue(info.contains("\"outputShape\":[3,4,4],\"activation\":\"relu\",\"parameters\":57,\"offset\":72"), info);
        assertTrue(info.contains("\"outputShape\":[3,2,2],\"activation\":null,\"parameters\":0,\"offset\":120"), info);
        assertTrue(info.contains("\"activation\":\"softmax\",\"parameters\":52,\"offset\":132"), info);
        assertEquals(136, all.length);
        assertArrayEquals(image, Arrays.copyOf(all, 72), "the input comes first");
        assertEquals(3 * 18 + 3, kernels.length, "three filters of 2·3·3 weights, then three biases");
        float[] maps = new float[48];   // relu(conv), 3×4×4, computed from the kernels export alone
        for (int f = 0; f < 3; f++) {
            assertEquals(0.1f * (f - 1), kernels[54 + f], 1e-7f, "filter " + f + "'s bias");
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    float z = kernels[54 + f];
                    for (int c = 0; c < 2; c++) {
                        for (int ky = 0; ky < 3; ky++) {
                            for (int kx = 0; kx < 3; kx++) {
                                z += kernels[f * 18 + (c * 3 + ky) * 3 + kx] * image[(c * 6 + y + ky) * 6 + x + kx];
                            }
                        }
                    }
                    maps[(f * 4 + y) * 4 + x] = Math.max(0, z);
                    assertEquals(maps[(f * 4 + y) * 4 + x], all[72 + (f * 4 + y) * 4 + x], 1e-5f, "map " + f + " at " + y + "," + x);
                }
            }
        }
        for (int f = 0; f < 3; f++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 2; x++) {
                    float largest = 0;
                    for (int dy = 0; dy < 2; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            largest = Math.max(largest, maps[(f * 4 + 2 * y + dy) * 4 + 2 * x + dx]);
                        }
                    }
                    assertEquals(largest, all[120 + (f * 2 + y) * 2 + x], 1e-5f, "pooled map " + f + " at " + y + "," + x);
                }
            }
        }
        assertArrayEquals(network.predict(image), Arrays.copyOfRange(all, 132, 136), 1e-6f, "the probabilities last");
    }

    @Test
    void kernelsOfALayerThatIsNoConvolutionAreABug() {
        Predictor cnn = new Predictor(Network.fromSpec("6x6x1 conv3x3x2 relu pool2 dense4", 5), "mnist");
        assertThrows(IllegalArgumentException.class, () -> cnn.kernels(1), "a pool has no kernels");
        assertThrows(IllegalArgumentException.class, () -> cnn.kernels(3), "there are three layers");
        assertThrows(IllegalArgumentException.class, () -> predictor.kernels(0), "784-16-16-10 has none");
    }
}

package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class ModelInfoTest {
    @Test
    void aConvNetsLayersComeWithTheirKindShapesActivationAndParameters() {
        String info = ModelInfo.of(Network.fromSpec("28x28x1 conv5x5x8 relu pool2 dropout0.5 dense10", 1), "mnist");
        assertContains(info, "\"spec\":\"28x28x1 conv5x5x8 relu pool2 dropout0.5 dense10 crossentropy he\"");
        assertContains(info, "{\"kind\":\"conv\",\"text\":\"conv5x5x8\",\"inputs\":784,\"outputs\":4608,"
                + "\"inputShape\":[1,28,28],\"outputShape\":[8,24,24],\"activation\":\"relu\",\"parameters\":208,\"offset\":784,"
                + "\"kernel\":5,\"stride\":1,\"padding\":[0,0]}");
        assertContains(info, "{\"kind\":\"pool\",\"text\":\"pool2\",\"inputs\":4608,\"outputs\":1152,"
                + "\"inputShape\":[8,24,24],\"outputShape\":[8,12,12],\"activation\":null,\"parameters\":0,\"offset\":5392,"
                + "\"kernel\":2,\"stride\":2,\"padding\":[0,0]}");
        assertContains(info, "{\"kind\":\"dropout\"");
        assertContains(info, "{\"kind\":\"dense\",\"text\":\"dense 1152 -> 10\",\"inputs\":1152,\"outputs\":10,"
                + "\"inputShape\":[8,12,12],\"outputShape\":[10,1,1],\"activation\":\"softmax\",\"parameters\":11530,\"offset\":7696}");
    }

    @Test
    void aPaddedConvolutionSaysHowManyZerosGoAboveAndLeft() {
        // 28 rows, windows of 4 every 2: 14 outputs reach row 13·2 + 4 = 30, so 2 zeros: 1 above, 1 below.
        String info = ModelInfo.of(Network.fromSpec("28x28x1 conv4x4x4 stride2 same relu dense10", 1), "mnist");
        assertContains(info, "\"outputShape\":[4,14,14],\"activation\":\"relu\",\"parameters\":68,\"offset\":784,"
                + "\"kernel\":4,\"stride\":2,\"padding\":[1,1]}");
    }

    @Test
    void aFullyConnectedNetworkIsDescribedAsBefore() {
        String info = ModelInfo.of(Network.fromSpec("784-16-10 sigmoid", 1), "");
        assertContains(info, "\"sizes\":[784,16,10],\"activation\":\"sigmoid\",\"parameters\":12730");
        assertContains(info, "{\"kind\":\"dense\",\"text\":\"dense 784 -> 16\",\"inputs\":784,\"outputs\":16,"
                + "\"inputShape\":[784,1,1],\"outputShape\":[16,1,1],\"activation\":\"sigmoid\",\"parameters\":12560,\"offset\":784}");
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), text + " should contain " + part);
    }
}

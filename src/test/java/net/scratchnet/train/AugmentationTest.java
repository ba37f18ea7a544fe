package net.scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.scratchnet.data.Dataset;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class AugmentationTest {
    @Test
    void theRotationsSineAndCosineAreExactToFloatPrecisionOverTheirRange() {
        for (float a = -0.2f; a <= 0.2f; a += 0.001f) {
            assertEquals((float) Math.sin(a), Augmentation.sin(a), 1e-7f, "sin " + a);
            assertEquals((float) Math.cos(a), Augmentation.cos(a), 1e-7f, "cos " + a);
        }
        assertTrue(Augmentation.MAX_DEGREES * Math.PI / 180 <= 0.2, "the series are only used where they hold");
    }

    @Test
    void theSameSeedMovesTheSameImagesTheSameWayAndEachImageDifferently() {
        float[] digit = MnistForTests.TRAIN.imageAsFloats(0);
        Augmentation first = new Augmentation(28, 28, 3);
        Augmentation second = new Augmentation(28, 28, 3);
        float[] a = digit.clone();
        float[] b = digit.clone();
        first.apply(a);
        second.apply(b);
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(digit, a), "the image moved");
        float[] c = digit.clone();
        first.apply(c);
        assertFalse(java.util.Arrays.equals(a, c), "the next image is moved another way");
    }

    @Test
    void aMovedDigitKeepsRoughlyItsInkAndStaysNearTheCentre() {
        Augmentation augmentation = new Augmentation(28, 28, 1);
        for (int i = 0; i < 50; i++) {
            float[] digit = MnistForTests.TRAIN.imageAsFloats(i);
            float[] moved = digit.clone();
            augmentation.apply(moved);
            float ink = 0;
            float movedInk = 0;
            for (int p = 0; p < digit.length; p++) {
                ink += digit[p];
                movedInk += moved[p];
                assertTrue(moved[p] >= 0f && moved[p] <= 1f, "pixels stay in 0..1");
            }
            // Scaling by 0.9..1.1 changes the area by 0.81..1.21; bilinear reading blurs but keeps the sum.
            assertTrue(movedInk > 0.75f * ink && movedInk < 1.3f * ink, "ink " + ink + " became " + movedInk);
        }
    }

    @Test
    void trainingWithAugmentationAndDropoutIsTheSameRunForTheSameSeedBitForBit() {
        Dataset data = MnistForTests.TRAIN.subset(0, 300);
        assertTrue(java.util.Arrays.deepEquals(train(data, 5, true), train(data, 5, true)));
        assertFalse(java.util.Arrays.deepEquals(train(data, 5, true), train(data, 5, false)),
                "augmentation changes what the network sees");
    }

    private static float[][] train(Dataset data, int seed, boolean augment) {
        Network network = Network.fromSpec("28x28x1 conv3x3x4 relu pool2 dropout0.25 dense10", seed);
        Trainer trainer = new Trainer(network, data, new TrainingConfig("adam", 0.003f, 16, seed, 0f, augment));
        while (trainer.epoch() < 1) {
            trainer.step();
        }
        return network.dense(0).weights().values();
    }
}

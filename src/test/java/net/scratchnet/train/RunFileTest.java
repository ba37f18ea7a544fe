package net.scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.scratchnet.data.Dataset;
import net.scratchnet.layer.Parameter;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class RunFileTest {
    private static final Dataset DATA = MnistForTests.TRAIN.subset(0, 2000);   // 63 batches of 32 per epoch

    @Test
    void aRunSavedAndReadBackTrainsOnBitForBitLikeOneNeverInterrupted() throws RunFormatException {
        for (String optimizer : TrainingConfig.OPTIMIZERS) {
            TrainingConfig config = new TrainingConfig(optimizer, TrainingConfig.defaultLearningRate(optimizer), 32, 3,
                    1e-4f);
            Trainer uninterrupted = new Trainer(Network.fromSpec("784-16-10 sigmoid", 3), DATA, config);
            Trainer first = new Trainer(Network.fromSpec("784-16-10 sigmoid", 3), DATA, config);
            for (int i = 0; i < 70; i++) {   // into the second epoch: its order was shuffled from the first's
                uninterrupted.step();
                first.step();
            }
            uninterrupted.keepIfBest(0.5f);
            first.keepIfBest(0.5f);
            byte[] file = RunFile.write(first, config, "mnist", new int[] {7, 8});

            RunFile.Run run = RunFile.read(file, "mnist", DATA);
            assertArrayEquals(new int[] {7, 8}, run.counters());
            Trainer resumed = run.trainer();
            for (int i = 0; i < 100; i++) {   // and on into the third epoch
                BatchResult expected = uninterrupted.step();
                BatchResult actual = resumed.step();
                assertEquals(expected, actual, optimizer + ", batch " + i + " after the restart");
            }
            assertSameWeights(uninterrupted.network(), resumed.network(), optimizer);
            assertSameWeights(uninterrupted.checkpoint(), resumed.checkpoint(), optimizer + " checkpoint");
            assertEquals(uninterrupted.checkpointAccuracy(), resumed.checkpointAccuracy());
        }
    }

    @Test
    void aConvNetWithAugmentationAndDropoutResumesBitForBit() throws RunFormatException {
        // Three more generators than an MLP's run: augmentation's and one per dropout layer. Without them in the
        // run file the resumed run would move the images and silence the neurons differently.
        String spec = "28x28x1 conv3x3x4 relu pool2 dropout0.25 dense16 relu dropout0.5 dense10";
        TrainingConfig config = new TrainingConfig("adam", 0.002f, 32, 5, 0f, true);
        Trainer uninterrupted = new Trainer(Network.fromSpec(spec, 5), DATA, config);
        Trainer first = new Trainer(Network.fromSpec(spec, 5), DATA, config);
        for (int i = 0; i < 20; i++) {
            uninterrupted.step();
            first.step();
        }
        Trainer resumed = RunFile.read(RunFile.write(first, config, "mnist", new int[0]), "mnist", DATA).trainer();
        for (int i = 0; i < 20; i++) {
            assertEquals(uninterrupted.step(), resumed.step(), "batch " + i + " after the restart");
        }
        assertSameWeights(uninterrupted.network(), resumed.network(), "conv net");
    }

    @Test
    void aDamagedOrForeignRunIsRefusedWithAReason() {
        TrainingConfig config = new TrainingConfig("adam", 0.001f, 32, 1, 0f);
        Trainer trainer = new Trainer(Network.fromSpec("784-8-10 relu", 1), DATA, config);
        trainer.step();
        byte[] file = RunFile.write(trainer, config, "mnist", new int[0]);

        byte[] damaged = file.clone();
        damaged[file.length / 2] ^= 1;
        assertTrue(assertThrows(RunFormatException.class, () -> RunFile.check(damaged)).getMessage()
                .contains("checksum"));
        byte[] cut = java.util.Arrays.copyOf(file, file.length - 100);
        assertThrows(RunFormatException.class, () -> RunFile.read(cut, "mnist", DATA));
        assertTrue(assertThrows(RunFormatException.class, () -> RunFile.read(file, "fashion", DATA)).getMessage()
                .contains("trained on 'mnist'"));
        assertTrue(assertThrows(RunFormatException.class, () -> RunFile.check(new byte[] {'S', 'N', 'E', 'T', 0}))
                .getMessage().contains("not a ScratchNet training run"));
        assertTrue(assertThrows(RunFormatException.class,
                () -> RunFile.read(file, "mnist", MnistForTests.TRAIN.subset(0, 1000))).getMessage()
                .contains("damaged"));
    }

    static void assertSameWeights(Network expected, Network actual, String what) {
        for (int p = 0; p < expected.parameters().size(); p++) {
            Parameter e = expected.parameters().get(p);
            Parameter a = actual.parameters().get(p);
            for (int r = 0; r < e.rows(); r++) {
                assertArrayEquals(e.values()[r], a.values()[r], what + ": " + e.name() + " row " + r);
            }
        }
    }
}

package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

/** bench.html's trainer: the shared benchmark kit's networks, trained the way its contract says. */
class BenchTrainerTest {
    @Test
    void theCnnWorkloadIsTheKitsNetwork() {
        Network network = Network.fromSpec(BenchWorkload.CNN.spec(), 1);
        // The kit's README: 5,994 parameters, softmax cross-entropy, He-uniform weights.
        assertEquals(5_994, network.spec().parameterCount());
        assertEquals("28x28x1 conv5x5x8 relu pool2 conv5x5x16 relu pool2 dense10 crossentropy he",
                network.spec().toString());
        assertEquals(BenchWorkload.CNN, BenchWorkload.byId("cnn"));
        assertEquals(BenchWorkload.MLP, BenchWorkload.byId("mlp"));
    }

    @Test
    void anUnknownWorkloadIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchWorkload.byId("rnn"));
        assertEquals("unknown benchmark workload 'rnn' (expected mlp or cnn)", e.getMessage());
    }

    @Test
    void oneEpochInFileOrderTeachesTheCnnAndPredictionsUseTheTrainedWeights() throws DataFileException {
        Dataset train = DatasetFiles.load(DatasetKind.MNIST, Split.TRAIN).subset(0, 2_000);
        Dataset test = DatasetFiles.load(DatasetKind.MNIST, Split.TEST).subset(0, 500);
        BenchTrainer trainer = new BenchTrainer(BenchWorkload.CNN, 1, 0.05f, 32);
        double before = accuracy(trainer, test);
        trainer.trainEpoch(pixels(train), labels(train), train.size());
        double after = accuracy(trainer, test);
        assertTrue(before < 0.3, "random weights guess: " + before);
        assertTrue(after > 0.75, "after 2,000 images of plain SGD at lr 0.05: " + after);
    }

    @Test
    void tooFewBytesAreRefusedWithTheSizes() {
        BenchTrainer trainer = new BenchTrainer(BenchWorkload.CNN, 1, 0.05f, 32);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.trainEpoch(new byte[784], new byte[2], 2));
        assertEquals("2 examples need 1568 pixel bytes, got 784", e.getMessage());
    }

    private static double accuracy(BenchTrainer trainer, Dataset test) {
        byte[] predicted = trainer.predict(pixels(test), test.size());
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            correct += predicted[i] == test.label(i) ? 1 : 0;
        }
        return correct / (double) test.size();
    }

    private static byte[] pixels(Dataset data) {
        byte[] pixels = new byte[data.size() * data.pixelsPerImage()];
        for (int i = 0; i < data.size(); i++) {
            System.arraycopy(data.image(i), 0, pixels, i * data.pixelsPerImage(), data.pixelsPerImage());
        }
        return pixels;
    }

    private static byte[] labels(Dataset data) {
        byte[] labels = new byte[data.size()];
        for (int i = 0; i < data.size(); i++) {
            labels[i] = (byte) data.label(i);
        }
        return labels;
    }
}

package net.scratchnet.train;

import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;

/** The bundled MNIST files, read once for all tests of this package. */
final class MnistForTests {
    static final Dataset TRAIN = load(Split.TRAIN);
    static final Dataset TEST = load(Split.TEST);

    private MnistForTests() {
    }

    private static Dataset load(Split split) {
        try {
            return DatasetFiles.load(DatasetKind.MNIST, split);
        } catch (DataFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

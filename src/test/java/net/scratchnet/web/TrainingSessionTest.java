package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import org.junit.jupiter.api.Test;

/** The worker's session as the page drives it: a run exported mid-epoch goes on in a new session exactly. */
class TrainingSessionTest {
    private static final String SPEC = "784-16-16-10 sigmoid";

    @Test
    void aRunExportedAndImportedIntoANewSessionEndsBitForBitLikeOneNeverInterrupted() throws IOException {
        TrainingSession uninterrupted = loaded();
        assertNull(uninterrupted.start(SPEC, "adam", 0.003f, 1e-4f, 32, 2, 1, false));
        TrainingSession first = loaded();
        assertNull(first.start(SPEC, "adam", 0.003f, 1e-4f, 32, 2, 1, false));
        uninterrupted.trainBatches(700);
        first.trainBatches(700);
        byte[] run = first.exportRun();

        TrainingSession second = loaded();
        assertNull(second.importRun(run));
        while (!uninterrupted.isDone()) {
            String expected = uninterrupted.trainBatches(500);
            assertEquals(expected, second.trainBatches(500), "the same report, batch for batch");
            if (expected.contains("\"epochEnded\":true")) {
                assertEquals(uninterrupted.evaluate().json(), second.evaluate().json(), "the same evaluation");
            }
        }
        assertTrue(second.isDone(), "and the run ends at its second epoch in both");
        assertArrayEquals(uninterrupted.snapshot(), second.snapshot(), "with the very same weights");
    }

    @Test
    void aDamagedRunLeavesTheSessionAsItWas() throws IOException {
        TrainingSession session = loaded();
        assertNull(session.start(SPEC, "sgd", 0.1f, 0f, 32, 1, 1, false));
        session.trainBatches(10);
        byte[] before = session.snapshot();
        byte[] damaged = session.exportRun();
        damaged[damaged.length / 3] ^= 1;
        assertTrue(session.importRun(damaged).contains("checksum"));
        assertArrayEquals(before, session.snapshot());
        assertTrue(session.trainBatches(1).contains("\"batch\":11"), "and it trains on from batch 11");
    }

    private static TrainingSession loaded() throws IOException {
        Path folder = DatasetFiles.defaultDirectory(DatasetKind.MNIST);
        TrainingSession session = new TrainingSession();
        assertNull(session.loadDataset("mnist", Files.readString(folder.resolve("SHA256SUMS")),
                Files.readAllBytes(folder.resolve("train-images-idx3-ubyte.gz")),
                Files.readAllBytes(folder.resolve("train-labels-idx1-ubyte.gz")),
                Files.readAllBytes(folder.resolve("t10k-images-idx3-ubyte.gz")),
                Files.readAllBytes(folder.resolve("t10k-labels-idx1-ubyte.gz"))));
        return session;
    }
}

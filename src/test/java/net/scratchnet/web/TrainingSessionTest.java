package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import org.junit.jupiter.api.Test;

/**
 * The worker's session as the page drives it: a run exported mid-epoch or mid-evaluation goes on in a new
 * session exactly; an evaluation in parts reports what one at once does.
 */
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
                assertEquals(evaluateAll(uninterrupted), evaluateAll(second), "the same evaluation");
            }
        }
        assertTrue(second.isDone(), "and the run ends at its second epoch in both");
        assertArrayEquals(uninterrupted.snapshot(), second.snapshot(), "with the very same weights");
    }

    @Test
    void anEvaluationInPartsReportsBitForBitWhatOneAtOnceDoes() throws IOException {
        TrainingSession atOnce = loaded();
        TrainingSession inParts = loaded();
        for (TrainingSession session : new TrainingSession[] {atOnce, inParts}) {
            assertNull(session.start(SPEC, "adam", 0.003f, 1e-4f, 32, 2, 1, false));
            assertFalse(session.isEvaluationDue(), "nothing to evaluate before an epoch ends");
            assertTrue(session.trainBatches(5_000).contains("\"epochEnded\":true"));
            assertTrue(session.isEvaluationDue(), "the epoch's end makes its evaluation due");
        }
        assertEquals("{\"images\":10000,\"evaluated\":10000,\"total\":10000,\"done\":true}", atOnce.evaluateSome(10_000));
        assertEquals("{\"images\":250,\"evaluated\":250,\"total\":10000,\"done\":false}", inParts.evaluateSome(1),
                "at least one whole batch of " + net.scratchnet.train.Evaluator.BATCH);
        assertThrows(IllegalStateException.class, () -> inParts.trainBatches(1),
                "no batch trains on weights still being evaluated");
        assertEquals("{\"images\":750,\"evaluated\":1000,\"total\":10000,\"done\":false}", inParts.evaluateSome(600),
                "rounded up to whole batches");
        while (inParts.isEvaluationDue()) {
            inParts.evaluateSome(700);
        }
        String report = atOnce.lastReport().json();
        assertEquals(report, inParts.lastReport().json());
        assertArrayEquals(atOnce.lastReport().galleryPixels(), inParts.lastReport().galleryPixels());
        assertTrue(report.matches(".*\"epoch\":1,.*\"trainAccuracy\":0\\.[89]\\d*,.*\"best\":true}"),
                "epoch 1, the epoch's own training accuracy, and the first evaluation is the best: " + report);
        assertEquals(atOnce.trainBatches(3), inParts.trainBatches(3), "and training goes on alike");
    }

    @Test
    void aRunExportedDuringAnEvaluationEvaluatesAgainFromTheStartAndEndsLikeOneNeverInterrupted() throws IOException {
        TrainingSession uninterrupted = loaded();
        TrainingSession first = loaded();
        for (TrainingSession session : new TrainingSession[] {uninterrupted, first}) {
            assertNull(session.start(SPEC, "sgd", 0.5f, 0f, 32, 2, 3, false));
            session.trainBatches(5_000);
        }
        String expected = evaluateAll(uninterrupted);
        first.evaluateSome(4_000);
        byte[] run = first.exportRun();

        TrainingSession second = loaded();
        assertNull(second.importRun(run));
        assertTrue(second.isEvaluationDue(), "the evaluation under way is due again");
        assertFalse(second.isFinished());
        assertEquals("{\"images\":250,\"evaluated\":250,\"total\":10000,\"done\":false}", second.evaluateSome(1),
                "from the first test image");
        assertEquals(expected, evaluateAll(second), "to the very same report");
        while (!uninterrupted.isDone()) {
            assertEquals(uninterrupted.trainBatches(700), second.trainBatches(700));
        }
        assertTrue(second.isDone() && second.isEvaluationDue() && !second.isFinished(),
                "the last epoch trained, its evaluation due");
        assertEquals(evaluateAll(uninterrupted), evaluateAll(second));
        assertTrue(second.isFinished());
        assertArrayEquals(uninterrupted.exportRun(), second.exportRun(), "the same run, to the last byte");
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

    /** Runs the evaluation due to its end, a batch at a time; returns its report. */
    private static String evaluateAll(TrainingSession session) {
        while (session.isEvaluationDue()) {
            session.evaluateSome(1);
        }
        return session.lastReport().json();
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

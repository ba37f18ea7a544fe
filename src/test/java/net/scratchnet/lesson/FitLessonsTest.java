package net.scratchnet.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.scratchnet.data.Checksums;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.train.Evaluation;
import org.junit.jupiter.api.Test;

/** The overfitting chapter's race and the judging chapter's measures, on the JVM. */
class FitLessonsTest {
    private static final Path MNIST = Path.of("webapp", "data", DatasetKind.MNIST.folder());

    @Test
    void theCureRaceAsksForDataAndNamesWhatItRefuses() throws IOException {
        OverfitRace race = new OverfitRace();
        assertTrue(race.reset(500, 10, "", false, 1).contains("load MNIST"));
        assertNull(load(race));
        assertTrue(race.reset(500, 10, "dropout,magic", false, 1).contains("unknown cure 'magic'"));
        assertTrue(race.reset(10, 10, "", false, 1).contains("must be 32 to 59000"));
        assertTrue(race.reset(500, 0, "", false, 1).contains("at least one epoch"));
    }

    @Test
    void weightDecayShrinksAWeightTheLossIgnoresByEtaTimesLambda() {
        float w = 0.5f;
        assertEquals(w - OverfitRace.LEARNING_RATE * OverfitRace.WEIGHT_DECAY * w, OverfitRace.decayStep(w, 0f), 1e-7f);
        assertEquals(w - OverfitRace.LEARNING_RATE * (0.2f + OverfitRace.WEIGHT_DECAY * w), OverfitRace.decayStep(w, 0.2f), 1e-7f);
    }

    @Test
    void theTestImagesAreLookedAtOnlyOnceTheRaceIsOverAndEarlyStoppingEndsRunsSooner() throws IOException {
        OverfitRace race = new OverfitRace();
        assertNull(load(race));
        assertNull(race.reset(32, 200, "dropout", true, 3));
        assertThrows(IllegalStateException.class, race::testAccuracies);
        int epochs = 0;
        float[] accuracies = race.accuracies();
        while (!race.finished()) {
            race.train(race.batchesPerEpoch());
            accuracies = race.accuracies();
            epochs++;
        }
        assertTrue(epochs < 200, "32 images are learnt by heart long before 200 epochs: " + epochs);
        assertTrue(accuracies[2] <= epochs - OverfitRace.PATIENCE, "the run without a cure keeps an earlier epoch's weights");
        float[] test = race.testAccuracies();
        assertEquals(2, test.length);
        assertTrue(test[0] > 0.3f && test[0] < 0.9f, "32 images teach something, not everything: " + test[0]);
    }

    @Test
    void precisionReadsAColumnAndRecallARow() {
        int[][] confusion = {
            {8, 2, 0},
            {1, 6, 3},
            {0, 0, 0},
        };
        assertArrayEquals(new float[] {8 / 9f, 6 / 8f, 0f / 3}, ClassifierJudge.precision(confusion));
        float[] recall = ClassifierJudge.recall(confusion);
        assertEquals(8 / 10f, recall[0]);
        assertEquals(6 / 10f, recall[1]);
        assertTrue(Float.isNaN(recall[2]), "no image of class 2: its recall is not a number");
    }

    @Test
    void theReliabilityBinsCountConfidenceAndRightAnswersAndTheSurestMistakesComeFirst() {
        Dataset data = new Dataset("three", 1, 1, new byte[4], new byte[] {0, 1, 1, 0}, new String[] {"a", "b"});
        float[][] probabilities = {{0.95f, 0.05f}, {0.97f, 0.03f}, {0.4f, 0.6f}, {0.35f, 0.65f}};
        Evaluation evaluation = new Evaluation(0f, 0.5f, new int[2][2], new int[] {0, 0, 1, 1}, probabilities);
        ClassifierJudge.Calibration bins = ClassifierJudge.calibration(evaluation, data);
        assertEquals(2, bins.count()[9]);
        assertEquals(0.96f, bins.meanConfidence()[9], 1e-6f);
        assertEquals(0.5f, bins.fractionRight()[9]);
        assertEquals(2, bins.count()[6]);
        assertEquals(0.5f, bins.fractionRight()[6]);
        assertTrue(Float.isNaN(bins.fractionRight()[0]), "an empty bin");
        assertArrayEquals(new int[] {1, 3}, ClassifierJudge.mostConfidentMistakes(evaluation, data, 5));
        assertArrayEquals(new int[] {1}, ClassifierJudge.mostConfidentMistakes(evaluation, data, 1));
    }

    @Test
    void theJudgeTakesOnlyAnMnistNetwork() throws IOException {
        ClassifierJudge judge = new ClassifierJudge();
        assertTrue(judge.loadModel(Files.readAllBytes(Path.of("webapp", "models", "fashion.snn"))).contains("fashion"));
        assertTrue(judge.loadModel(new byte[] {1, 2, 3}) != null, "a damaged file is refused with a message");
        assertNull(judge.loadModel(Files.readAllBytes(Path.of("webapp", "models", "mnist-128.snn"))));
    }

    private static String load(OverfitRace race) throws IOException {
        return race.loadMnist(Files.readString(MNIST.resolve(Checksums.FILE_NAME)),
                Files.readAllBytes(MNIST.resolve(Split.TRAIN.imagesFileName())),
                Files.readAllBytes(MNIST.resolve(Split.TRAIN.labelsFileName())),
                Files.readAllBytes(MNIST.resolve(Split.TEST.imagesFileName())),
                Files.readAllBytes(MNIST.resolve(Split.TEST.labelsFileName())));
    }
}

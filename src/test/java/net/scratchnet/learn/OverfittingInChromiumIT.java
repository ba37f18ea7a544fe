package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.scratchnet.data.Checksums;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.lesson.OverfitRace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The overfitting chapter in headless Chromium: its race, run by chapter 9's worker with the WasmGC core, shows a
 * smaller gap between training and validation accuracy with augmentation than without a cure, and its test
 * accuracies, shown once the race is over, are the JVM's to the last bit.
 */
class OverfittingInChromiumIT {
    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);

    @Test
    void augmentationShrinksTheGapAndTheTestAccuracyIsTheCoresOnTheJvm() throws IOException {
        browser.open("overfitting.html");
        browser.click("#cure-weight-decay");
        browser.click("#cure-dropout");
        browser.click("#cure-start");
        browser.waitUntil(Duration.ofSeconds(240),
                "[...document.querySelectorAll('#cure-table tr[data-cure] td:last-child')].every(td => td.dataset.value)"
                        + " && document.querySelectorAll('#cure-table tr[data-cure]').length === 2");
        assertEquals(List.of(), browser.pageErrors());

        double plainGap = value("none", 3);
        double augmentedGap = value("augmentation", 3);
        assertTrue(plainGap > 0.08, "without a cure the network overfits: a gap of " + plainGap);
        assertTrue(augmentedGap < plainGap / 2, "augmentation shrinks the gap " + plainGap + " to " + augmentedGap);

        OverfitRace race = new OverfitRace();
        Path mnist = Path.of("webapp", "data", DatasetKind.MNIST.folder());
        assertNull(race.loadMnist(Files.readString(mnist.resolve(Checksums.FILE_NAME)),
                Files.readAllBytes(mnist.resolve(Split.TRAIN.imagesFileName())),
                Files.readAllBytes(mnist.resolve(Split.TRAIN.labelsFileName())),
                Files.readAllBytes(mnist.resolve(Split.TEST.imagesFileName())),
                Files.readAllBytes(mnist.resolve(Split.TEST.labelsFileName()))));
        assertNull(race.reset(500, 40, "augmentation", false, 11));
        while (!race.finished()) {
            race.train(race.batchesPerEpoch());
            race.accuracies();
        }
        float[] test = race.testAccuracies();
        assertEquals(test[0], value("none", 5));
        assertEquals(test[1], value("augmentation", 5));

        browser.wholePageScreenshot("overfitting-1280");
        browser.phone(390);
        try {
            browser.wholePageScreenshot("overfitting-390");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void theQuestionsMarkRightAnswersAndExplainWrongOnes() {
        browser.open("overfitting.html");
        assertEquals("wrong", browser.answerQuiz("quiz-overfitting-1", "fair"));
        assertEquals(List.of("fair"), browser.shownExplanations("quiz-overfitting-1"));
        assertEquals("right", browser.answerQuiz("quiz-overfitting-1", "optimistic"));

        float after = OverfitRace.decayStep(0.5f, 0f);
        assertEquals("wrong", browser.answerQuiz("quiz-overfitting-2", "0.5"), "the weight does shrink");
        assertEquals(List.of("wrong"), browser.shownExplanations("quiz-overfitting-2"));
        assertEquals("right", browser.answerQuiz("quiz-overfitting-2", String.format(Locale.ROOT, "%.4f", after)));
        assertTrue(browser.text("quiz-overfitting-2").contains(String.format(Locale.ROOT, "%.4f", after)),
                "the working ends in the core's value");

        assertEquals("wrong", browser.answerQuiz("quiz-overfitting-3", "halves"));
        assertEquals("right", browser.answerQuiz("quiz-overfitting-3", "nothing"));
        assertEquals(List.of(), browser.pageErrors());
    }

    /** The number behind cell {@code column} (0 is the run's name) of the run {@code cure}. */
    private static double value(String cure, int column) {
        return Double.parseDouble((String) browser.script("return document.querySelector("
                + "`#cure-table tr[data-cure=\"${arguments[0]}\"]`).cells[arguments[1]].dataset.value", cure, column));
    }
}

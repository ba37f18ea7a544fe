package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import net.scratchnet.lesson.ClassifierJudge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The judging chapter in headless Chromium: the shipped network judged on the 10,000 test images by the WasmGC core
 * in the page gives the JVM's accuracy, precision and recall, most confident mistakes and answer to the noise image.
 */
class JudgingInChromiumIT {
    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);

    @Test
    void thePageJudgesTheShippedNetworkAsTheJvmDoes() throws IOException {
        browser.open("judging.html");
        browser.waitUntil(Duration.ofSeconds(60), "document.getElementById('judge-accuracy').dataset.value");
        assertEquals(List.of(), browser.pageErrors());

        ClassifierJudge judge = judgeOnTheJvm("mnist-128");
        String report = judge.report();
        assertEquals(judge.result().accuracy(), Float.parseFloat((String) browser.script(
                "return document.getElementById('judge-accuracy').dataset.value")));
        List<?> precision = (List<?>) browser.script(
                "return [...document.querySelectorAll('#judge-classes td:nth-of-type(1)')].map(td => Number(td.dataset.value))");
        float[] jvmPrecision = ClassifierJudge.precision(judge.result().confusion());
        for (int k = 0; k < 10; k++) {
            assertEquals(jvmPrecision[k], ((Number) precision.get(k)).floatValue(), "precision of " + k);
        }
        List<?> mistakes = (List<?>) browser.script(
                "return [...document.querySelectorAll('#judge-mistakes figure')].map(f => f.dataset.index)");
        assertEquals(ClassifierJudge.MISTAKES, mistakes.size());
        assertTrue(report.contains("\"index\":[" + String.join(",", mistakes.stream().map(String::valueOf).toList()) + "]"),
                "the page's most confident mistakes are the JVM's: " + mistakes);
        float[] noise = judge.noise(1);
        float noiseConfidence = 0f;
        for (int c = 0; c < 10; c++) {
            noiseConfidence = Math.max(noiseConfidence, noise[784 + c]);
        }
        assertEquals(noiseConfidence, Float.parseFloat((String) browser.script(
                "return document.getElementById('noise-confidence').dataset.value")));
        assertTrue(noiseConfidence > 0.9f, "noise gets a confident answer: " + noiseConfidence);

        int weakest = weakest(jvmPrecision);
        float recall = ClassifierJudge.recall(judge.result().confusion())[weakest];
        assertEquals("wrong", browser.answerQuiz("quiz-judging-1", String.format(Locale.ROOT, "%.4f", recall)),
                "the recall is not the precision");
        assertEquals(List.of("wrong"), browser.shownExplanations("quiz-judging-1"));
        assertEquals("right", browser.answerQuiz("quiz-judging-1", String.format(Locale.ROOT, "%.4f", jvmPrecision[weakest])));
        assertEquals("wrong", browser.answerQuiz("quiz-judging-2", "recall"));
        assertEquals("right", browser.answerQuiz("quiz-judging-2", "precision"));
        assertEquals("wrong", browser.answerQuiz("quiz-judging-3", "looks"));
        assertEquals(List.of("looks"), browser.shownExplanations("quiz-judging-3"));
        assertEquals("right", browser.answerQuiz("quiz-judging-3", "compares"));

        browser.wholePageScreenshot("judging-1280");
        browser.phone(390);
        try {
            browser.wholePageScreenshot("judging-390");
        } finally {
            browser.desktop();
        }

        String before = browser.text("noise-confidence");
        browser.click("#noise-next");
        assertNotEquals(before, browser.text("noise-confidence"));
        browser.script("const s = document.getElementById('judge-model'); s.value = 'mnist';"
                + " s.dispatchEvent(new Event('change'));");
        float smaller = judgeOnTheJvm("mnist").result().accuracy();
        assertNotEquals(judge.result().accuracy(), smaller);
        browser.waitUntil(Duration.ofSeconds(60), "Math.fround(Number(document.getElementById('judge-accuracy').dataset.value))"
                + " === Math.fround(" + smaller + ")");
        assertEquals(List.of(), browser.pageErrors());
    }

    /** The Chinese chapter counts as its prose does: 1 万张 for the round 10,000, digits with separators while judging. */
    @Test
    void theChineseChapterSaysItsCountsAsItsProseDoes() {
        browser.open("../zh/learn/judging.html");
        assertEquals("全部 1 万张测试图像已评估完毕。", browser.text("judge-status"));
        browser.script("""
                const status = document.getElementById('judge-status');
                window.statusLines = [];
                new MutationObserver(() => window.statusLines.push(status.textContent))
                  .observe(status, { childList: true, characterData: true, subtree: true });
                const choice = document.getElementById('judge-model');
                choice.value = 'mnist';
                choice.dispatchEvent(new Event('change'));""");
        browser.waitUntil(Duration.ofSeconds(60), "window.statusLines.includes('全部 1 万张测试图像已评估完毕。')");
        List<?> lines = (List<?>) browser.script("return window.statusLines");
        assertTrue(lines.contains("正在评估：500 / 10,000 张测试图像…"), "the progress in digits, grouped: " + lines);
        assertEquals(List.of(), browser.pageErrors());
    }

    /** The shipped {@code model} judged on MNIST's test images by the JVM, as the page judges it. */
    static ClassifierJudge judgeOnTheJvm(String model) throws IOException {
        ClassifierJudge judge = new ClassifierJudge();
        Path mnist = Path.of("webapp", "data", DatasetKind.MNIST.folder());
        assertNull(judge.loadModel(Files.readAllBytes(Path.of("webapp", "models", model + ".snn"))));
        assertNull(judge.loadTest(Files.readString(mnist.resolve(Checksums.FILE_NAME)),
                Files.readAllBytes(mnist.resolve(Split.TEST.imagesFileName())),
                Files.readAllBytes(mnist.resolve(Split.TEST.labelsFileName()))));
        while (judge.evaluateSome(500) < judge.testSize()) {
            // judged in slices, as the page does
        }
        return judge;
    }

    /** The class with the lowest precision: the one the chapter's first question asks about. */
    static int weakest(float[] precision) {
        int weakest = 0;
        for (int k = 1; k < 10; k++) {
            weakest = precision[k] < precision[weakest] ? k : weakest;
        }
        return weakest;
    }
}

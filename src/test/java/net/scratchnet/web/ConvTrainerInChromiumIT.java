package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.browser.MainPageSession;
import net.scratchnet.model.ModelFile;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.settings.Preset;
import net.scratchnet.settings.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Convolutional networks in the main page's trainer (issue 10), in headless Chromium on the WasmGC build: the
 * conv presets fill the form, a conv net chosen in the URL trains, pauses, steps, survives a reload and resumes bit
 * for bit, its model exports and imports with its spec, and a bad spec is named while the other settings stay; the
 * evaluation after an epoch runs in slices, so a pause stops it at once, and a run kept mid-evaluation ends the same;
 * the diagram's feature maps follow the weights as they train.
 */
class ConvTrainerInChromiumIT {
    private static final Duration TRAINING = Duration.ofSeconds(120);
    /** A conv net small enough to train an epoch in seconds, with dropout and augmentation: their RNGs are kept too. */
    private static final String TINY = "28x28x1 conv5x5x4 stride2 relu dropout0.25 dense10";
    /**
     * `train --arch TINY --augment --optimizer adam --lr 0.003 --weight-decay 0 --batch 32 --epochs 1 --seed 1` on
     * the JVM ends at 96.27%; the WasmGC core's Java loops compute bit for bit like the JVM, and its SIMD products,
     * which round their sums in another order, end there too.
     */
    private static final String TINY_QUERY = "?arch=" + TINY.replace(' ', '+')
            + "&augment=true&optimizer=adam&lr=0.003&weight-decay=0&batch=32&epochs=1&seed=1";

    /**
     * A conv net whose evaluation of the 10,000 test images takes long enough to pause in (about a second).
     * `train --arch "28x28x1 conv5x5x8 relu pool2 dense10" --optimizer adam --lr 0.003 --weight-decay 0 --batch 32
     * --epochs 1 --seed 1` on the JVM ends at 97.83% (20 s, 2,976 images/s, on a busy machine).
     */
    private static final String EVALUATED_QUERY = "?arch=28x28x1+conv5x5x8+relu+pool2+dense10"
            + "&augment=false&optimizer=adam&lr=0.003&weight-decay=0&batch=32&epochs=1&seed=1";

    @RegisterExtension
    static final MainPageSession SESSION = new MainPageSession();

    private static MainPage page() {
        return SESSION.page();
    }

    private static Chromium chromium() {
        return SESSION.chromium();
    }

    @Test
    void aConvPresetFillsInItsSpecRateEpochsAndAugmentationAndAFullyConnectedOneClearsThem() {
        page().openFresh("");
        for (Preset preset : TrainingSettings.PRESETS) {
            String button = "//div[contains(@class,'presets')]/button[.='" + preset.title() + "']";
            chromium().driver().findElement(By.xpath(button)).click();
            assertEquals(preset.architecture(), page().value("architecture"), preset.title());
            assertEquals(String.valueOf(preset.augment()), page().value("augment"), preset.title());
            assertEquals(String.valueOf(preset.epochs()), page().value("epochs"), preset.title());
            assertEquals(preset.learningRate("adam"), Float.parseFloat(page().value("learningRate")), preset.title());
            boolean spec = !preset.architecture().isEmpty();
            assertEquals(!spec, field("hidden").isEnabled(), "the spec replaces the hidden layers: " + preset.title());
            String url = chromium().driver().getCurrentUrl();
            assertTrue(url.contains("arch=" + preset.architecture().replace(' ', '+') + "&")
                    && url.contains("augment=" + preset.augment()), url);
        }
    }

    @Test
    void aConvNetFromTheUrlTrainsPausesStepsAndAfterAReloadResumesToTheJvmsAccuracy() {
        page().openFresh(TINY_QUERY);
        assertEquals("true", page().value("augment"));
        page().byTestId("train").click();
        double firstLoss = chromium().waitFor(TRAINING, driver -> MainPage.number(page().text("loss")));
        chromium().waitFor(TRAINING, driver -> batch() >= 300);
        page().byTestId("train").click();   // Pause
        chromium().waitFor(TRAINING, driver -> page().text("status").startsWith("Paused at epoch 1 of 1, batch"));
        int paused = batch();
        page().byId("step").click();
        chromium().waitFor(TRAINING, driver -> page().text("status").startsWith("Paused after one step"));
        assertEquals(paused + 1, batch(), "a Step trains one batch");
        assertTrue(MainPage.number(page().text("loss")) < firstLoss, "the loss went down: " + firstLoss + " -> "
                + page().text("loss"));
        assertTrue(MainPage.number(page().text("speed")) > 0, page().text("speed"));
        Map<?, ?> kept = chromium().waitFor(Duration.ofSeconds(10), driver -> page().keptView());
        assertTrue(((Number) kept.get("lossPoints")).longValue() > 0, "the charts are kept: " + kept);

        page().reload("");
        assertTrue(page().text("status").startsWith("Paused at epoch 1 of 1, batch"), page().text("status"));
        assertEquals(TINY, page().value("architecture"), "the run's own network");
        page().byId("resume").click();
        chromium().waitFor(TRAINING, driver -> page().text("status").startsWith("Training finished"));
        assertEquals("96.27%", page().byTestId("test-accuracy").getText(), "the resumed run ends bit for bit the same");
        assertTrue(page().text("model-info").contains("trained on MNIST"), page().text("model-info"));
        assertFalse(chromium().driver().findElements(By.cssSelector("#confusion td")).isEmpty(), "a confusion matrix");
        assertFalse(chromium().driver().findElements(By.cssSelector("#gallery canvas")).isEmpty(),
                "and the misclassified test images");
    }

    @Test
    void aPauseDuringAnEvaluationStopsItAtOnceAndTheRunKeptThenEndsAtTheJvmsAccuracy() throws InterruptedException {
        page().openFresh(EVALUATED_QUERY);
        page().byTestId("train").click();
        chromium().waitFor(TRAINING, driver -> page().text("epoch-text").startsWith("testing: "));
        // Pause, pressed in the same task that reads how far the evaluation has come, so that no time passes between.
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) chromium().script("const shown = ['status', 'epoch-text']"
                + ".map(id => document.getElementById(id).textContent);"
                + " document.querySelector('[data-testid=train]').click(); return shown;");
        String during = shown.get(0);
        String pressed = shown.get(1);
        assertTrue(during.matches("Testing epoch 1 of 1 on the test images: [0-9,]+ of 10,000\\."),
                "the status line says the test images are running: " + during);
        chromium().waitFor(TRAINING, driver -> page().text("status").startsWith("Paused at epoch 1 of 1, batch 1,875"));
        String stopped = page().text("epoch-text");
        assertTrue(stopped.matches("testing: [0-9,]+ of 10,000 test images") && !stopped.startsWith("testing: 10,000"),
                "within the evaluation: " + stopped);
        // At once: counted in test images rather than timed, so a busy machine does not change it. After the press the
        // worker ends its slice (40 ms of work) and the page shows what was on its way (at most 0.1 s of work each).
        int afterThePress = testImages(stopped) - testImages(pressed);
        assertTrue(afterThePress >= 0 && afterThePress < 5_000, "the pause came at '" + pressed + "' and stopped the"
                + " evaluation at '" + stopped + "': " + afterThePress + " test images later, not within a few slices");
        Thread.sleep(1_500);
        assertEquals(stopped, page().text("epoch-text"), "no test image is evaluated while paused");
        assertEquals("–", page().byTestId("test-accuracy").getText(), "and no accuracy is shown before the end");

        page().reload("");   // the run was kept at the pause, its evaluation due
        assertTrue(page().text("status").startsWith("Paused at epoch 1 of 1, batch 1,875"), page().text("status"));
        page().byId("resume").click();
        chromium().waitFor(TRAINING, driver -> page().text("status").startsWith("Training finished"));
        assertEquals("97.83%", page().byTestId("test-accuracy").getText(),
                "the evaluation starts again from the first test image and ends as it would have");
    }

    @Test
    @SuppressWarnings("unchecked")
    void trainingAConvNetChangesTheFeatureMapsTheDiagramShowsForTheDrawing() {
        page().openFresh(TINY_QUERY.replace("augment=true", "augment=false"));
        page().drawOne();
        page().byTestId("train").click();   // the conv net of the URL, from random weights, in place of the pretrained one
        String maps = ".fmap-layer.conv .fmap";
        chromium().waitFor(TRAINING, driver -> batch() >= 5
                && (Long) chromium().script("return document.querySelectorAll(arguments[0]).length;", maps) == 4L);
        List<Long> early = (List<Long>) chromium().script(FeatureMapsInChromiumIT.LIT_PIXELS, maps);
        assertTrue(early.stream().anyMatch(lit -> lit > 0), "the drawing lights the 4 maps of conv5x5x4: " + early);
        chromium().waitFor(TRAINING, driver -> batch() >= 300
                && !early.equals(chromium().script(FeatureMapsInChromiumIT.LIT_PIXELS, maps)));
        page().byTestId("train").click();   // Pause
    }

    @Test
    void aConvModelExportsAndImportsWithItsSpec(@TempDir Path folder) throws Exception {
        page().openFresh(TINY_QUERY.replace("augment=true", "augment=false"));
        page().byTestId("train").click();
        chromium().waitFor(TRAINING, driver -> batch() >= 200);
        page().byTestId("train").click();   // Pause
        chromium().waitFor(TRAINING, driver -> page().text("status").startsWith("Paused"));
        Path file = folder.resolve("tiny.snn");
        Files.write(file, exported());
        String spec = NetworkSpec.parse(TINY).toString();
        assertEquals(spec, ModelFile.read(Files.readAllBytes(file)).network().spec().toString(), "the file holds it");

        page().openFresh("");   // the default fully connected network
        org.openqa.selenium.WebElement input = page().byId("import");
        chromium().script("arguments[0].hidden = false;", input);   // a file input must be visible to type into
        input.sendKeys(file.toString());
        chromium().waitFor(Duration.ofSeconds(10), driver -> page().text("training-notices").contains("Imported"));
        assertEquals(spec, page().value("architecture"), "the form shows the imported network");
        assertTrue(page().text("model-info").startsWith("This network: " + spec + ", "),
                "and the model line names it by its spec: " + page().text("model-info"));
        assertFalse(field("hidden").isEnabled(), "which replaces the hidden layers");
        String url = chromium().driver().getCurrentUrl();
        assertTrue(url.contains("arch=" + spec.replace(' ', '+')), "and so does the URL: " + url);
        page().drawOne();
        chromium().waitFor(Duration.ofSeconds(10), driver -> page().byTestId("prediction").getText().matches("[0-9]"));

        page().reload("");   // the imported model is the saved one now
        assertEquals(spec, page().value("architecture"));
        // Trains on from it: the same weights, so the first loss reported is far below the ln 10 = 2.30 of new
        // random weights (200 batches brought it to about 0.4).
        chromium().script("""
                const loss = document.getElementById('loss');
                window.firstLoss = null;
                new MutationObserver((changes, observer) => {
                  if (loss.textContent === '–') return;
                  window.firstLoss = loss.textContent;
                  observer.disconnect();
                }).observe(loss, { childList: true, characterData: true, subtree: true });""");
        page().byTestId("train").click();
        String firstLoss = chromium().waitFor(TRAINING, driver -> (String) chromium().script("return window.firstLoss;"));
        page().byTestId("train").click();   // Pause
        assertTrue(Double.parseDouble(firstLoss) < Math.log(10) / 2, "the imported weights train on: first loss " + firstLoss);
    }

    @Test
    void aBadSpecInTheUrlIsNamedAndTheOtherSettingsStay() {
        String tooDeep = "28x28x1+conv5x5x8+pool2+conv5x5x16+pool2+conv5x5x16+dense10";
        page().openFresh("?arch=" + tooDeep + "&epochs=7&lr=0.002&batch=64");
        String notices = page().text("notices");
        assertTrue(notices.contains("\"arch\"") && notices.contains("leaves it empty")
                && notices.contains("conv5x5x16 without padding does not fit in a 4×4 input"), notices);
        assertEquals("", page().value("architecture"));
        assertEquals("7", page().value("epochs"));
        assertEquals("0.002", page().value("learningRate"));
        assertEquals("64", page().value("batchSize"));

        page().type("architecture", "28x28x1 conv5x5x8 relux dense10");
        String error = page().text("architecture-error");
        assertTrue(error.contains("'relux'"), "the core's message names the word: " + error);
        assertFalse(page().byTestId("train").isEnabled(), "nothing trains on a bad spec");
        assertEquals("7", page().value("epochs"), "and nothing else is lost");
        assertTrue(chromium().driver().getCurrentUrl().contains("epochs=7"), chromium().driver().getCurrentUrl());
        new Select(field("dataset")).selectByValue("fashion");
        page().type("architecture", "28x28x1 dense12");
        assertTrue(page().text("architecture-error").contains("but fashion has 784 pixels"),
                "the spec is checked against the dataset chosen: " + page().text("architecture-error"));
        page().type("architecture", TINY);
        chromium().waitFor(Duration.ofSeconds(5), driver -> page().byTestId("train").isEnabled());
        assertEquals("", page().text("architecture-error"));
    }

    private static org.openqa.selenium.WebElement field(String name) {
        return chromium().driver().findElement(By.name(name));
    }

    /** The batch the run stands at, from the epoch progress text "batch 412 of 1,875" (0 before the first). */
    private static int batch() {
        Double number = MainPage.number(page().text("epoch-text"));
        return number == null ? 0 : number.intValue();
    }

    /** How many test images the progress text "testing: 2,345 of 10,000 test images" says are done. */
    private static int testImages(String progress) {
        return Integer.parseInt(progress.replaceFirst("^testing: ([0-9,]+) of .*", "$1").replace(",", ""));
    }

    /** The bytes the Export model button offers for download. */
    private static byte[] exported() {
        String base64 = (String) chromium().asyncScript(Duration.ofSeconds(10), """
                const done = arguments[arguments.length - 1];
                const createObjectURL = URL.createObjectURL;   // the page's security policy keeps fetch off blob: URLs
                URL.createObjectURL = blob => {
                  URL.createObjectURL = createObjectURL;
                  blob.arrayBuffer().then(buffer => {
                    let text = '';
                    for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
                    done(btoa(text));
                  });
                  return createObjectURL(blob);
                };
                document.getElementById('export').click();""");
        return Base64.getDecoder().decode(base64);
    }
}

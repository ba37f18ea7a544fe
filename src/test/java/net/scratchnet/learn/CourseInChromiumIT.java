package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.scratchnet.browser.PadPointer;
import net.scratchnet.tools.CourseManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;

/**
 * The course in headless Chromium: every chapter loads without a page error, reads at phone width, links to its
 * neighbours, shows the current source of the code it names, and its widgets answer (computed by the WasmGC core).
 */
class CourseInChromiumIT {
    /** The chapters in course order, as the course's manifest lists them. */
    static final List<String> CHAPTERS = chapterSlugs();

    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 1600);

    static List<String> chapters() {
        return CHAPTERS;
    }

    private static List<String> chapterSlugs() {
        try {
            return CourseManifest.read(Path.of("src/course/manifest.txt")).chapters().stream().map(CourseManifest.Chapter::slug).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void chapterLoadsWithoutErrorsAndFitsAPhone(String chapter) {
        browser.open(chapter + ".html");
        assertEquals("", browser.text("chapter-status"), chapter + ": the widgets did not start");
        browser.phone(390);
        try {
            assertEquals(390L, browser.script("return window.innerWidth"));
            long overflow = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, chapter + " is " + overflow + " px wider than a 390 px phone");
        } finally {
            browser.desktop();
        }
        assertEquals(List.of(), browser.pageErrors(), chapter + ": page errors");
    }

    @Test
    void chaptersLinkToTheirNeighboursAndTheIndexListsThemAll() throws IOException {
        browser.open("index.html");
        List<?> listed = (List<?>) browser.script(
                "return [...document.querySelectorAll('.chapter-list:not([data-track]) a')].map(a => a.getAttribute('href'))");
        assertEquals(CHAPTERS.stream().map(c -> c + ".html").toList(), listed);
        for (int k = 0; k < CHAPTERS.size(); k++) {
            String html = Files.readString(CourseBrowser.courseFolder().resolve(CHAPTERS.get(k) + ".html"));
            String previous = k == 0 ? "index.html" : CHAPTERS.get(k - 1) + ".html";
            String next = k + 1 == CHAPTERS.size() ? "index.html" : CHAPTERS.get(k + 1) + ".html";
            assertTrue(html.contains("rel=\"prev\" href=\"" + previous + "\""), CHAPTERS.get(k) + " should link back to " + previous);
            assertTrue(html.contains("rel=\"next\" href=\"" + next + "\""), CHAPTERS.get(k) + " should link on to " + next);
            assertTrue(html.contains("href=\"../index.html\""), CHAPTERS.get(k) + " should link to the main page");
        }
    }

    @Test
    void codePanelsShowTheCurrentSourceOfTheNamedMethods() throws IOException {
        Path sources = Path.of("src/main/java");
        int panels = 0;
        for (String chapter : CHAPTERS) {
            browser.open(chapter + ".html");
            List<?> figures = (List<?>) browser.script("return [...document.querySelectorAll('figure.code')].map(f => ["
                    + "f.dataset.code, f.querySelector('pre') ? f.querySelector('pre').textContent : '', f.querySelector('figcaption').textContent])");
            assertFalse(figures.isEmpty(), chapter + " has no code panel");
            for (Object figure : figures) {
                List<?> parts = (List<?>) figure;
                String name = (String) parts.get(0);
                String shown = (String) parts.get(1);
                String[] classAndMethod = name.split("#");
                Path file = sources.resolve(classAndMethod[0].replace('.', '/') + ".java");
                String source = Files.readString(file);
                assertTrue(unindented(source).contains(unindented(shown)),
                        chapter + ": the panel for " + name + " is not the current text of " + file);
                if (classAndMethod.length == 2) {
                    assertTrue(shown.contains(" " + classAndMethod[1] + "("), chapter + ": the panel for " + name + " lacks its declaration");
                }
                int line = Integer.parseInt(((String) parts.get(2)).replaceAll(".*line (\\d+).*", "$1"));
                assertEquals(shown.lines().findFirst().orElseThrow().strip(), source.lines().skip(line - 1).findFirst().orElseThrow().strip(),
                        chapter + ": the caption of " + name + " names the wrong line");
                panels++;
            }
        }
        assertTrue(panels >= 20, "expected the chapters to show at least 20 pieces of code, found " + panels);
    }

    @Test
    void movingASliderChangesTheNeuronsOutput() {
        browser.open("neuron.html");
        String before = browser.text("neuron-output");
        for (int i = 0; i < 10; i++) {
            browser.press("w1", Keys.ARROW_RIGHT);
        }
        String after = browser.text("neuron-output");
        assertNotEquals(before, after, "ten steps of w1 by keyboard should change the output");
        browser.setRange("bias", -3);
        browser.setRange("w1", -3);
        assertTrue(number(browser.text("neuron-output")) < number(after), "a negative weight and bias should lower the sigmoid");
    }

    @Test
    void theWidgetsWithAnEmbedCounterpartOfferItsSnippetWithTheSitesAddress() {
        Map<String, String> expected = Map.of(
                "neuron.html", "embed.html?widget=neuron&activation=tanh&theme=dark&mode=compact",
                "activations.html", "embed.html?widget=activation&theme=dark&mode=compact",
                "digits.html", "embed.html?widget=pad&dataset=mnist&theme=dark&mode=compact");
        for (Map.Entry<String, String> chapter : expected.entrySet()) {
            browser.open(chapter.getKey());
            if (chapter.getKey().equals("neuron.html")) {
                browser.script("const s = document.querySelector('#neuron select'); s.value = 'tanh';"
                        + " s.dispatchEvent(new Event('change', { bubbles: true }));");
            }
            browser.click(".embed-button");
            String snippet = ((String) browser.script("return document.querySelector('.embed-code').value;")).replace("&amp;", "&");
            assertTrue(snippet.startsWith("<iframe src=\"" + browser.siteAddress() + chapter.getValue() + "\""),
                    chapter.getKey() + ": " + snippet);
        }
    }

    @Test
    void thePerceptronStepsThroughThePoints() {
        browser.open("perceptron.html");
        for (int i = 0; i < 5; i++) {
            browser.click("#perceptron-step");
        }
        assertTrue(browser.text("perceptron-point").startsWith("5 "), browser.text("perceptron-point"));
        assertTrue(number(browser.text("perceptron-mistakes")) <= 60);
    }

    @Test
    void theToyNetworksLossFallsAndSoftmaxSumsToOne() {
        browser.open("activations.html");
        double sum = 0;
        for (String p : browser.text("softmax-p").split(",")) {
            sum += number(p);
        }
        assertEquals(1, sum, 0.002);
        // The loss each frame of training shows, kept as it is shown: the first is the same on any machine, however
        // late the test gets to look (a poll would see a later frame's on a busy one).
        browser.script("""
                window.toyLosses = [];
                const loss = document.getElementById('toy-loss');
                new MutationObserver(() => window.toyLosses.push(loss.textContent))
                  .observe(loss, { childList: true, characterData: true, subtree: true });""");
        browser.click("#toy-train");
        browser.waitUntil(Duration.ofSeconds(20), "window.toyLosses.length > 0");
        double early = number((String) browser.script("return window.toyLosses[0]"));
        browser.waitUntil(Duration.ofSeconds(60), "Number(document.getElementById('toy-batches').textContent.replaceAll(',', '')) >= 1500");
        double late = number(browser.text("toy-loss"));
        assertTrue(browser.text("toy-batches").matches("[1-9][0-9]?[0-9]?(,[0-9]{3})+"), "the batches counted with"
                + " separators: " + browser.text("toy-batches"));
        assertTrue(late < early * 0.5, "the loss should fall by half: " + early + " -> " + late);
        assertTrue(number(browser.text("toy-accuracy").replace("%", "")) >= 90, browser.text("toy-accuracy"));
        browser.click("#toy-train");
    }

    @Test
    void theCounterCountsParametersAndExplainsABadSpec() {
        browser.open("layers.html");
        assertEquals("13,002", browser.text("count-total"));
        browser.click("[data-spec='784-128-10']");
        assertEquals("101,770", browser.text("count-total"));
        browser.script("const i = document.getElementById('count-spec'); i.value = '784-x-10';"
                + " i.dispatchEvent(new Event('input'));");
        assertEquals("–", browser.text("count-total"));
        assertTrue(browser.text("count-error").contains("'x'"), browser.text("count-error"));
        assertFalse(browser.text("layer-output").contains("–"));
    }

    @Test
    void aFashionModelSavedOnTheMainPageAnswersWithClothingNamesInTheDigitsChapter() {
        saveAsTheMainPageWould("fashion");
        try {
            browser.open("digits.html");
            browser.click("[data-class='1']");
            String probabilities = browser.script("return document.getElementById('probabilities').textContent").toString();
            assertTrue(probabilities.contains("Trouser") && probabilities.contains("Ankle boot"), probabilities);
            assertEquals("1 Trouser", browser.text("prediction"), "the desk's trousers, read by the fashion model");
            assertEquals("Draw a Trouser", browser.script("return document.querySelector(\"[data-class='1']\").textContent"));
            assertEquals("Drawing pad: draw a piece of clothing with the mouse, a finger or a pen",
                    browser.script("return document.getElementById('pad').getAttribute('aria-label')"));
            assertEquals("Probability of each piece of clothing",
                    browser.script("return document.getElementById('probabilities').getAttribute('aria-label')"));
        } finally {
            forgetTheSavedModel();
        }
    }

    @Test
    void theDesksDigitIsDrawnFromItsStrokesSoASmallOneComesOutAsThinAsALargeOne() {
        browser.open("digits.html");
        PadPointer pad = browser.pad("pad");
        double scale = pad.width() / 280;
        double large = drawnInk(pad, List.of(new double[] {60, 60}, new double[] {220, 60}, new double[] {120, 230}), scale);
        double small = drawnInk(pad, List.of(new double[] {40, 40}, new double[] {104, 40}, new double[] {64, 108}), scale);
        // From the pad's picture, the small 7's brush would be scaled up with it: about 1.6 times the ink.
        assertEquals(1, small / large, 0.25, "ink of the small 7 " + small + ", of the large one " + large);
    }

    /** Clears the desk, draws a stroke (points on a 280-wide pad) with the mouse and sums what the network sees. */
    private static double drawnInk(PadPointer pad, List<double[]> stroke, double scale) {
        browser.click("#clear");
        pad.draw(List.of(stroke.stream().map(p -> new double[] {p[0] * scale, p[1] * scale}).toList()), PadPointer.Kind.MOUSE);
        return pad.networkInput().stream().mapToDouble(Number::doubleValue).sum();
    }

    @Test
    void aConvNetSavedOnTheMainPageMakesWayForThePretrainedNetworkInTheDigitsChapter() {
        saveAsTheMainPageWould("mnist-cnn");
        try {
            browser.open("digits.html");
            browser.waitUntil(Duration.ofSeconds(10), "!document.getElementById('model-fallback').hidden");
            assertTrue(browser.text("model-source").startsWith("This is the site's pretrained 784-16-16-10 network"),
                    browser.text("model-source"));
            assertEquals(16L, browser.script("return document.querySelectorAll('#weight-grid canvas').length"),
                    "the first layer's 16 neurons as pictures");
            browser.click("[data-class='1']");
            assertTrue(browser.text("prediction").matches("\\d"), browser.text("prediction"));
        } finally {
            forgetTheSavedModel();
        }
    }

    /** Saves the bundled model {@code name} in this browser, as the main page saves the visitor's. */
    private static void saveAsTheMainPageWould(String name) {
        browser.open("digits.html");
        browser.script("""
                window.saved = null;
                Promise.all([import('/js/storage.js'), fetch('/models/' + arguments[0] + '.snn').then(r => r.arrayBuffer())])
                  .then(([storage, bytes]) => storage.saveModel(new Uint8Array(bytes)))
                  .then(() => { window.saved = true; });""", name);
        browser.waitUntil(Duration.ofSeconds(10), "window.saved === true");
    }

    private static void forgetTheSavedModel() {
        browser.script("window.deleted = null; indexedDB.deleteDatabase('scratchnet').onsuccess = () => { window.deleted = true; };");
        browser.waitUntil(Duration.ofSeconds(10), "window.deleted === true");
    }

    @Test
    void theDigitNetworkReadsAnExampleAndTheLossFollowsTheLabel() {
        browser.open("digits.html");
        browser.click("[data-class='1']");
        assertTrue(browser.text("prediction").matches("\\d"), "a prediction for the drawn 1: " + browser.text("prediction"));
        assertEquals("Draw a 1", browser.script("return document.querySelector(\"[data-class='1']\").textContent"));
        assertEquals("Probability of each digit",
                browser.script("return document.getElementById('probabilities').getAttribute('aria-label')"));
        assertEquals(16L, browser.script("return document.querySelectorAll('#weight-grid canvas').length"));

        browser.open("loss.html");
        assertEquals("–", browser.text("loss-ce"));
        browser.click("[data-class='7']");
        assertEquals("7", browser.script("return document.getElementById('loss-label').value"));
        double ce = number(browser.text("loss-ce"));
        double py = number(browser.text("loss-py"));
        assertEquals(-Math.log(py), ce, 0.01, "cross-entropy is -ln p_y");
        browser.script("const s = document.getElementById('loss-label'); s.value = '0'; s.dispatchEvent(new Event('change'));");
        assertNotEquals(ce, number(browser.text("loss-ce")));
        assertTrue(number(browser.text("loss-mse")) <= 1.0);
    }

    @Test
    void gradientDescentArrivesOrDivergesWithTheLearningRate() {
        browser.open("gradient-descent.html");
        browser.click("[data-rate='1']");
        assertTrue(number(browser.text("gd-loss")) < number(browser.text("gd-start")) / 10, browser.text("gd-loss"));
        browser.click("[data-rate='1.7']");
        assertTrue(browser.text("gd-verdict").startsWith("Diverged"), browser.text("gd-verdict"));
        browser.click("[data-rate='0.05']");
        assertTrue(browser.text("gd-verdict").startsWith("Still on its way"), browser.text("gd-verdict"));
    }

    @Test
    void backpropagationAgreesWithTheNumericalGradient() {
        browser.open("backpropagation.html");
        assertTrue(number(browser.text("bp-difference")) < 1e-3, browser.text("bp-difference"));
        String before = browser.text("bp-backward");
        browser.setRange("bp-x1", 0.1);
        assertNotEquals(before, browser.text("bp-backward"));
        assertTrue(number(browser.text("bp-difference")) < 1e-3, browser.text("bp-difference"));
    }

    @Test
    void theRaceTrainsAllThreeOptimisersOnMnist() {
        browser.open("training.html");
        browser.click("#race-start");
        browser.waitUntil(Duration.ofSeconds(60), "document.querySelectorAll('#race-table tr').length === 4"
                + " && [...document.querySelectorAll('#race-table tr')].slice(1).every(r => parseFloat(r.cells[2].textContent) > 50)");
        browser.click("#race-pause");
        assertEquals(List.of(), browser.pageErrors());
        assertEquals(0L, browser.script("return performance.getEntriesByType('resource')"
                + ".filter(entry => /scratchnet\\.(wasm|js)$/.test(entry.name)).length"),
                "the page leaves the core to its worker");
    }

    private static double number(String text) {
        return Double.parseDouble(text.strip().replace('−', '-').replace(",", ""));
    }

    /** The text with each line's indentation removed: a panel is dedented, the file is not. */
    private static String unindented(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n"));
    }
}

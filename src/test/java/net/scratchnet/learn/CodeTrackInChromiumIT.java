package net.scratchnet.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.scratchnet.tools.CourseManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Code it yourself" (learn/code/) in headless Chromium, on the built site with its real Content-Security-Policy:
 * what a learner relies on. Every step's reference solution passes its Check against the Java core; the
 * reference with each known mistake made fails it and earns that mistake's hint; an endless loop is stopped
 * with a message while the page goes on answering; an exception names its line; the code typed survives a
 * reload; and the capstone trains the reference solutions on MNIST to 90%, still hears from them each batch at its
 * largest settings, and stops code that never ends with a message, the code kept.
 *
 * <p>The capstone runs on the first 20,000 training images for one epoch here (about 20 s); with
 * {@code -Dscratchnet.measure=true} it runs the page's suggested settings instead and prints the accuracy.
 */
class CodeTrackInChromiumIT {
    @RegisterExtension
    static final CourseBrowser browser = new CourseBrowser(1280, 900);

    /** The track's pages in order, from the manifest the site was built from. */
    private static List<String> steps() throws Exception {
        return CourseManifest.read(Path.of("src/course/manifest.txt")).tracks().get(0).chapters().stream()
                .map(CourseManifest.Chapter::slug).toList();
    }

    @Test
    void everyReferencePassesItsCheckAndEveryKnownMistakeEarnsItsHint() throws Exception {
        browser.open("index.html");
        assertEquals(steps().stream().map(step -> "code/" + step + ".html").toList(), browser.script(
                "return [...document.querySelectorAll('.chapter-list[data-track=\"code\"] a')].map(a => a.getAttribute('href'))"),
                "the course's index lists the track after the chapters");
        for (String step : steps()) {
            open(step);
            assertEquals(steps(), browser.script("return window.codeSteps.STEPS.map(step => step.id)"),
                    "the scripts' steps are the manifest's pages, in its order: a step calls the ones before it");
            type(reference());
            assertEquals(Map.of("outcome", "pass", "hint", ""), check(), step + ": the reference");
            @SuppressWarnings("unchecked")
            List<String> mistakes = (List<String>) browser.script(
                    "return Object.keys(window.codeSteps.stepAndEarlier(arguments[0]).step.mistakes)", step);
            assertTrue(mistakes.size() >= 2, step + " has at least two known mistakes");
            for (String mistake : mistakes) {
                type((String) browser.script("const steps = window.codeSteps;"
                        + " return steps.mistaken(steps.stepAndEarlier(arguments[0]).step, arguments[1])", step, mistake));
                Map<String, String> report = check();
                assertEquals(mistake, report.get("hint"), step + " with the mistake " + mistake + ": " + browser.text("result"));
                // Transposed weights throw on a layer that is not square: an exception then, with the hint.
                assertTrue(List.of("fail", "exception").contains(report.get("outcome")), step + " " + mistake + ": " + report);
                if (step.equals("dense-forward") && mistake.equals("no-bias")) {
                    screenshots("code-exercise");
                    browser.click("#show-me");
                    browser.script("document.getElementById('solution').scrollIntoView()");
                    browser.screenshot("code-solution");
                    browser.click("#show-me");
                }
                assertEquals(true, browser.script("return document.querySelector('#result p.hint') !== null"), step + ": the hint is shown");
            }
            type(reference());   // the later steps call this one's code: leave the reference behind
            assertEquals(List.of(), browser.pageErrors(), step);
        }
    }

    @Test
    void anEndlessLoopIsStoppedAnErrorNamesItsLineAndTheCodeSurvivesAReload() throws Exception {
        open("one-neuron");
        type("function neuron(x, w, b) {\n  while (true) {}\n}\n");
        // Stopped by the watchdog, not the test's patience (check() waits 20 s): the message names its limit.
        assertEquals("timeout", check().get("outcome"));
        Number limit = (Number) browser.script("return import('../../js/code/runner.js').then(runner => runner.TIMEOUT_MS / 1000)");
        assertTrue(browser.text("result").contains("more than " + limit + " seconds"), browser.text("result"));
        assertEquals(2L, browser.script("return 1 + 1"), "the page answers");

        String throwing = "function neuron(x, w, b) {\n  let z = b;\n  return z + x.missing.length;\n}\n";
        type(throwing);
        assertEquals("exception", check().get("outcome"));
        assertTrue(browser.text("result").contains("line 3"), "names line 3: " + browser.text("result"));
        assertEquals(1L, browser.script("return document.querySelectorAll('.error-line').length"), "marks the line");

        String unfinished = "function neuron(x, w, b) {\n  return (;\n}\n";
        type(unfinished);
        assertEquals("exception", check().get("outcome"));
        // The browser gives a syntax error in evaluated code no position: its message, without a line.
        assertTrue(browser.text("result").contains("SyntaxError"), browser.text("result"));

        browser.script("location.reload()");
        open("one-neuron");
        assertEquals(unfinished, editorText(), "kept across a reload, even code that does not run");

        browser.script("window.confirm = () => true");
        browser.click("#reset");
        assertTrue(editorText().contains("let z = 0;"), "reset brings the starter code back");
        type(reference());
    }

    @Test
    void functionsWrittenAsConstArrowsCountAndAnEarlierStepsErrorIsThatSteps() throws Exception {
        open("one-neuron");
        type("const neuron = (x, w, b) => x.reduce((z, xi, i) => z + w[i] * xi, b);\n");
        assertEquals(Map.of("outcome", "pass", "hint", ""), check(), "a const arrow function is the step's function too");
        type("function neuron(x, w, b) { return [1, 2]; }\n");
        assertEquals("fail", check().get("outcome"));
        assertTrue(browser.text("result").contains("different shapes") && !browser.text("result").contains("Infinity"),
                "a wrong shape is said as such, with no difference of Infinity: " + browser.text("result"));

        // Step 2 calls nothing of step 1, but runs its kept code first: a syntax error there is step 1's.
        open("sigmoid");
        browser.script("localStorage.setItem('scratchnet.code.one-neuron.code', 'function neuron( {')");
        browser.script("location.reload()");
        open("sigmoid");
        type(reference());
        assertEquals("exception", check().get("outcome"));
        assertTrue(browser.text("result").contains("earlier step") && browser.text("result").contains("one-neuron.js"),
                browser.text("result"));
        browser.script("localStorage.removeItem('scratchnet.code.one-neuron.code')");
    }

    @Test
    void theSandboxPageOpenedOnItsOwnRunsNothing() throws Exception {
        // At the site's own origin, not framed with sandbox="allow-scripts": no worker, no answer to anyone.
        try (AutoCloseable counting = browser.beforeEveryPage("window.workersStarted = 0; const RealWorker = Worker;"
                + " window.Worker = function (...args) { window.workersStarted++; return new RealWorker(...args); };")) {
            browser.open("index.html");
            browser.script("location.href = '../code-sandbox.html'");
            browser.waitUntil(Duration.ofSeconds(10), "location.pathname.endsWith('/code-sandbox.html') && document.readyState === 'complete'");
            browser.script("window.postMessage({ id: 1, sources: [], variants: [{ name: 'x.js', text: '' }], harness: '() => 1',"
                    + " cases: [1], timeout: 1000 }, '*')");
            assertEquals(0L, browser.script("return new Promise(done => setTimeout(() => done(window.workersStarted), 500))"));
        }
    }

    @Test
    void theCapstoneTrainsTheReferenceSolutionsToNinetyPercent() throws Exception {
        typeEveryReference();
        open("mnist");
        boolean measure = Boolean.getBoolean("scratchnet.measure");
        if (!measure) {
            browser.script("document.getElementById('train-images').value = '20000';"
                    + " document.getElementById('epochs').value = '1';");
        }
        long started = System.nanoTime();
        browser.click("#train");
        browser.waitUntil(Duration.ofMinutes(measure ? 30 : 3), "document.getElementById('train-status').dataset.outcome");
        assertEquals("done", browser.script("return document.getElementById('train-status').dataset.outcome"), browser.text("train-status"));
        double accuracy = Double.parseDouble((String) browser.script("return document.getElementById('train-status').dataset.accuracy"));
        System.out.printf("capstone (%s): %.2f%% test accuracy in %.0f s%n", measure ? "the page's settings" : "20,000 images, 1 epoch",
                100 * accuracy, (System.nanoTime() - started) / 1e9);
        assertTrue(accuracy >= 0.90, "test accuracy " + accuracy);
        assertEquals(true, browser.script("return document.querySelector('#loss-chart canvas') !== null"), "the loss chart is drawn");
        browser.script("document.getElementById('capstone').scrollIntoView()");
        browser.screenshot("code-capstone");
        assertEquals(List.of(), browser.pageErrors());
    }

    /**
     * The capstone at its largest network and batch (the fields' max): a batch of 1,000 images through 512 hidden
     * neurons takes seconds, so the page hears from the worker each batch (counted: one loss a batch, not one a ten)
     * and between, from each dense layer's pass, and the run ends instead of being taken for stuck. It prints the
     * longest silence, against the 20 s the page waits.
     */
    @Test
    void theCapstoneAtItsLargestNetworkAndBatchHearsFromTheWorkerEachBatchAndEnds() throws Exception {
        typeEveryReference();
        open("mnist");
        long batch = ((Number) browser.script("return Number(document.getElementById('batch-size').max)")).longValue();
        browser.script("""
                document.getElementById('hidden-size').value = document.getElementById('hidden-size').max;
                document.getElementById('batch-size').value = arguments[0];
                document.getElementById('train-images').value = String(2 * arguments[0]);
                document.getElementById('epochs').value = '1';
                window.heard = [];
                addEventListener('message', event => {
                  if (event.data?.progress) window.heard.push({ at: performance.now(), ...event.data.progress });
                });""", batch);
        browser.click("#train");
        browser.waitUntil(Duration.ofMinutes(5), "document.getElementById('train-status').dataset.outcome");
        assertEquals("done", browser.script("return document.getElementById('train-status').dataset.outcome"), browser.text("train-status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> heard = (Map<String, Object>) browser.script("""
                const gaps = window.heard.slice(1).map((report, k) => report.at - window.heard[k].at);
                const losses = window.heard.filter(report => report.loss !== undefined);
                const [first, second] = losses.map(report => report.at);
                return { losses: losses.map(report => report.batch), reports: window.heard.length,
                         tested: window.heard.filter(report => report.tested !== undefined).map(report => report.tested),
                         longestMs: Math.round(Math.max(...gaps)), betweenLossesMs: Math.round(second - first),
                         aliveBetween: window.heard.filter(report => report.alive && report.at > first && report.at < second).length };""");
        System.out.printf("capstone at %d hidden neurons, batches of %d: %s%n",
                browser.script("return Number(document.getElementById('hidden-size').value)"), batch, heard);
        assertEquals(List.of(1L, 2L), heard.get("losses"), "a loss for each of the two batches");
        assertEquals(List.of(1000L, 2000L, 3000L, 4000L, 5000L, 6000L, 7000L, 8000L, 9000L, 10000L), heard.get("tested"),
                "and the test images' progress, a thousand at a time");
        // The layers' signs of life come at most once a second: 3 s from one loss to the next is long enough for one.
        assertTrue(((Number) heard.get("betweenLossesMs")).longValue() < 3000 || ((Number) heard.get("aliveBetween")).longValue() > 0,
                "the worker said nothing between the two batches' losses: " + heard);
    }

    /** A capstone whose predict never returns: stopped with a message that says what to try, the code kept. */
    @Test
    void aCapstoneThatNeverEndsIsStoppedWithAMessageAndTheCodeIsKept() throws Exception {
        typeEveryReference();
        open("mnist");
        String endless = "function predict(network, images) {\n  while (true) {}\n}\n";
        type(endless);
        browser.script("document.getElementById('train-images').value = '100'; document.getElementById('epochs').value = '1';");
        browser.click("#train");
        browser.waitUntil(Duration.ofMinutes(2), "document.getElementById('train-status').dataset.outcome");
        assertEquals("timeout", browser.script("return document.getElementById('train-status').dataset.outcome"));
        String message = browser.text("train-status").replaceAll("\\s+", " ");
        String settings = "a layer of " + browser.script("return document.getElementById('hidden-size').value")
                + " hidden neurons over batches of " + browser.script("return document.getElementById('batch-size').value");
        assertTrue(message.contains("Is there a loop that never ends?") && message.contains(settings)
                && message.contains("Your code is kept."), message);
        assertEquals(endless, editorText());
        browser.script("document.getElementById('train-status').scrollIntoView({ block: 'center' })");
        browser.screenshot("code-capstone-timeout");
        browser.phone(390);
        browser.script("document.getElementById('train-status').scrollIntoView({ block: 'center' })");
        browser.screenshot("code-capstone-timeout-phone");
        browser.desktop();
        browser.script("location.reload()");
        open("mnist");
        assertEquals(endless, editorText(), "kept across a reload");
        type(reference());
    }

    /** Every step's own code is its reference. */
    private static void typeEveryReference() throws Exception {
        for (String step : steps()) {
            open(step);
            type(reference());
        }
    }

    /** The exercise as it looks now, at desktop width and at a phone's 390 px, for a person to look at. */
    private static void screenshots(String name) throws Exception {
        browser.script("document.querySelector('.CodeMirror').scrollIntoView()");
        browser.screenshot(name);
        browser.phone(390);
        browser.script("document.querySelector('.CodeMirror').scrollIntoView()");
        browser.screenshot(name + "-phone");
        browser.desktop();
    }

    /** Opens a step's page and makes the track's step list reachable from the test scripts. */
    private static void open(String step) {
        browser.open("code/" + step + ".html");
        browser.waitUntil(Duration.ofSeconds(20), "document.getElementById('exercise').dataset.ready === 'true'");
        browser.script("import('../../js/code/steps/index.js').then(steps => window.codeSteps = steps)");
        browser.waitUntil(Duration.ofSeconds(10), "window.codeSteps");
    }

    private static String reference() {
        return browser.text("reference");
    }

    private static void type(String code) {
        browser.script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", code);
    }

    private static String editorText() {
        return (String) browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
    }

    /** Presses Check and waits for the report: its outcome (pass, fail, exception, timeout) and the hint it named. */
    private static Map<String, String> check() {
        browser.script("delete document.getElementById('result').dataset.outcome");
        browser.click("#check");
        browser.waitUntil(Duration.ofSeconds(20), "document.getElementById('result').dataset.outcome");
        @SuppressWarnings("unchecked")
        Map<String, String> report = (Map<String, String>) browser.script("const r = document.getElementById('result').dataset;"
                + " return { outcome: r.outcome, hint: r.hint ?? '' }");
        return report;
    }
}

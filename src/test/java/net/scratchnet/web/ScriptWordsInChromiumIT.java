package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared components speak the page's language, which is its {@code <html lang>}: the same modules on a
 * zh-CN page show Chinese (src/site/texts/zh/scripts/), on an English page English, numbers written the
 * language's way. The components are built into a page of the site (its 404: same origin and headers, no UI of
 * its own) whose language the test sets before the first module loads, as a page built in that language has it.
 */
class ScriptWordsInChromiumIT {
    /** Two English words in a row: prose a Chinese page must not show (file names and units are single words). */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("\\b[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\b");

    /** Builds the components into the page and returns what each shows, by name. */
    private static final String COMPONENTS = """
            document.documentElement.lang = arguments[0];
            const js = location.origin + '/js/';
            const { problemText, list, count } = await import(js + 'i18n.js');
            const { coreText } = await import(js + 'core-words.js');
            const { createNotices } = await import(js + 'notices.js');
            const { createProgressView } = await import(js + 'components/progress-view.js');
            const { confusionTable } = await import(js + 'components/evaluation.js');
            const { addEmbedButton } = await import(js + 'components/embed-button.js');
            const { blowUpText } = await import(js + 'components/training-controller.js');
            const { createSettingsForm } = await import(js + 'components/settings-form.js');
            const { loadSettings } = await import(js + 'settings.js');
            const { downloadDataset } = await import(js + 'dataset-download.js');
            const put = (tag, id) => document.body.appendChild(Object.assign(document.createElement(tag), { id }));
            document.body.replaceChildren();

            const notices = createNotices(put('div', 'notices'));
            notices.show('x', 'error');
            put('div', 'progress-view');
            const progress = createProgressView({ datasetTitle: id => id });
            progress.batch({ epoch: 2, batch: 3, batchesPerEpoch: 1875, loss: 0.5, samplesPerSecond: 12345 }, 5);
            progress.dataLoading({ dataset: 'mnist', loaded: 5.5e6, total: 11e6 });
            const heading = put('div', 'embed-host').appendChild(document.createElement('h2'));
            addEmbedButton(heading, () => ({ widget: 'pad', params: {} }));
            document.querySelector('.embed-button').click();
            const form = put('form', 'settings');
            const table = await loadSettings();
            createSettingsForm(form, table, { onChange() {}, onValidity() {} });
            const download = await downloadDataset({ folder: 'none', checksums: 'SHA256SUMS', files: [] })
              .then(() => 'downloaded', problemText);
            return {
              dismiss: document.querySelector('.notice-close').getAttribute('aria-label'),
              batch: document.getElementById('epoch-text').textContent,
              data: document.getElementById('data-text').textContent,
              stats: [...document.querySelectorAll('.stats dt')].map(term => term.textContent).join('\\n'),
              epoch: document.getElementById('epoch-label').textContent,
              speed: document.getElementById('speed').textContent,
              confusion: confusionTable([[1, 0], [2, 3]], ['0', '1']).querySelector('caption').textContent,
              embed: document.querySelector('.embed-button').textContent,
              embedPanel: document.querySelector('.embed-panel').textContent,
              blowUp: blowUpText({ epoch: 1, batch: 2, loss: null, restoredAccuracy: 0.98125 }, { learningRate: 0.5 }),
              labels: [...form.querySelectorAll('.caption')].map(caption => caption.textContent).join('\\n'),
              download,
              list: list(['sigmoid', 'tanh', 'relu']),
              counts: [10000, 60000, 12345, 1875].map(count).join(' | '),
              coreList: coreText({ problem: 'settings.optimizer',
                values: { optimizer: 'rmsprop', optimizers: ['sgd', 'momentum', 'adam'] } }),
              choice: table.FIELDS.optimizer.read('rmsprop').error,
            };""";

    private static StaticServer server;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.start(1280, 1600);
        server = BuiltSite.serve();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void onAChinesePageTheSharedComponentsSpeakChinese() {
        Map<String, String> shown = components("zh-CN");
        assertEquals("关闭", shown.get("dismiss"));
        assertEquals("第 2 轮（共 5 轮）", shown.get("epoch"));
        assertEquals("12,345 张/秒", shown.get("speed"));
        assertEquals("测试集上的混淆矩阵", shown.get("confusion"));
        assertEquals("嵌入", shown.get("embed"));
        assertEquals("第 3 批（共 1,875 批）", shown.get("batch"), "a count is written with its separators");
        assertEquals("mnist：50%（5.5 MB / 11.0 MB）", shown.get("data"));
        assertEquals("测试准确率\n训练损失\n速度", shown.get("stats"));
        assertTrue(shown.get("blowUp").startsWith("损失在第 1 轮第 2 批爆炸"), shown.get("blowUp"));
        assertTrue(shown.get("blowUp").contains("98.13%"), shown.get("blowUp"));
        assertTrue(shown.get("labels").contains("学习率"), shown.get("labels"));
        // The worker-side download has no document: its problem comes as words, worded by the page.
        assertTrue(shown.get("download").startsWith("无法下载 /data/none/SHA256SUMS："), shown.get("download"));
        // A list reads as Chinese lists (the glossary's 顿号), whoever joins it: the page, the core or a setting.
        assertEquals("sigmoid、tanh、relu", shown.get("list"));
        assertEquals("没有名为“rmsprop”的优化器（可选：sgd、momentum、adam）", shown.get("coreList"));
        assertEquals("应为 sgd、momentum、adam 之一", shown.get("choice"));
        // A round count in 万, any other in digits with separators (the glossary's house style).
        assertEquals("1 万 | 6 万 | 12,345 | 1,875", shown.get("counts"));
        for (Map.Entry<String, String> text : shown.entrySet()) {
            Matcher english = ENGLISH_PROSE.matcher(text.getValue());
            assertTrue(!english.find(), text.getKey() + " shows English on a Chinese page: \"" + text.getValue() + "\"");
        }
    }

    @Test
    void onAnEnglishPageTheSameComponentsSpeakEnglish() {
        Map<String, String> shown = components("en");
        assertEquals("Dismiss", shown.get("dismiss"));
        assertEquals("Epoch 2 of 5", shown.get("epoch"));
        assertEquals("12,345 images/s", shown.get("speed"));
        assertEquals("Confusion matrix on the test set", shown.get("confusion"));
        assertEquals("Embed", shown.get("embed"));
        assertEquals("batch 3 of 1,875", shown.get("batch"));
        assertEquals("mnist: 50% (5.5 MB of 11.0 MB)", shown.get("data"));
        assertTrue(shown.get("blowUp").startsWith("The loss blew up in epoch 1, batch 2: it stopped being a number. Training"),
                shown.get("blowUp"));
        assertTrue(shown.get("labels").contains("Learning rate"), shown.get("labels"));
        assertTrue(shown.get("download").startsWith("cannot download /data/none/SHA256SUMS: HTTP 404"), shown.get("download"));
        assertEquals("sigmoid, tanh, relu", shown.get("list"));
        assertEquals("unknown optimizer 'rmsprop' (expected one of sgd, momentum, adam)", shown.get("coreList"),
                "the core's English, as the command line gives it");
        assertEquals("expected one of sgd, momentum, adam", shown.get("choice"));
        assertEquals("10,000 | 60,000 | 12,345 | 1,875", shown.get("counts"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> components(String language) {
        chromium.driver().get(server.address() + "no-page-here");
        Object result = chromium.asyncScript(Duration.ofSeconds(60), """
                const done = arguments[arguments.length - 1];
                (async () => { %s })().then(done, error => done({ thrown: String(error && error.stack || error) }));
                """.formatted(COMPONENTS), language);
        Map<String, String> shown = (Map<String, String>) result;
        if (shown.containsKey("thrown")) {
            throw new AssertionError("the page threw: " + shown.get("thrown"));
        }
        return shown;
    }
}

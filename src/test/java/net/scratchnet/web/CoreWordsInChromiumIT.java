package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Java core's words on a Chinese page: what it says is wrong, and the names it gives, in the page's language
 * (webapp/js/core-words.js). The page is the built main page with {@code <html lang="zh-CN">}, the one thing a
 * page's language comes from, served beside the rest of the built site (linked, not copied).
 */
class CoreWordsInChromiumIT {
    private static Path site;
    private static StaticServer server;
    private static Chromium chromium;
    private static MainPage page;

    @BeforeAll
    static void start() throws Exception {
        Path built = BuiltSite.directory().toAbsolutePath();
        site = Files.createTempDirectory("scratchnet-zh-core");
        try (Stream<Path> entries = Files.list(built)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("index.html")) {
                    Files.createSymbolicLink(site.resolve(entry.getFileName()), entry);
                }
            }
        }
        String english = Files.readString(built.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(english.contains("<html lang=\"en\""), "the built page says its language");
        Files.writeString(site.resolve("index.html"), english.replace("<html lang=\"en\"", "<html lang=\"zh-CN\""),
                StandardCharsets.UTF_8);
        chromium = Chromium.start(1280, 1600);
        server = StaticServer.start(site, 0);
        page = new MainPage(chromium, server);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        try (Stream<Path> entries = Files.walk(site)) {   // the links only: walk does not follow them
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }

    @Test
    void aCorruptModelFileIsRefusedInChineseAndTheModelKept(@TempDir Path folder) throws IOException {
        page.openFresh("");
        WebElement info = page.byId("model-info");
        chromium.waitFor(Duration.ofSeconds(10), driver -> !info.getText().isBlank());
        String modelBefore = info.getText();
        String probabilitiesBefore = page.byTestId("probabilities").getText();

        byte[] model = Files.readAllBytes(BuiltSite.directory().resolve("models/mnist.snn"));
        Path cut = folder.resolve("cut.snn");
        Files.write(cut, Arrays.copyOf(model, model.length - 100));
        WebElement input = page.byId("import");
        chromium.script("arguments[0].hidden = false;", input);   // a file input must be visible to type into
        input.sendKeys(cut.toString());

        WebElement notices = page.byId("training-notices");
        chromium.waitFor(Duration.ofSeconds(10), driver -> notices.getText().contains("cut.snn"));
        String expected = "模型文件不完整：只有 " + String.format("%,d", model.length - 100) + " 字节，应有 "
                + String.format("%,d", model.length) + " 字节";
        assertTrue(notices.getText().contains(expected), "the core's reason in Chinese, its numbers written the"
                + " Chinese way: " + notices.getText());
        assertFalse(notices.getText().contains("truncated"), notices.getText());
        assertEquals(modelBefore, info.getText(), "the model is kept");
        assertEquals(probabilitiesBefore, page.byTestId("probabilities").getText(), "and so are its answers");
        assertEquals("[]", chromium.severeConsoleMessages().toString(), "no page error");
    }

    @Test
    void aBadNetworkSpecIsNamedInChinese() {
        page.openFresh("");
        page.type("architecture", "28x28x1 conv5x5x8 relu banana dense10");
        WebElement error = page.byId("architecture-error");
        chromium.waitFor(Duration.ofSeconds(10), driver -> !error.getText().isBlank());
        assertTrue(error.getText().startsWith("网络规格“28x28x1 conv5x5x8 relu banana dense10”中的“banana”不是层"),
                error.getText());
        assertTrue(error.getText().contains("激活函数：sigmoid、tanh、relu、leakyrelu）"),
                "the core's list joined as Chinese joins one: " + error.getText());
        assertFalse(error.getText().contains(", "), "no English comma in the Chinese sentence: " + error.getText());
    }

    @Test
    void fashionMnistsClassesAndTheCoresNamesAreInChinese() {
        page.openFresh("?model=fashion");
        WebElement probabilities = page.byTestId("probabilities");
        chromium.waitFor(Duration.ofSeconds(10), driver -> probabilities.getText().contains("短靴"));
        for (String name : new String[] {"T恤/上衣", "裤子", "套头衫", "连衣裙", "外套", "凉鞋", "衬衫", "运动鞋", "包"}) {
            assertTrue(probabilities.getText().contains(name), name + " in " + probabilities.getText());
        }
        assertFalse(probabilities.getText().contains("Ankle boot"), probabilities.getText());
        String presets = chromium.driver().findElements(By.cssSelector("button.chip")).stream()
                .map(WebElement::getText).toList().toString();
        assertTrue(presets.contains("小型 CNN"), "the presets' names: " + presets);
        assertTrue(page.text("augment-help").startsWith("训练前先把每张训练图像随机移动一点"), page.text("augment-help"));
    }
}

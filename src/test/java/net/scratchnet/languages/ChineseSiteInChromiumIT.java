package net.scratchnet.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.browser.PadPointer;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Chinese page of the built site in headless Chromium: each page under zh/ (the main page, the example post,
 * and every chapter and code step of the course once its Chinese edition is built) and each embed widget asked for
 * with lang=zh loads without a page error, says lang="zh-CN", and shows no English prose ({@link EnglishProse}).
 * A page still in English fails here, with the words it shows. The widgets work in Chinese: a drawing on the main
 * page and on an embedded pad gets a prediction.
 */
class ChineseSiteInChromiumIT {
    private static final Duration LOAD = Duration.ofSeconds(30);

    private static StaticServer server;
    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(1280, 900);
        server = BuiltSite.serve();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyChinesePageLoadsCleanlyInChinese() throws Exception {
        Path zh = BuiltSite.directory().resolve("zh");
        List<String> pages;
        try (Stream<Path> files = Files.walk(zh)) {
            pages = files.filter(file -> file.toString().endsWith(".html") && !file.getFileName().toString().equals("embed.html"))
                    .map(file -> "zh/" + zh.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.contains("zh/index.html") && pages.contains("zh/embed-demo.html"), pages.toString());
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.driver().get(server.address() + page);
            settle();
            problems.addAll(problems(page));
        }
        System.out.println("Chinese pages checked: " + pages.size());
        assertEquals(List.of(), problems, "Chinese pages with a page error, a wrong lang or English prose");
    }

    @Test
    void everyEmbedWidgetAskedForInChineseIsChinese() throws Exception {
        browser.driver().get(server.address() + "zh/embed.html");
        @SuppressWarnings("unchecked")
        List<String> widgets = (List<String>) browser.asyncScript(LOAD, """
                const done = arguments[arguments.length - 1];
                import('../js/embed/params.js').then(params => done([...params.WIDGETS]));""");
        assertTrue(widgets.size() >= 5, "the widgets embed.html takes (js/embed/params.js): " + widgets);
        browser.severeConsoleMessages();
        List<String> problems = new ArrayList<>();
        for (String widget : widgets) {
            browser.driver().get(server.address() + "embed.html?widget=" + widget + "&theme=light&lang=zh");
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().contains("/zh/embed.html?widget=" + widget + "&theme=light&lang=zh"));
            settle();
            problems.addAll(problems("zh/embed.html?widget=" + widget));
        }
        assertEquals(List.of(), problems, "Chinese embeds with a page error, a wrong lang or English prose");
    }

    @Test
    void theChineseMainPageReadsADrawing() {
        MainPage page = new MainPage(browser, server);
        page.openFresh("zh/index.html");
        page.drawOne();
        assertNotEquals("–", new PadPointer(browser, "pad").prediction(), "the Chinese page predicts what is drawn");
        assertEquals(List.of(), browser.severeConsoleMessages());
    }

    @Test
    void aChineseEmbeddedPadReadsADrawing() {
        browser.driver().get(server.address() + "embed.html?widget=pad&lang=zh");
        browser.waitFor(LOAD, driver -> driver.getCurrentUrl().endsWith("/zh/embed.html?widget=pad&lang=zh"));
        browser.waitFor(LOAD, driver -> !browser.script("return document.getElementById('status').textContent;").equals("载入中…"));
        PadPointer pad = new PadPointer(browser, "pad");
        double width = pad.width();
        pad.draw(List.of(List.of(new double[] {width / 2, width * .2}, new double[] {width / 2, width / 2}, new double[] {width / 2, width * .8})),
                PadPointer.Kind.MOUSE);
        browser.waitFor(LOAD, driver -> !new PadPointer(browser, "pad").prediction().equals("–"));
        assertEquals(List.of(), browser.severeConsoleMessages());
    }

    /** Waits for the page to load and its scripts to fill it in (the engine, a chapter's widgets). */
    private static void settle() throws InterruptedException {
        browser.waitFor(LOAD, driver -> "complete".equals(browser.script("return document.readyState;")));
        Thread.sleep(1500);
    }

    /** What is wrong with the page open now, each problem once. */
    private static List<String> problems(String page) {
        List<String> problems = new ArrayList<>();
        browser.severeConsoleMessages().forEach(message -> problems.add(page + ": page error " + message));
        Object lang = browser.script("return document.documentElement.lang;");
        if (!"zh-CN".equals(lang)) {
            problems.add(page + ": lang=\"" + lang + "\"");
        }
        EnglishProse.on(browser).forEach(run -> problems.add(page + ": English " + run));
        return problems.stream().distinct().toList();
    }
}

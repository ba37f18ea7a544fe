package net.scratchnet.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The language of a page in headless Chromium (js/language.js): the switch keeps the reader on the same page with
 * the same settings and remembers the choice; a first visit follows the browser's language, a /zh/ address always
 * shows Chinese; an embed follows its lang= parameter only, and a Chinese page's Embed button writes lang=zh.
 */
class LanguageSwitchInChromiumIT {
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final String SETTINGS = "epochs=3&batch=64";

    private static StaticServer server;

    @BeforeAll
    static void start() throws IOException {
        server = BuiltSite.serve();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSwitchKeepsThePageAndItsSettingsBothWaysAndIsRemembered() throws IOException {
        try (Chromium browser = Chromium.start(1280, 900)) {
            MainPage page = new MainPage(browser, server);
            page.openFresh("index.html?" + SETTINGS);
            String query = (String) browser.script("return location.search;");
            assertTrue(query.contains("epochs=3") && query.contains("batch=64"), query);
            assertEquals(server.address() + "zh/index.html" + query, switchHref(browser), "the switch carries the settings");

            page.type("epochs", "4");
            browser.waitFor(LOAD, driver -> ((String) browser.script("return location.search;")).contains("epochs=4"));
            assertEquals(server.address() + "zh/index.html" + browser.script("return location.search;"), switchHref(browser),
                    "the switch follows the address as the settings change it");

            browser.driver().findElement(By.cssSelector("a.language-switch")).click();
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().contains("/zh/index.html?"));
            browser.waitFor(LOAD, driver -> page.byTestId("train").isEnabled());
            assertEquals("zh-CN", browser.script("return document.documentElement.lang;"));
            assertEquals("4", page.value("epochs"), "the same settings, shown in Chinese");
            assertEquals("64", page.value("batchSize"));
            assertEquals("zh", browser.script("return localStorage.getItem('scratchnet.language');"), "the choice is remembered");

            browser.driver().findElement(By.cssSelector("a.language-switch")).click();
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().startsWith(server.address() + "index.html?"));
            assertTrue(browser.driver().getCurrentUrl().contains("epochs=4"), browser.driver().getCurrentUrl());
            assertEquals("en", browser.script("return localStorage.getItem('scratchnet.language');"));
        }
    }

    @Test
    void aChineseBrowsersFirstVisitGoesToChineseUntilEnglishIsChosen() throws Exception {
        try (Chromium browser = Chromium.start(1280, 900, "zh-CN,zh")) {
            browser.driver().get(server.address() + "embed-demo.html?x=1#neuron");
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().equals(server.address() + "zh/embed-demo.html?x=1#neuron"));
            assertEquals("zh-CN", browser.script("return document.documentElement.lang;"));

            browser.driver().findElement(By.cssSelector("a.language-switch")).click();
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().equals(server.address() + "embed-demo.html?x=1#neuron"));
            browser.driver().get(server.address() + "index.html");
            Thread.sleep(1000);
            assertEquals("/index.html", path(browser), "English, once chosen, stays");

            browser.driver().get(server.address() + "embed.html?widget=neuron");
            Thread.sleep(1000);
            assertEquals(server.address() + "embed.html?widget=neuron", browser.driver().getCurrentUrl(),
                    "an embed never follows the reader's browser: the host page chooses");
        }
    }

    @Test
    void aChineseBrowserWhoseStorageIsRefusedStillReachesEnglish() throws Exception {
        try (Chromium browser = Chromium.start(1280, 900, "zh-CN,zh")) {
            // A privacy setting that refuses the site's storage: localStorage throws, as Chromium's does then.
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                    "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });"));
            browser.driver().get(server.address() + "zh/index.html?lr=0.01");
            browser.waitFor(LOAD, driver -> "zh-CN".equals(browser.script("return document.documentElement.lang;")));
            browser.driver().findElement(By.cssSelector("a.language-switch")).click();
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().startsWith(server.address() + "index.html"));
            Thread.sleep(1000);
            assertEquals("/index.html", path(browser), "English chosen stays English in this tab, storage or not");
            assertEquals("en", browser.script("return document.documentElement.lang;"));
        }
    }

    @Test
    void aChineseAddressNeverLeavesOnItsOwn() throws Exception {
        try (Chromium browser = Chromium.start(1280, 900)) {
            for (String page : new String[] {"zh/index.html", "zh/embed-demo.html", "zh/embed.html"}) {
                browser.driver().get(server.address() + page);
                Thread.sleep(1000);
                assertEquals("/" + page, path(browser), "an English browser stays on " + page);
            }
            browser.driver().get(server.address() + "index.html");
            Thread.sleep(500);
            assertEquals("/index.html", path(browser), "an English browser stays English");
        }
    }

    @Test
    void anEmbedTakesItsLanguageFromItsAddress() throws Exception {
        try (Chromium browser = Chromium.start(1000, 900)) {
            browser.driver().get(server.address() + "embed.html?widget=neuron&theme=light&lang=zh");
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().equals(server.address() + "zh/embed.html?widget=neuron&theme=light&lang=zh"));

            browser.waitFor(LOAD, driver -> "complete".equals(browser.script("return document.readyState;")));
            assertFalse(browser.driver().findElement(By.id("language-notice")).isDisplayed(), "a language the site has needs no notice");

            browser.driver().get(server.address() + "zh/embed.html?widget=neuron&lang=en");
            browser.waitFor(LOAD, driver -> driver.getCurrentUrl().equals(server.address() + "embed.html?widget=neuron&lang=en"));

            browser.driver().get(server.address() + "embed.html?widget=neuron&lang=fr");
            browser.waitFor(LOAD, driver -> "complete".equals(browser.script("return document.readyState;")));
            assertEquals(server.address() + "embed.html?widget=neuron&lang=fr", browser.driver().getCurrentUrl());
            String notice = browser.driver().findElement(By.id("language-notice")).getText();
            assertTrue(notice.contains("\"fr\"") && notice.contains("English"), "an unknown language is said, as text: " + notice);
            assertEquals(0L, browser.script("return document.querySelectorAll('#notices .notice').length;"),
                    "lang is no unknown parameter of the widget");
        }
    }

    @Test
    void theEmbedButtonOfAChinesePageWritesLangZh() throws IOException {
        try (Chromium browser = Chromium.start(1280, 900)) {
            MainPage page = new MainPage(browser, server);
            page.openFresh("zh/index.html");
            browser.driver().findElement(By.cssSelector(".card.draw .embed-button")).click();
            String snippet = (String) browser.script("return document.querySelector('.card.draw .embed-code').value;");
            assertTrue(snippet.contains(server.address() + "embed.html?widget=pad&amp;lang=zh"), snippet);
            page.reload("index.html");
            browser.driver().findElement(By.cssSelector(".card.draw .embed-button")).click();
            String english = (String) browser.script("return document.querySelector('.card.draw .embed-code').value;");
            assertFalse(english.contains("lang="), "an English page's snippet needs no lang: " + english);
        }
    }

    /** The address's path: the main page rewrites its query with every setting. */
    private static String path(Chromium browser) {
        return (String) browser.script("return location.pathname;");
    }

    private static String switchHref(Chromium browser) {
        return (String) browser.script("return document.querySelector('a.language-switch').href;");
    }
}

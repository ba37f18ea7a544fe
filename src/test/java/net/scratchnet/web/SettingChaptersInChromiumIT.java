package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPageSession;
import net.scratchnet.settings.Setting;
import net.scratchnet.settings.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main page's trainer links each setting a course chapter explains to that chapter: a "?" beside the field's
 * label, opening in a new tab (the training run goes on), to a page the site has.
 */
class SettingChaptersInChromiumIT {
    @RegisterExtension
    static final MainPageSession SESSION = new MainPageSession();

    @Test
    void eachSettingsLinkOpensTheChapterTheSettingsTableNames() {
        SESSION.page().openFresh("");
        Chromium chromium = SESSION.chromium();
        Object shown = chromium.script("""
                return Object.fromEntries([...document.querySelectorAll('#settings a.learn-link')].map(a => {
                  const field = a.closest('label').querySelector('input, select');
                  return [field.name, [a.getAttribute('href'), a.target, a.getAttribute('aria-label')]];
                }))""");
        Map<String, String> expected = new TreeMap<>();
        for (Setting setting : TrainingSettings.ALL) {
            if (setting.chapter() != null) {
                expected.put(setting.name(), "learn/" + setting.chapter() + ".html");
            }
        }
        Map<String, String> links = new TreeMap<>();
        ((Map<?, ?>) shown).forEach((name, link) -> {
            List<?> parts = (List<?>) link;
            links.put((String) name, (String) parts.get(0));
            assertEquals("_blank", parts.get(1), name + ": the chapter opens in a new tab, so a run on the page goes on");
            assertTrue(((String) parts.get(2)).contains("chapter"), name + ": the link says where it goes: " + parts.get(2));
        });
        assertEquals(expected, links);
        for (String href : links.values()) {
            assertTrue(Files.isRegularFile(BuiltSite.directory().resolve(href)), href + " is a page of the site");
        }
    }
}

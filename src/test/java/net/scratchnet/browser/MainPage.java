package net.scratchnet.browser;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.server.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The main page (index.html) as a test drives it: through its data-testid hooks and element ids. */
public final class MainPage {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?");
    private static final Duration READY = Duration.ofSeconds(30);

    private final Chromium chromium;
    private final URI site;   // the site's root address, ending in a slash

    public MainPage(Chromium chromium, StaticServer server) {
        this(chromium, server.address());
    }

    public MainPage(Chromium chromium, URI site) {
        this.chromium = chromium;
        this.site = site;
    }

    /** Opens the page with an empty browser storage (no saved model, no kept run) and waits until it is ready. */
    public void openFresh(String query) {
        // Emptied from a page of the site that keeps nothing: the main page itself would be opening the
        // database while it is deleted, and a page left in the middle of that can hold up the next one.
        chromium.driver().get(site + "embed.html?widget=activation");
        chromium.asyncScript(Duration.ofSeconds(10), """
                const done = arguments[arguments.length - 1];
                localStorage.clear();
                indexedDB.databases()
                  .then(list => Promise.all(list.map(db => new Promise(resolve => {
                    const request = indexedDB.deleteDatabase(db.name);
                    request.onsuccess = request.onerror = resolve;   // blocked: a closing page still holds it
                  }))))
                  .then(() => done(null), () => done(null));""");
        reload(query);
    }

    /** Opens the page again, keeping what the browser stored, and waits until it is ready. */
    public void reload(String query) {
        chromium.driver().get(site + query);
        try {
            chromium.waitFor(READY, driver -> byTestId("train").isEnabled());
        } catch (TimeoutException e) {
            throw new AssertionError("the page never got ready: status \"" + text("status") + "\", notices \""
                    + text("notices") + "\", console " + chromium.severeConsoleMessages(), e);
        }
    }

    /** A vertical stroke in the middle of the pad, drawn with the mouse (pointer events): a 1. */
    public void drawOne() {
        WebElement pad = byTestId("pad");
        chromium.script("arguments[0].scrollIntoView({ block: 'center' });", pad);   // pointer moves need it in view
        new Actions(chromium.driver())
                .moveToElement(pad, 0, -70).clickAndHold()
                .moveByOffset(0, 35).moveByOffset(0, 35).moveByOffset(0, 35).moveByOffset(0, 35)
                .release().perform();
    }

    public WebElement byTestId(String id) {
        return chromium.driver().findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    public WebElement byId(String id) {
        return chromium.driver().findElement(By.id(id));
    }

    /** The text of the element with this id. */
    public String text(String id) {
        return byId(id).getText();
    }

    /** Types into a field of the settings form, as a visitor does. */
    public void type(String field, String value) {
        WebElement input = chromium.driver().findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    /** The value of a field of the settings form, as text ("true" or "false" for a checkbox). */
    public String value(String field) {
        WebElement input = chromium.driver().findElement(By.name(field));
        return "checkbox".equals(input.getAttribute("type")) ? String.valueOf(input.isSelected())
                : input.getAttribute("value");
    }

    /** What the page keeps of its run in IndexedDB: { state, lossPoints, firstLossX }, or null. */
    public Map<?, ?> keptView() {
        return (Map<?, ?>) chromium.asyncScript(Duration.ofSeconds(10), """
                const done = arguments[arguments.length - 1];
                const request = indexedDB.open('scratchnet', 1);
                request.onupgradeneeded = () => request.result.createObjectStore('models');   // as storage.js
                request.onerror = () => done(null);
                request.onsuccess = () => {
                  const get = request.result.transaction('models').objectStore('models').get('run');
                  get.onsuccess = () => {
                    const view = get.result?.view;
                    request.result.close();
                    done(view ? { state: view.state, lossPoints: view.charts.loss.x.length,
                                  firstLossX: view.charts.loss.x[0] } : null);
                  };
                };""");
    }

    /** The first number in a text such as "0.532", "91.4 %" or "1,875 of 1,875", or null if there is none yet. */
    public static Double number(String text) {
        Matcher matcher = NUMBER.matcher(text);
        return matcher.find() ? Double.valueOf(matcher.group().replace(",", "")) : null;
    }
}

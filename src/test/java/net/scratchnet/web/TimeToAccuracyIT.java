package net.scratchnet.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.browser.BuiltSite;
import net.scratchnet.browser.Chromium;
import net.scratchnet.browser.MainPage;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * A measurement: how long a visitor waits from clicking Train on a preset of the main page to a
 * test accuracy, the dataset's download included (the browser's storage is emptied first, so nothing is
 * cached but what the HTTP cache of a fresh profile holds: nothing). It clicks the preset's button, then
 * Train, and prints the time of every epoch's test accuracy and the speed the page shows, until the target
 * is reached or the time limit passes.
 *
 * <p>Its numbers depend on the machine and on what else runs on it, so it runs only when asked, and fails when
 * the target is not reached within the limit: {@code ./mvnw -B verify -Dit.test=TimeToAccuracyIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dscratchnet.measure=true}, with {@code -Dscratchnet.measure.preset="CNN"} (a preset's title, as on its
 * button), {@code -Dscratchnet.measure.target=99} (percent) and {@code -Dscratchnet.measure.limit=600} (seconds).
 */
@EnabledIfSystemProperty(named = "scratchnet.measure", matches = "true")
class TimeToAccuracyIT {

    @Test
    void fromTrainToTheTargetAccuracy() throws Exception {
        String preset = System.getProperty("scratchnet.measure.preset", "CNN");
        double target = Double.parseDouble(System.getProperty("scratchnet.measure.target", "99"));
        long limitMs = 1000 * Long.parseLong(System.getProperty("scratchnet.measure.limit", "600"));
        try (StaticServer server = BuiltSite.serve(); Chromium chromium = Chromium.start(1280, 1000)) {
            MainPage page = new MainPage(chromium, server);
            page.openFresh("");
            chromium.driver().findElement(By.xpath(
                    "//button[contains(@class, 'chip') and normalize-space() = '" + preset + "']")).click();
            System.out.println("preset \"" + preset + "\": " + chromium.driver().getCurrentUrl());

            long start = System.currentTimeMillis();
            page.byTestId("train").click();
            List<String> timeline = new ArrayList<>();
            String seen = "–";
            Double accuracy = null;
            while (System.currentTimeMillis() - start < limitMs && (accuracy == null || accuracy < target)) {
                Thread.sleep(250);
                String shown = page.byTestId("test-accuracy").getText();
                if (!shown.equals(seen)) {
                    seen = shown;
                    accuracy = MainPage.number(shown);
                    timeline.add(String.format("%6.1f s  %s  test accuracy %s  %s", (System.currentTimeMillis() - start)
                            / 1000.0, page.text("epoch-label"), shown, page.text("speed")));
                    System.out.println(timeline.get(timeline.size() - 1));
                }
            }
            double seconds = (System.currentTimeMillis() - start) / 1000.0;
            boolean reached = accuracy != null && accuracy >= target;
            System.out.printf("%s: %s after %.1f s (target %.2f%%, limit %d s)%n", preset,
                    reached ? "reached " + seen : "not reached, last " + seen, seconds, target, limitMs / 1000);
            assertTrue(reached, preset + " did not reach " + target + "% in " + limitMs / 1000 + " s: "
                    + String.join("; ", timeline));
        }
    }
}

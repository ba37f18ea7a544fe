package net.scratchnet.browser;

import java.net.URI;
import net.scratchnet.server.StaticServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test class of the main page holds from its first test to its last: headless Chromium (1280 x 1600
 * pixels unless given), the built site's server ({@link BuiltSite}) and the page as the tests drive it. Registered with
 * {@code @RegisterExtension static final MainPageSession SESSION = new MainPageSession();}, it starts before the
 * first test and stops after the last.
 */
public final class MainPageSession implements BeforeAllCallback, AfterAllCallback {
    private final int width;
    private final int height;
    private Chromium chromium;
    private StaticServer server;
    private MainPage page;

    public MainPageSession() {
        this(1280, 1600);
    }

    /** A window of {@code width} x {@code height} CSS pixels. */
    public MainPageSession(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        chromium = Chromium.start(width, height);
        server = BuiltSite.serve();
        page = new MainPage(chromium, server);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    public Chromium chromium() {
        return chromium;
    }

    /** The built site's address, ending in a slash. */
    public URI address() {
        return server.address();
    }

    public MainPage page() {
        return page;
    }
}

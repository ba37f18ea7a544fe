package net.scratchnet.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.scratchnet.server.StaticServer;

/**
 * The site that {@code mvn package} assembled, served by the project's own {@link StaticServer} (so the
 * browser tests also check its content types and Content-Security-Policy).
 */
public final class BuiltSite {
    private BuiltSite() {
    }

    /** target/site, or wherever -Dscratchnet.buildDir put it (Failsafe passes the path on). */
    public static Path directory() {
        Path site = Path.of(System.getProperty("scratchnet.siteDir", "target/site"));
        assertTrue(Files.isRegularFile(site.resolve("core/scratchnet.wasm")),
                "no built site in " + site.toAbsolutePath() + ": run mvn verify (browser tests need the package phase)");
        return site;
    }

    public static StaticServer serve() throws IOException {
        return StaticServer.start(directory(), 0);
    }
}

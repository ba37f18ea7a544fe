package net.scratchnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.scratchnet.server.StaticServer;

/** {@code serve}: serves the built site locally, so it can be opened in a browser. */
final class ServeCommand implements Command {
    @Override
    public OptionParser options() {
        return new OptionParser("serve", "Serves the built site at http://127.0.0.1:PORT/ until stopped with Ctrl+C."
                + "\nBuild the site first: " + StaticServer.BUILD_COMMAND + " writes it to target/site.")
                .value("port", "N", "port to listen on, 1-65535 (default: 8080)")
                .value("dir", "DIR", "the site's folder (default: target/site in the working directory, else site/\n"
                        + "beside the jar: target/site for target/scratchnet.jar)");
    }

    @Override
    public int run(ParsedOptions options, PrintStream out, PrintStream err) throws UsageException {
        int port = options.intInRange("port", 8080, 1, 65535);
        Path site;
        if (options.has("dir")) {
            site = Path.of(options.text("dir", ""));
        } else {
            List<Path> candidates = DefaultFolders.siteFolders(DefaultFolders.workingDirectory(),
                    DefaultFolders.jarFolder());
            Optional<Path> built = DefaultFolders.firstHolding(candidates, "index.html");
            if (built.isEmpty()) {
                err.println("error: cannot find the built site: looked for index.html in "
                        + DefaultFolders.describe(candidates) + "; build it with " + StaticServer.BUILD_COMMAND + ", or give its folder"
                        + " with --dir DIR");
                return 1;
            }
            site = built.get();
        }
        try {
            StaticServer.serve(site, port);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: cannot serve on port " + port + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

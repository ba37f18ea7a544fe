package net.scratchnet.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the command line looks for the data and the built site when it is not told: first under the working
 * directory (the repository's root, where the README's commands run), then around the running jar, so that
 * {@code java -jar /path/to/scratchnet.jar train} works from any folder.
 *
 * <p>"Around the jar" is its folder, {@code target/} for {@code target/scratchnet.jar}, and the repository above
 * it. Run from the build's {@code target/classes} (the tests), that folder is {@code target/} as well.
 */
final class DefaultFolders {
    private DefaultFolders() {
    }

    /**
     * The folders that may hold the datasets (each in its {@code mnist/} or {@code fashion-mnist/}), in the order
     * they are tried: {@code webapp/data} under the working directory; {@code data/} beside the jar; the
     * {@code webapp/data} of the repository the jar was built in ({@code target/../webapp/data}).
     */
    static List<Path> dataRoots(Path workingDirectory, Path jarFolder) {
        return List.of(workingDirectory.resolve("webapp").resolve("data"), jarFolder.resolve("data"),
                jarFolder.resolveSibling("webapp").resolve("data"));
    }

    /**
     * The folders that may hold the built site: {@code target/site} under the working directory, then
     * {@code site/} beside the jar.
     */
    static List<Path> siteFolders(Path workingDirectory, Path jarFolder) {
        return List.of(workingDirectory.resolve("target").resolve("site"), jarFolder.resolve("site"));
    }

    /** The first of {@code candidates} that holds {@code entry} (a file or a folder). */
    static Optional<Path> firstHolding(List<Path> candidates, String entry) {
        return candidates.stream().filter(folder -> Files.exists(folder.resolve(entry))).findFirst();
    }

    /** The candidates as a message lists them: absolute, one after the other. */
    static String describe(List<Path> candidates) {
        return candidates.stream().map(folder -> folder.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(", "));
    }

    static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /** The folder of the jar (or classes folder) this code was loaded from. */
    static Path jarFolder() {
        try {
            Path code = Path.of(DefaultFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the jar's own location is not a valid URI", e);
        }
    }
}

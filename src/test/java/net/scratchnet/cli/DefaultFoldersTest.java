package net.scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.DatasetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the commands look without --data or --dir, on made-up folders: a repository ({@code repo/webapp/data},
 * its jar in {@code repo/target}) and a working directory somewhere else.
 */
class DefaultFoldersTest {
    @TempDir
    Path temp;

    private Path repo() {
        return temp.resolve("repo");
    }

    private Path jarFolder() {
        return repo().resolve("target");
    }

    private Path elsewhere() throws IOException {
        return Files.createDirectories(temp.resolve("elsewhere"));
    }

    private List<Path> dataRoots(Path workingDirectory) {
        return DefaultFolders.dataRoots(workingDirectory, jarFolder());
    }

    @Test
    void fromAnotherFolderTheDataOfTheRepositoryTheJarWasBuiltInIsFound() throws Exception {
        Path data = Files.createDirectories(repo().resolve("webapp/data/mnist")).getParent();
        assertEquals(data, DataOptions.find(DatasetKind.MNIST, dataRoots(elsewhere())));
    }

    @Test
    void aDataFolderBesideTheJarIsFound() throws Exception {
        Path beside = Files.createDirectories(jarFolder().resolve("data/fashion-mnist")).getParent();
        Files.createDirectories(repo().resolve("webapp/data/fashion-mnist"));
        assertEquals(beside, DataOptions.find(DatasetKind.FASHION, dataRoots(elsewhere())));
    }

    @Test
    void theWorkingDirectoryComesFirst() throws Exception {
        Files.createDirectories(jarFolder().resolve("data/mnist"));
        Path here = Files.createDirectories(elsewhere().resolve("webapp/data/mnist")).getParent();
        assertEquals(here, DataOptions.find(DatasetKind.MNIST, dataRoots(elsewhere())));
    }

    @Test
    void onlyAFolderThatHoldsTheAskedDatasetCounts() throws Exception {
        Files.createDirectories(elsewhere().resolve("webapp/data/mnist"));
        Path data = Files.createDirectories(repo().resolve("webapp/data/fashion-mnist")).getParent();
        assertEquals(data, DataOptions.find(DatasetKind.FASHION, dataRoots(elsewhere())));
    }

    @Test
    void noDataAnywhereNamesEveryPlaceAndTheOption() throws Exception {
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataOptions.find(DatasetKind.MNIST, dataRoots(elsewhere())));
        assertEquals("cannot find the mnist data: looked for a folder mnist in "
                + elsewhere().resolve("webapp/data") + ", " + jarFolder().resolve("data") + ", "
                + repo().resolve("webapp/data") + "; give its folder with --data DIR", e.getMessage());
    }

    @Test
    void theBuiltSiteIsFoundBesideTheJar() throws Exception {
        List<Path> candidates = DefaultFolders.siteFolders(elsewhere(), jarFolder());
        assertEquals(Optional.empty(), DefaultFolders.firstHolding(candidates, "index.html"));
        Path site = Files.createDirectories(jarFolder().resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html>");
        assertEquals(Optional.of(site), DefaultFolders.firstHolding(candidates, "index.html"));
    }

    /** Run from this build (target/classes), the jar's folder is target/ and the repository's data is found. */
    @Test
    void thisBuildFindsThisRepositorysData() throws Exception {
        Path found = DataOptions.find(DatasetKind.MNIST, DefaultFolders.dataRoots(temp, DefaultFolders.jarFolder()));
        assertEquals(Path.of("webapp", "data").toAbsolutePath(), found.toAbsolutePath().normalize());
        assertTrue(Files.isDirectory(found.resolve("mnist")));
    }
}

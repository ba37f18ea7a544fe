package net.scratchnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.settings.TrainingSettings;

/** The {@code --dataset} and {@code --data} options, which train, eval and bench share. */
final class DataOptions {
    /** The datasets {@code --dataset} accepts, from the settings table: "mnist or fashion". */
    static final String DATASET_NAMES = String.join(" or ", TrainingSettings.DATASET.choices());
    static final String DATASET_HELP = DATASET_NAMES + " (default: " + TrainingSettings.DATASET.cliDefault() + ")";
    static final String DATA_HELP = "folder with the dataset's .gz files and SHA256SUMS, or the folder above it\n"
            + "(default: webapp/data in the working directory, else data/ beside the jar, else the\n"
            + "webapp/data of the repository the jar was built in: ../webapp/data from target/scratchnet.jar)";

    private DataOptions() {
    }

    static DatasetKind kind(ParsedOptions options) throws UsageException {
        try {
            return DatasetKind.fromId(options.text(TrainingSettings.DATASET.parameter(), TrainingSettings.DATASET.cliDefault()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Loads one split, checksums verified; the message of a missing folder says where it looked. */
    static Dataset load(ParsedOptions options, DatasetKind kind, Split split) throws DataFileException {
        Path folder;
        if (options.has("data")) {
            folder = Path.of(options.text("data", ""));
            if (!Files.isDirectory(folder)) {
                throw new DataFileException("no dataset folder at " + folder.toAbsolutePath().normalize());
            }
        } else {
            folder = find(kind, DefaultFolders.dataRoots(DefaultFolders.workingDirectory(),
                    DefaultFolders.jarFolder()));
        }
        return DatasetFiles.load(kind, split, folder);
    }

    /** The first of {@code roots} that holds the dataset's folder ({@link DatasetKind#folder()}). */
    static Path find(DatasetKind kind, List<Path> roots) throws DataFileException {
        return DefaultFolders.firstHolding(roots, kind.folder()).orElseThrow(() -> new DataFileException(
                "cannot find the " + kind.id() + " data: looked for a folder " + kind.folder() + " in "
                        + DefaultFolders.describe(roots) + "; give its folder with --data DIR"));
    }
}

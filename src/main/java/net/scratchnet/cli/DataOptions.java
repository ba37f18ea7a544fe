package net.scratchnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;

/** The {@code --dataset} and {@code --data} options, which train, eval and bench share. */
final class DataOptions {
    static final String DATASET_HELP = "mnist or fashion (default: mnist)";
    static final String DATA_HELP = "folder with the dataset's .gz files and SHA256SUMS, or the folder above it\n"
            + "(default: webapp/data/mnist or webapp/data/fashion-mnist in the working directory)";

    private DataOptions() {
    }

    static DatasetKind kind(ParsedOptions options) throws UsageException {
        try {
            return DatasetKind.fromId(options.text("dataset", "mnist"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Loads one split, checksums verified; the message of a missing folder says how to point at it. */
    static Dataset load(ParsedOptions options, DatasetKind kind, Split split) throws DataFileException {
        Path folder = options.has("data") ? Path.of(options.text("data", "")) : DatasetFiles.defaultDirectory(kind);
        if (!Files.isDirectory(folder)) {
            throw new DataFileException("no dataset folder at " + folder.toAbsolutePath().normalize()
                    + (options.has("data") ? "" : " (run from the project folder, or give the folder with --data DIR)"));
        }
        return DatasetFiles.load(kind, split, folder);
    }
}

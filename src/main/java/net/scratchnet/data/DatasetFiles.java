package net.scratchnet.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a dataset from a folder on disk (the command line and the tests; the browser fetches the same
 * files itself and hands the bytes to {@link DatasetDecoder}).
 *
 * <p>The folder holds the four .gz files and SHA256SUMS, as webapp/data/mnist and
 * webapp/data/fashion-mnist do. A folder that contains the dataset's folder (such as webapp/data)
 * is accepted too, so one --data option works for both datasets.
 */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    /** webapp/data/mnist or webapp/data/fashion-mnist, relative to the working directory. */
    public static Path defaultDirectory(DatasetKind kind) {
        return Path.of("webapp", "data", kind.folder());
    }

    public static Dataset load(DatasetKind kind, Split split) throws DataFileException {
        return load(kind, split, defaultDirectory(kind));
    }

    /**
     * @param directory the dataset's folder, or a folder that contains it under {@link DatasetKind#folder()}
     * @throws DataFileException if a file is missing (the message says where it looked), unreadable,
     *                           fails its checksum or is malformed
     */
    public static Dataset load(DatasetKind kind, Split split, Path directory) throws DataFileException {
        Path folder = resolveFolder(kind, directory);
        Checksums checksums = Checksums.parse(folder.resolve(Checksums.FILE_NAME).toString(),
                new String(readFile(folder, Checksums.FILE_NAME), StandardCharsets.UTF_8));
        byte[] images = readFile(folder, split.imagesFileName());
        byte[] labels = readFile(folder, split.labelsFileName());
        return DatasetDecoder.decode(kind, split, checksums, images, labels);
    }

    private static Path resolveFolder(DatasetKind kind, Path directory) {
        Path nested = directory.resolve(kind.folder());
        return Files.isDirectory(nested) ? nested : directory;
    }

    private static byte[] readFile(Path folder, String name) throws DataFileException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new DataFileException("cannot find " + name + " for the dataset: looked for "
                    + file.toAbsolutePath().normalize());
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException("cannot read " + file.toAbsolutePath().normalize() + ": " + e.getMessage(), e);
        }
    }
}

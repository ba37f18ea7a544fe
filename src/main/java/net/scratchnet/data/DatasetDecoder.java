package net.scratchnet.data;

/**
 * Turns the two downloaded files of one split (images and labels, as bytes) into a {@link Dataset}:
 * verify both checksums, parse both IDX files, and check that they belong together.
 *
 * <p>It works on bytes so that the browser, which fetches the files itself, and the command line,
 * which reads them from disk ({@link DatasetFiles}), share every check.
 */
public final class DatasetDecoder {
    private DatasetDecoder() {
    }

    /**
     * @param checksums  the dataset's SHA256SUMS
     * @param imagesFile the bytes of {@link Split#imagesFileName()}
     * @param labelsFile the bytes of {@link Split#labelsFileName()}
     * @throws DataFileException naming the file and the problem (checksum, format, size or labels)
     */
    public static Dataset decode(DatasetKind kind, Split split, Checksums checksums,
                                 byte[] imagesFile, byte[] labelsFile) throws DataFileException {
        String imagesName = split.imagesFileName();
        String labelsName = split.labelsFileName();
        checksums.verify(imagesName, imagesFile);
        checksums.verify(labelsName, labelsFile);

        IdxImages images = IdxReader.readImages(imagesName, imagesFile);
        if (images.rows() != DatasetKind.ROWS || images.cols() != DatasetKind.COLS) {
            throw new IdxFormatException(imagesName + ": images are " + images.rows() + "x" + images.cols()
                    + ", expected " + DatasetKind.ROWS + "x" + DatasetKind.COLS);
        }
        byte[] labels = IdxReader.readLabels(labelsName, labelsFile);
        if (labels.length != images.count()) {
            throw new IdxFormatException(imagesName + " has " + images.count() + " images but " + labelsName
                    + " has " + labels.length + " labels");
        }
        String[] classNames = kind.classNames();
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= classNames.length) {
                throw new IdxFormatException(labelsName + ": label " + label + " of image " + i
                        + " is not a class (expected 0.." + (classNames.length - 1) + ")");
            }
        }
        return new Dataset(kind.id() + " " + split.id(), images.rows(), images.cols(), images.pixels(), labels,
                classNames);
    }
}

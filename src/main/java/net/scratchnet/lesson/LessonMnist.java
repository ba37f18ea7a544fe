package net.scratchnet.lesson;

import net.scratchnet.data.Checksums;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetDecoder;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.words.BadInputException;

/**
 * MNIST for the chapters that train or judge in the page (the races of chapters 9 and 11): the four .gz files
 * as the page fetched them, checked against SHA256SUMS and decoded.
 *
 * @param train the 60,000 training images
 * @param test  the 10,000 test images
 */
public record LessonMnist(Dataset train, Dataset test) {
    /**
     * @throws IllegalArgumentException saying what is wrong with which file (a wrong checksum, a damaged file)
     */
    public static LessonMnist decode(String checksums, byte[] trainImages, byte[] trainLabels,
                                     byte[] testImages, byte[] testLabels) {
        try {
            DatasetKind kind = DatasetKind.MNIST;
            Checksums sums = Checksums.parse(kind.folder() + "/" + Checksums.FILE_NAME, checksums);
            return new LessonMnist(DatasetDecoder.decode(kind, Split.TRAIN, sums, trainImages, trainLabels),
                    DatasetDecoder.decode(kind, Split.TEST, sums, testImages, testLabels));
        } catch (DataFileException e) {
            throw new BadInputException(e.explanation());
        }
    }
}

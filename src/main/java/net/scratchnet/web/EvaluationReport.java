package net.scratchnet.web;

import net.scratchnet.data.Dataset;
import net.scratchnet.json.Json;
import net.scratchnet.train.Evaluation;

/**
 * What the page shows after an epoch: test loss and accuracy, the training accuracy, the confusion matrix, and
 * a gallery of test images the network got wrong (the most instructive ones to look at).
 *
 * <p>The training accuracy is the epoch's own, counted while its batches trained ({@link
 * net.scratchnet.train.Trainer#epochAccuracy}), as the command line prints it: running 10,000 training images
 * forward once more would double the time each epoch spends not training, for a curve the page only draws
 * beside the test accuracy's to show the gap between the two.
 *
 * <p>The numbers travel as JSON; the gallery's pixels as one byte array, image after image, because
 * thousands of numbers are much cheaper as a typed array than as JSON text.
 */
final class EvaluationReport {
    /** How many misclassified images the gallery shows. */
    static final int GALLERY_SIZE = 24;

    private final Json json;
    private final float testAccuracy;
    private final byte[] galleryPixels;

    private EvaluationReport(Json json, float testAccuracy, byte[] galleryPixels) {
        this.json = json;
        this.testAccuracy = testAccuracy;
        this.galleryPixels = galleryPixels;
    }

    /**
     * @param onTest        the weights' evaluation on {@code test}
     * @param trainAccuracy the fraction of the epoch's training examples classified right as they trained, 0..1
     */
    static EvaluationReport of(int epoch, Evaluation onTest, Dataset test, float trainAccuracy) {
        int[] predicted = onTest.predicted();

        int[] galleryIndex = new int[GALLERY_SIZE];
        int count = 0;
        for (int i = 0; i < test.size() && count < GALLERY_SIZE; i++) {
            if (predicted[i] != test.label(i)) {
                galleryIndex[count++] = i;
            }
        }
        int[] labels = new int[count];
        int[] guesses = new int[count];
        byte[] pixels = new byte[count * test.pixelsPerImage()];
        for (int k = 0; k < count; k++) {
            int i = galleryIndex[k];
            labels[k] = test.label(i);
            guesses[k] = predicted[i];
            System.arraycopy(test.image(i), 0, pixels, k * test.pixelsPerImage(), test.pixelsPerImage());
        }
        Json json = new Json()
                .put("epoch", epoch)
                .put("testLoss", onTest.loss())
                .put("testAccuracy", onTest.accuracy())
                .put("trainAccuracy", trainAccuracy)
                .put("confusion", onTest.confusion())
                .put("misclassifiedLabels", labels)
                .put("misclassifiedPredicted", guesses);
        return new EvaluationReport(json, onTest.accuracy(), pixels);
    }

    float testAccuracy() {
        return testAccuracy;
    }

    /** Marks whether these weights became the trainer's checkpoint (the best evaluated so far): JSON "best". */
    void setBest(boolean best) {
        json.put("best", best);
    }

    /** JSON {epoch, testLoss, testAccuracy, trainAccuracy, confusion, misclassifiedLabels, misclassifiedPredicted, best}. */
    String json() {
        return json.toString();
    }

    /** The gallery's images, {@code rows*cols} bytes (0..255) each, in the order of the JSON lists. */
    byte[] galleryPixels() {
        return galleryPixels;
    }
}

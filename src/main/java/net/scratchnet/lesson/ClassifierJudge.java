package net.scratchnet.lesson;

import java.util.Arrays;
import net.scratchnet.data.Checksums;
import net.scratchnet.data.DataFileException;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetDecoder;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.json.Json;
import net.scratchnet.math.Rng;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.ModelFormatException;
import net.scratchnet.model.SavedModel;
import net.scratchnet.network.Network;
import net.scratchnet.train.Evaluation;
import net.scratchnet.train.Evaluator;
import net.scratchnet.words.Message;

/**
 * Chapter 13: judging a classifier. A trained network runs over MNIST's 10,000 test images (a few hundred at a
 * time, so that the page stays responsive), and its answers are judged beyond accuracy: the confusion matrix,
 * each class's precision and recall, the mistakes it was surest of, and whether its confidence (the largest
 * softmax probability) is as often right as it claims: a reliability chart.
 */
public final class ClassifierJudge {
    /** The reliability chart's bins of confidence: [0, 0.1), [0.1, 0.2), ..., [0.9, 1]. */
    public static final int BINS = 10;
    /** How many of the most confident mistakes are shown. */
    public static final int MISTAKES = 12;

    private Network network;
    private Dataset test;
    private Evaluator evaluator;

    /** The network to judge, from a .snn file. @return null, or what is wrong with the file */
    public String loadModel(byte[] modelFile) {
        try {
            SavedModel model = ModelFile.read(modelFile);
            if (!model.dataset().equals(DatasetKind.MNIST.id())) {
                // The chapter offers the site's own MNIST models only: another is the page's bug.
                return Message.untranslated("this chapter judges an MNIST network, the file holds one for "
                        + model.dataset()).json();
            }
            network = model.network();
            evaluator = null;
            return null;
        } catch (ModelFormatException e) {
            return e.explanation().json();
        }
    }

    /** MNIST's test images and labels (.gz as fetched) checked against SHA256SUMS. @return null or what is wrong */
    public String loadTest(String checksums, byte[] testImages, byte[] testLabels) {
        try {
            DatasetKind kind = DatasetKind.MNIST;
            Checksums sums = Checksums.parse(kind.folder() + "/" + Checksums.FILE_NAME, checksums);
            test = DatasetDecoder.decode(kind, Split.TEST, sums, testImages, testLabels);
            evaluator = null;
            return null;
        } catch (DataFileException | IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    /**
     * Runs the network over the next test images (about {@code maxImages}, whole batches).
     *
     * @return how many test images have been judged so far (all of them: the report is ready)
     */
    public int evaluateSome(int maxImages) {
        if (network == null || test == null) {
            throw new IllegalStateException("load a model and the test images first");
        }
        if (evaluator == null) {
            evaluator = new Evaluator(network, test);
        }
        evaluator.evaluateSome(maxImages);
        return evaluator.evaluated();
    }

    /** How many test images there are. */
    public int testSize() {
        return test.size();
    }

    /**
     * Everything the chapter shows about the whole test set, as JSON: {accuracy, confusion, precision, recall,
     * binConfidence, binAccuracy, binCount, mistakes: {index, label, predicted, confidence}}. Call it once
     * {@link #evaluateSome} has judged every image.
     */
    public String report() {
        Evaluation evaluation = result();
        int[] mistakes = mostConfidentMistakes(evaluation, test, MISTAKES);
        int[] labels = new int[mistakes.length];
        int[] predicted = new int[mistakes.length];
        float[] confidence = new float[mistakes.length];
        for (int k = 0; k < mistakes.length; k++) {
            labels[k] = test.label(mistakes[k]);
            predicted[k] = evaluation.predicted()[mistakes[k]];
            confidence[k] = confidence(evaluation.probabilities()[mistakes[k]]);
        }
        Calibration bins = calibration(evaluation, test);
        return new Json()
                .put("accuracy", evaluation.accuracy())
                .put("confusion", evaluation.confusion())
                .put("precision", precision(evaluation.confusion()))
                .put("recall", recall(evaluation.confusion()))
                .put("binConfidence", bins.meanConfidence())
                .put("binAccuracy", bins.fractionRight())
                .put("binCount", bins.count())
                .put("mistakes", new Json().put("index", mistakes).put("label", labels).put("predicted", predicted)
                        .put("confidence", confidence))
                .toString();
    }

    /** The judgement of every test image; call it once {@link #evaluateSome} has judged them all. */
    public Evaluation result() {
        return evaluator.result();
    }

    /** The pixels (0..255) of test image {@code index}, row by row. */
    public byte[] testImage(int index) {
        return test.image(index);
    }

    /**
     * Per class k, the share of the images predicted as k that are k: C[k][k] / Σ_i C[i][k] (a column of the
     * confusion matrix C[actual][predicted]). NaN for a class never predicted.
     */
    public static float[] precision(int[][] confusion) {
        float[] precision = new float[confusion.length];
        for (int k = 0; k < confusion.length; k++) {
            int predictedAsK = 0;
            for (int[] row : confusion) {
                predictedAsK += row[k];
            }
            precision[k] = predictedAsK == 0 ? Float.NaN : (float) confusion[k][k] / predictedAsK;
        }
        return precision;
    }

    /** Per class k, the share of the images of class k predicted as k: C[k][k] / Σ_j C[k][j] (a row). NaN for an absent class. */
    public static float[] recall(int[][] confusion) {
        float[] recall = new float[confusion.length];
        for (int k = 0; k < confusion.length; k++) {
            int ofClassK = 0;
            for (int count : confusion[k]) {
                ofClassK += count;
            }
            recall[k] = ofClassK == 0 ? Float.NaN : (float) confusion[k][k] / ofClassK;
        }
        return recall;
    }

    /**
     * The reliability chart: the images sorted by confidence c (the largest probability) into {@link #BINS}
     * bins of width 1/BINS; per bin the mean confidence, the fraction right, and the count. A network whose
     * confidence means what it says has mean confidence = fraction right in every bin. Empty bins give NaN.
     *
     */
    public static Calibration calibration(Evaluation evaluation, Dataset data) {
        double[] confidenceSum = new double[BINS];
        int[] right = new int[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < evaluation.size(); i++) {
            float c = confidence(evaluation.probabilities()[i]);
            int bin = Math.min(BINS - 1, (int) (c * BINS));
            confidenceSum[bin] += c;
            count[bin]++;
            if (evaluation.predicted()[i] == data.label(i)) {
                right[bin]++;
            }
        }
        float[] meanConfidence = new float[BINS];
        float[] fractionRight = new float[BINS];
        for (int b = 0; b < BINS; b++) {
            meanConfidence[b] = count[b] == 0 ? Float.NaN : (float) (confidenceSum[b] / count[b]);
            fractionRight[b] = count[b] == 0 ? Float.NaN : (float) right[b] / count[b];
        }
        return new Calibration(meanConfidence, fractionRight, count);
    }

    /** The indices of the (up to) {@code count} wrongly classified images with the highest confidence, surest first. */
    public static int[] mostConfidentMistakes(Evaluation evaluation, Dataset data, int count) {
        int[] chosen = new int[count];     // indices of the mistakes kept so far, surest first
        float[] sureness = new float[count];
        int kept = 0;
        for (int i = 0; i < evaluation.size(); i++) {
            if (evaluation.predicted()[i] == data.label(i)) {
                continue;
            }
            float c = confidence(evaluation.probabilities()[i]);
            if (kept == count && c <= sureness[count - 1]) {
                continue;   // less sure than every mistake kept
            }
            // Insertion into the short sorted list: move the less sure ones down a place (the last falls off).
            int at = Math.min(kept, count - 1);
            while (at > 0 && sureness[at - 1] < c) {
                chosen[at] = chosen[at - 1];
                sureness[at] = sureness[at - 1];
                at--;
            }
            chosen[at] = i;
            sureness[at] = c;
            kept = Math.min(count, kept + 1);
        }
        return Arrays.copyOf(chosen, kept);
    }

    /**
     * An image of uniform random noise (each pixel 0..1, from {@code seed}) and the network's probabilities
     * for it: a network trained only on digits still has to answer, and often answers with confidence.
     *
     * @return 784 pixels, then the 10 probabilities
     */
    public float[] noise(int seed) {
        Rng rng = new Rng(seed);
        float[] image = new float[network.inputSize()];
        for (int p = 0; p < image.length; p++) {
            image[p] = rng.nextFloat();
        }
        float[] probabilities = network.predict(image);
        float[] result = Arrays.copyOf(image, image.length + probabilities.length);
        System.arraycopy(probabilities, 0, result, image.length, probabilities.length);
        return result;
    }

    /**
     * The reliability chart's numbers, per bin of confidence.
     *
     * @param meanConfidence the mean confidence of the bin's images (NaN for an empty bin)
     * @param fractionRight  the fraction of them classified right (NaN for an empty bin)
     * @param count          how many images fell in the bin
     */
    public record Calibration(float[] meanConfidence, float[] fractionRight, int[] count) {
    }

    /** The confidence of a prediction: its largest probability. */
    static float confidence(float[] probabilities) {
        float max = 0f;
        for (float p : probabilities) {
            max = Math.max(max, p);
        }
        return max;
    }
}

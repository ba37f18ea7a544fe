package net.scratchnet.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetFiles;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.layer.Initialization;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

/** Chapter "initialisation" on the JVM: what its widgets show must be what the text says they show. */
class InitialisationLessonsTest {
    /** 40 MNIST test images, as many as the page has. */
    static final Dataset SAMPLES = samples();

    private static Dataset samples() {
        try {
            return DatasetFiles.load(DatasetKind.MNIST, Split.TEST, Path.of("webapp/data")).subset(0, 40);
        } catch (IOException e) {   // a DataFileException too: the bundled files are damaged
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void neuronsStartedAtZeroStayCopiesWhileRandomOnesGrowApart() {
        Symmetry zero = new Symmetry("zero", SAMPLES, 10);
        Symmetry xavier = new Symmetry("xavier", SAMPLES, 10);
        zero.train(40);
        xavier.train(40);
        String copies = zero.state();
        assertEquals(0f, number(copies, "difference"), "zero-started neurons must stay exact copies");
        float largestWeight = 0;
        for (float w : LessonsTest.array(copies, "weights")) {
            largestWeight = Math.max(largestWeight, Math.abs(w));
        }
        assertTrue(largestWeight > 1e-3f, "the copies did learn: their weights moved away from 0, largest " + largestWeight);
        String apart = xavier.state();
        assertTrue(number(apart, "difference") > 0.1f, apart);
        assertTrue(number(apart, "accuracy") > number(copies, "accuracy") + 0.2f,
                "random starts learn more: " + number(apart, "accuracy") + " against " + number(copies, "accuracy"));
    }

    @Test
    void sigmoidGradientsVanishTowardsTheFirstLayerAndReluWithHeKeepsThemLevel() {
        float[] sigmoid = LessonsTest.array(new DeepSignals("sigmoid", "xavier", SAMPLES, 0.1f, 10).measure(), "gradients");
        float[] relu = LessonsTest.array(new DeepSignals("relu", "he", SAMPLES, 0.1f, 10).measure(), "gradients");
        assertEquals(DeepSignals.HIDDEN_LAYERS + 1, sigmoid.length);
        assertTrue(sigmoid[0] / sigmoid[6] < 1e-3f, "sigmoid: " + Arrays.toString(sigmoid));
        for (int k = 1; k < sigmoid.length; k++) {
            assertTrue(sigmoid[k] > sigmoid[k - 1], "sigmoid gradients grow layer by layer: " + Arrays.toString(sigmoid));
        }
        assertTrue(relu[0] / relu[6] > 0.1f, "relu: " + Arrays.toString(relu));
    }

    @Test
    void tooSmallWeightsShrinkTheSignalAndTooLargeOnesBlowItUp() {
        float[] small = numbers(new DeepSignals("relu", "small", SAMPLES, 0.1f, 10).measure(), "spread");
        float[] large = numbers(new DeepSignals("relu", "large", SAMPLES, 0.1f, 10).measure(), "spread");
        float[] he = numbers(new DeepSignals("relu", "he", SAMPLES, 0.1f, 10).measure(), "spread");
        assertTrue(small[5] < 1e-6f, "too small: " + Arrays.toString(small));
        assertTrue(large[5] > 100f, "too large: " + Arrays.toString(large));
        assertTrue(he[5] > 0.1f && he[5] < 1f, "He keeps the size: " + Arrays.toString(he));
    }

    @Test
    void aLearningRateTooLargeKillsReluNeuronsWhileASmallerOneLearnsTheImages() {
        DeepSignals tooLarge = new DeepSignals("relu", "he", SAMPLES, 0.5f, 10);
        DeepSignals fine = new DeepSignals("relu", "he", SAMPLES, 0.1f, 10);
        float deadAtStart = mean(numbers(tooLarge.measure(), "dead"));
        tooLarge.train(40);
        fine.train(40);
        String dying = tooLarge.measure();
        String learning = fine.measure();
        assertTrue(mean(numbers(dying, "dead")) > deadAtStart + 0.2f, "dead at the start " + deadAtStart + ", after " + dying);
        assertTrue(number(learning, "accuracy") >= 0.95f, learning);
        assertTrue(mean(numbers(learning, "dead")) < 0.15f, learning);
    }

    @Test
    void xavierAndHeAreTheCoresAndTheBadStartsAreWhatTheyClaim() {
        assertEquals(Initialization.XAVIER.limit(784, 30), StartingWeights.XAVIER.limit(784, 30));
        assertEquals(Initialization.HE.limit(64, 64), StartingWeights.HE.limit(64, 64));
        assertEquals(0.0859f, StartingWeights.XAVIER.limit(784, 30), 1e-4f);
        for (StartingWeights start : StartingWeights.values()) {
            Network network = start.network("784-64-64-10 relu", 3);
            for (int k = 0; k < network.denseCount(); k++) {
                float[][] w = network.dense(k).weights().values();
                float limit = start.limit(w.length, w[0].length);
                float largest = 0;
                for (float[] row : w) {
                    for (float v : row) {
                        largest = Math.max(largest, Math.abs(v));
                    }
                }
                assertTrue(largest <= limit && largest >= 0.9f * limit, start + " layer " + k + ": " + largest + " for limit " + limit);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> StartingWeights.byId("ones"));
    }

    static float number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.E-]+|NaN)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Float.parseFloat(m.group(1));
    }

    /** Every value of {@code key} in {@code json}, in order (one per hidden layer for "dead" and "spread"). */
    static float[] numbers(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.E-]+)").matcher(json);
        float[] values = new float[0];
        while (m.find()) {
            values = Arrays.copyOf(values, values.length + 1);
            values[values.length - 1] = Float.parseFloat(m.group(1));
        }
        return values;
    }

    private static float mean(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}

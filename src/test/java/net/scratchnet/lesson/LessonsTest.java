package net.scratchnet.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.data.Checksums;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.Split;
import net.scratchnet.network.NetworkSpec;
import org.junit.jupiter.api.Test;

/** The course's lesson logic on the JVM: the numbers the chapters show must be right before they are pretty. */
class LessonsTest {
    @Test
    void pointSetsAreLabelledByTheirShapeAndRepeatTheirSeed() {
        PointSet diagonal = PointSet.generate("diagonal", 50, 1);
        for (int i = 0; i < diagonal.size(); i++) {
            assertEquals(diagonal.x(i) > diagonal.y(i) ? 1 : 0, diagonal.label(i));
        }
        assertArrayEquals(PointSet.generate("xor", 20, 5).flat(), PointSet.generate("xor", 20, 5).flat());
        assertEquals(2, PointSet.generate("circles", 10, 1).toDataset().pixelsPerImage());
        assertThrows(IllegalArgumentException.class, () -> PointSet.generate("spiral", 10, 1));
    }

    @Test
    void thePerceptronStopsMakingMistakesOnSeparablePoints() {
        PerceptronDemo demo = new PerceptronDemo(60, 2);
        int mistakes = 60;
        for (int step = 0; step < 60 * 200 && mistakes > 0; step++) {
            mistakes = (int) demo.step()[5];
        }
        assertEquals(0, mistakes);
    }

    @Test
    void aHiddenLayerSeparatesCirclesThatALinearModelCannot() {
        ToyClassifier linear = new ToyClassifier("circles", "2-2 tanh", 3);
        ToyClassifier hidden = new ToyClassifier("circles", "2-8-2 tanh", 3);
        linear.train(2000);
        hidden.train(2000);
        assertTrue(hidden.accuracy() > 0.95f, "hidden layer: " + hidden.accuracy());
        assertTrue(linear.accuracy() < 0.85f, "linear: " + linear.accuracy());
        assertEquals(16 * 16, hidden.map(16).length);
    }

    @Test
    void activationCurvesHoldTheFunctionThenItsSlope() {
        float[] sigmoid = ActivationCurves.sample("sigmoid", -1f, 1f, 3);
        assertEquals(0.5f, sigmoid[1], 1e-6f);
        assertEquals(0.25f, sigmoid[4], 1e-6f);
        float[] softmax = SoftmaxJacobian.of(new float[] {1f, 1f});
        assertEquals(0.5f, softmax[0], 1e-6f);
        assertEquals(0.25f, softmax[2], 1e-6f);    // p0(1 - p0)
        assertEquals(-0.25f, softmax[3], 1e-6f);   // -p0 p1
    }

    @Test
    void parameterCountsAddUpPerLayer() {
        assertArrayEquals(new int[] {12544, 16, 256, 16, 160, 10, 13002}, ParameterCounts.of(NetworkSpec.parse("784-16-16-10")));
    }

    @Test
    void lossesOfAPredictionAreSquaredErrorAndMinusLogOfTheTrueClass() {
        float[] losses = LossReadout.losses(new float[] {0.7f, 0.2f, 0.1f}, 1);
        assertEquals(0.5f * (0.49f + 0.64f + 0.01f), losses[0], 1e-6f);
        assertEquals((float) -Math.log(0.2), losses[1], 1e-5f);
    }

    @Test
    void gradientDescentArrivesWithAGoodRateAndDivergesWithTooLargeOne() {
        LineFit fit = new LineFit(100, 7);
        float[] good = fit.descend(-1.5f, -2f, 1f, 100, 100, 1);
        assertEquals(3 * 101, good.length);
        assertTrue(good[good.length - 1] < 0.02f, "loss after 100 steps: " + good[good.length - 1]);
        float[] tooLarge = fit.descend(-1.5f, -2f, 1.7f, 100, 1000, 1);
        assertTrue(tooLarge.length < 3 * 1001, "a rate of 1.7 should escape the landscape");
        float[] noisy = fit.descend(-1.5f, -2f, 0.3f, 1, 3000, 1);
        assertTrue(noisy[noisy.length - 1] < 0.05f, "single-point SGD gets near the bottom: " + noisy[noisy.length - 1]);
    }

    @Test
    void backpropagationMatchesTheNumericalGradient() {
        String json = BackpropTrace.trace(0.6f, 0.2f, 1, 3);
        for (String[] pair : new String[][] {{"dW1", "nW1"}, {"dB1", "nB1"}, {"dW2", "nW2"}, {"dB2", "nB2"}}) {
            float[] exact = array(json, pair[0]);
            float[] numeric = array(json, pair[1]);
            assertEquals(exact.length, numeric.length);
            for (int i = 0; i < exact.length; i++) {
                assertEquals(exact[i], numeric[i], 2e-4f, pair[0] + "[" + i + "]");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> BackpropTrace.trace(0f, 0f, 2, 3));
    }

    @Test
    void theLayerExampleIsSigmoidOfXTimesWPlusB() {
        String json = LayerExample.compute(new float[] {1f, 0.5f, -0.5f}, 4);
        float[] w = array(json, "W");
        float[] b = array(json, "b");
        float[] a = array(json, "a");
        for (int j = 0; j < 2; j++) {
            float z = 1f * w[j] + 0.5f * w[2 + j] - 0.5f * w[4 + j] + b[j];
            assertEquals(1 / (1 + Math.exp(-z)), a[j], 1e-6);
        }
    }

    @Test
    void theRaceAsksForDataFirst() {
        assertTrue(new OptimizerRace().reset(1000, 1).contains("load MNIST"));
    }

    /** The race's worker sizes its epochs by this: a partial last batch still counts as one. */
    @Test
    void aRaceEpochIsItsTrainingSetInMiniBatchesOf32() throws IOException {
        Path mnist = Path.of("webapp", "data", DatasetKind.MNIST.folder());
        OptimizerRace race = new OptimizerRace();
        assertNull(race.loadMnist(Files.readString(mnist.resolve(Checksums.FILE_NAME)),
                Files.readAllBytes(mnist.resolve(Split.TRAIN.imagesFileName())),
                Files.readAllBytes(mnist.resolve(Split.TRAIN.labelsFileName())),
                Files.readAllBytes(mnist.resolve(Split.TEST.imagesFileName())),
                Files.readAllBytes(mnist.resolve(Split.TEST.labelsFileName()))));
        assertNull(race.reset(64, 1));
        assertEquals(2, race.batchesPerEpoch());
        assertNull(race.reset(100, 1));
        assertEquals(4, race.batchesPerEpoch());
    }

    /** The numbers of the JSON array {@code name} in {@code json}: the lessons' answers, read without a JSON library. */
    static float[] array(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\[([^\\]]*)\\]").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        String[] parts = m.group(1).split(",");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }
}

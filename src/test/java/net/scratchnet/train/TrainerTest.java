package net.scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.data.Dataset;
import net.scratchnet.layer.Parameter;
import net.scratchnet.network.Network;
import org.junit.jupiter.api.Test;

class TrainerTest {
    /**
     * 2-2-1 is the smallest network that computes XOR. From some starting weights it sinks into a local minimum
     * and never gets there (12 seeds of 1..20 succeed with these settings): seed 2 is one that learns.
     */
    @Test
    void aTwoTwoOneNetworkLearnsXor() {
        Network network = Network.fromSpec("2-2-1 sigmoid mse", 2);
        Trainer trainer = new Trainer(network, TinyData.xor(), new TrainingConfig("sgd", 2f, 4, 2, 0f));
        while (trainer.epoch() < 5000) {
            trainer.step();
        }
        assertEquals(0, network.loss().predictedClass(network.predict(new float[] {0, 0})));
        assertEquals(1, network.loss().predictedClass(network.predict(new float[] {0, 1})));
        assertEquals(1, network.loss().predictedClass(network.predict(new float[] {1, 0})));
        assertEquals(0, network.loss().predictedClass(network.predict(new float[] {1, 1})));
        assertEquals(1f, Evaluator.evaluate(network, TinyData.xor()).accuracy());
    }

    @Test
    void theSameSeedGivesTheSameWeightsAfterTrainingBitForBit() {
        Dataset data = mnistTrain().subset(0, 600);
        float[][] first = trainAndGetWeights(data, 7);
        float[][] second = trainAndGetWeights(data, 7);
        float[][] otherSeed = trainAndGetWeights(data, 8);
        for (int r = 0; r < first.length; r++) {
            assertArrayEquals(first[r], second[r]);
        }
        assertFalse(java.util.Arrays.deepEquals(first, otherSeed));
    }

    @Test
    void aSmallMnistSubsetReachesOver90PercentInSeconds() {
        Dataset train = mnistTrain().subset(0, 10_000);
        Dataset test = mnistTest().subset(0, 2_000);
        Network network = Network.fromSpec("784-100-10 relu", 1);
        Trainer trainer = new Trainer(network, train, new TrainingConfig("adam", 0.002f, 32, 1, 0f));
        List<EpochResult> epochs = new ArrayList<>();
        while (trainer.epoch() < 2) {
            trainer.trainEpoch(new TrainingListener() {
                @Override
                public void onEpoch(EpochResult result) {
                    epochs.add(result);
                }
            });
        }
        assertEquals(2, epochs.size());
        assertTrue(epochs.get(1).loss() < epochs.get(0).loss(), "the training loss falls from epoch to epoch");
        Evaluation evaluation = Evaluator.evaluate(network, test);
        assertTrue(evaluation.accuracy() > 0.90f, "test accuracy " + evaluation.accuracy());
        int diagonal = 0;
        for (int k = 0; k < 10; k++) {
            diagonal += evaluation.confusion()[k][k];
        }
        assertEquals(Math.round(evaluation.accuracy() * 2000), diagonal);
    }

    @Test
    void aSmallConvNetLearnsAnMnistSubsetInSeconds() {
        Dataset train = mnistTrain().subset(0, 3_000);
        Network network = Network.fromSpec("28x28x1 conv5x5x8 relu pool2 dropout0.25 dense10", 1);
        Trainer trainer = new Trainer(network, train, new TrainingConfig("adam", 0.002f, 32, 1, 0f));
        while (trainer.epoch() < 2) {
            trainer.step();
        }
        // 88% here for 784-100-10 relu as well: 3,000 images are few; guessing would give 10%.
        Evaluation evaluation = Evaluator.evaluate(network, mnistTest().subset(0, 1_000));
        assertTrue(evaluation.accuracy() > 0.85f, "test accuracy " + evaluation.accuracy());
    }

    @Test
    void aBlowUpPutsBackTheWeightsLastEvaluatedGoodNotThoseOfTheStepsBeforeIt() {
        Dataset train = mnistTrain().subset(0, 3000);
        Dataset test = mnistTest().subset(0, 1000);
        Network network = Network.fromSpec("784-64-10 leakyrelu", 1);
        Trainer sane = new Trainer(network, train, new TrainingConfig("adam", 0.001f, 32, 1, 0f));
        sane.trainEpoch(new TrainingListener() { });
        float accuracy = Evaluator.evaluate(network, test).accuracy();
        assertTrue(accuracy > 0.8f, "one epoch reads most digits: " + accuracy);

        // The URL: ?hidden=64&activation=leakyrelu&optimizer=sgd&lr=10
        Trainer wild = new Trainer(network, train, new TrainingConfig("sgd", 10f, 32, 1, 0f));
        assertTrue(wild.keepIfBest(accuracy), "the first evaluation of a trainer becomes its checkpoint");
        Network evaluated = new Network(network.spec(), 0);
        evaluated.copyParametersFrom(network);
        BatchResult result = null;
        int steps = 0;
        while (steps < 100 && (result == null || !result.diverged())) {
            result = wild.step();
            steps++;
        }
        assertTrue(result.diverged(), "a learning rate of 10 blows the loss up");
        assertTrue(steps > 1, "the first step is taken: only its loss tells");
        RunFileTest.assertSameWeights(evaluated, network, "the restored weights");
        assertEquals(accuracy, Evaluator.evaluate(network, test).accuracy(), "the restored model reads as well");
    }

    @Test
    void onlyTheBestEvaluatedWeightsBecomeTheCheckpoint() {
        Network network = Network.fromSpec("784-8-10 relu", 1);
        Trainer trainer = new Trainer(network, mnistTrain().subset(0, 100), new TrainingConfig("sgd", 0.1f, 32, 1, 0f));
        assertTrue(Float.isNaN(trainer.checkpointAccuracy()), "the starting weights were never evaluated");
        assertTrue(trainer.keepIfBest(0.9f));
        trainer.step();
        assertFalse(trainer.keepIfBest(0.8f), "worse weights are not kept");
        assertEquals(0.9f, trainer.checkpointAccuracy());
        assertTrue(trainer.keepIfBest(0.9f), "as good is kept: the later weights");
    }

    @Test
    void aLossIsCalledExplodingOnlyWhenItStaysFarAboveItsLevel() {
        LossWatch watch = new LossWatch();
        for (int i = 0; i < 100; i++) {
            assertFalse(watch.blowsUp(0.1f));
        }
        assertFalse(watch.blowsUp(5f), "a hard batch is below the floor");
        assertFalse(watch.blowsUp(50f), "one very bad batch is noise");
        assertFalse(watch.blowsUp(0.1f));
        assertFalse(watch.blowsUp(1e30f));
        assertFalse(watch.blowsUp(1e30f));
        assertTrue(watch.blowsUp(1e30f), "three in a row are a blow-up");
        assertTrue(new LossWatch().blowsUp(Float.NaN), "not a number is a blow-up at once");
        assertTrue(new LossWatch().blowsUp(Float.POSITIVE_INFINITY));
    }

    @Test
    void everyOptimiserLowersTheLossWithWeightDecayToo() {
        Dataset data = mnistTrain().subset(0, 1000);
        for (String optimizer : TrainingConfig.OPTIMIZERS) {
            Network network = Network.fromSpec("784-32-10 tanh", 2);
            float before = Evaluator.evaluate(network, data).loss();
            Trainer trainer = new Trainer(network, data, new TrainingConfig(optimizer,
                    TrainingConfig.defaultLearningRate(optimizer), 20, 1, 1e-4f));
            while (trainer.epoch() < 2) {
                trainer.step();
            }
            float after = Evaluator.evaluate(network, data).loss();
            assertTrue(after < 0.6f * before, optimizer + ": loss " + before + " -> " + after);
        }
    }

    @Test
    void epochsCoverEveryExampleOnceWithAPartialLastBatch() {
        Dataset data = mnistTrain().subset(0, 100);
        Trainer trainer = new Trainer(Network.fromSpec("784-8-10 relu", 1), data,
                new TrainingConfig("sgd", 0.1f, 32, 1, 0f));
        assertEquals(4, trainer.batchesPerEpoch());
        int examples = 0;
        BatchResult result;
        do {
            result = trainer.step();
            examples += result.size();
        } while (!result.endsEpoch());
        assertEquals(100, examples);
        assertEquals(4, result.size());
        assertEquals(1, trainer.epoch());
        assertEquals(0, trainer.batchInEpoch());
    }

    @Test
    void trainingGoesOnWithTheSameStepsOnlyWhenEverySettingIsTheSame() {
        TrainingConfig config = new TrainingConfig("adam", 0.001f, 32, 1, 0f);
        assertTrue(config.stepsLike(new TrainingConfig("adam", 0.001f, 32, 1, 0f)));
        assertFalse(config.stepsLike(new TrainingConfig("adam", 0.002f, 32, 1, 0f)));
        assertFalse(config.stepsLike(new TrainingConfig("sgd", 0.001f, 32, 1, 0f)));
        assertFalse(config.stepsLike(new TrainingConfig("adam", 0.001f, 64, 1, 0f)));
        assertFalse(config.stepsLike(new TrainingConfig("adam", 0.001f, 32, 2, 0f)));
        assertFalse(config.stepsLike(new TrainingConfig("adam", 0.001f, 32, 1, 1e-4f)));
        assertFalse(config.stepsLike(new TrainingConfig("adam", 0.001f, 32, 1, 0f, true)));
    }

    private static float[][] trainAndGetWeights(Dataset data, int seed) {
        Network network = Network.fromSpec("784-16-16-10 sigmoid", seed);
        Trainer trainer = new Trainer(network, data, new TrainingConfig("adam", 0.01f, 16, seed, 0f));
        while (trainer.epoch() < 2) {
            trainer.step();
        }
        return network.dense(0).weights().values();
    }

    private static Dataset mnistTrain() {
        return MnistForTests.TRAIN;
    }

    private static Dataset mnistTest() {
        return MnistForTests.TEST;
    }
}

package net.scratchnet.web;

import net.scratchnet.activation.Activations;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.DigitPreprocessor;
import net.scratchnet.data.StrokePreprocessor;
import net.scratchnet.data.Strokes;
import net.scratchnet.json.Json;
import net.scratchnet.lesson.ActivationCurves;
import net.scratchnet.lesson.BackpropTrace;
import net.scratchnet.lesson.LayerExample;
import net.scratchnet.lesson.LineFit;
import net.scratchnet.lesson.LossReadout;
import net.scratchnet.lesson.OptimizerRace;
import net.scratchnet.lesson.ParameterCounts;
import net.scratchnet.lesson.PerceptronDemo;
import net.scratchnet.lesson.SoftmaxJacobian;
import net.scratchnet.lesson.ToyClassifier;
import net.scratchnet.math.MatMul;
import net.scratchnet.math.simd.ProductComparison;
import net.scratchnet.network.Network;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.neuron.Neuron;
import net.scratchnet.settings.TrainingSettings;
import net.scratchnet.train.RunFile;
import net.scratchnet.train.RunFormatException;
import org.teavm.jso.JSExport;

/**
 * Everything JavaScript can call, compiled by TeaVM into core/scratchnet.wasm (WasmGC) and
 * core/scratchnet.js (plain JS, the fallback). webapp/js/engine.js calls the predictor half on the page;
 * webapp/js/training-worker.js calls the trainer half in a Web Worker. Both load this same module, each
 * gets its own copy of the static state below.
 *
 * <p>Why static methods and module-level state rather than exported objects: TeaVM 0.15's WasmGC target
 * passes only the first two arguments to an exported constructor, and plain functions are also the
 * simplest thing to call from JS. Arrays are copied across the boundary, so the page passes byte data as
 * {@code Int8Array} (TeaVM's fast path for {@code byte[]}) and gets {@code Float32Array}s back.
 *
 * <p>Methods that can fail because of what the user supplied (a model file, settings, a dataset) return
 * null on success or a message saying what is wrong; programming errors throw.
 */
public final class BrowserExports {
    private static Predictor predictor;
    private static TrainingSession session;
    private static BenchTrainer bench;

    private BrowserExports() {
    }

    /** TeaVM needs an entry point; the real entry points are the exported methods. */
    public static void main(String[] args) {
    }

    // ---- settings (page, lessons, embeds) ----

    /** The table of training settings, datasets, activations, optimisers and limits: JSON, see {@link TrainingSettings}. */
    @JSExport
    public static String settingsSchema() {
        return TrainingSettings.schemaJson();
    }

    // ---- the matrix products' SIMD path (net.scratchnet.math.simd) ----

    /**
     * Runs the matrix products on the SIMD kernels (true, where the browser has them) or on the Java loops
     * (false); the benchmark page measures either. Returns whether the SIMD kernels are in use.
     */
    @JSExport
    public static boolean useSimd(boolean wanted) {
        return MatMul.useSimd(wanted);
    }

    /** The largest relative distance between the SIMD and the Java products on random shapes; -1 without SIMD. */
    @JSExport
    public static float simdLargestDistance(int seed, int products) {
        return ProductComparison.largestDistance(seed, products);
    }

    /**
     * The network spec for these settings: a whole spec as typed (e.g. "28x28x1 conv5x5x8 relu pool2 dense10"),
     * or, when that is blank, hidden sizes as typed (e.g. "16, 16") and an activation; and a dataset id. JSON
     * {spec, hidden} with the canonical spec and the hidden sizes read (null for a whole spec), or {error} saying
     * what is wrong (the form shows it next to the field it is about).
     */
    @JSExport
    public static String architecture(String spec, String hidden, String activation, String dataset) {
        try {
            DatasetKind kind = DatasetKind.fromId(dataset);
            if (!spec.isBlank()) {
                String canonical = TrainingSettings.architecture(spec, kind).toString();
                return new Json().put("spec", canonical).put("hidden", (String) null).toString();
            }
            int[] sizes = TrainingSettings.hiddenSizes(hidden);
            String canonical = TrainingSettings.architecture(sizes, activation, kind).toString();
            return new Json().put("spec", canonical).put("hidden", sizes).toString();
        } catch (IllegalArgumentException e) {
            return new Json().put("error", e.getMessage()).toString();
        }
    }

    // ---- predictor (page) ----

    /** Starts the page with fresh random weights, so the pad predicts (badly) before any training. */
    @JSExport
    public static String createModel(String spec, int seed) {
        try {
            predictor = new Predictor(Network.fromSpec(spec, seed), "");
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** @return null if the model file was loaded, else why not (the previous model stays) */
    @JSExport
    public static String loadModel(byte[] modelFile) {
        return predictor().load(modelFile);
    }

    @JSExport
    public static byte[] exportModel() {
        return predictor().export();
    }

    /** JSON, see {@link ModelInfo}: {spec, sizes, activation, parameters, dataset, classNames, inputShape, layers}. */
    @JSExport
    public static String modelInfo() {
        return predictor().describe();
    }

    /** A canvas's RGBA pixels -> 784 inputs in 0..1, centred and scaled the way MNIST's digits were. */
    @JSExport
    public static float[] preprocess(byte[] rgba, int width, int height) {
        return DigitPreprocessor.fromRgba(rgba, width, height);
    }

    /**
     * The pad's strokes -> 784 inputs in 0..1, drawn the way MNIST's digits were ({@link StrokePreprocessor}).
     * {@code points}: x, y, pressure of every point; {@code lengths}: points per stroke.
     */
    @JSExport
    public static float[] preprocessStrokes(float[] points, int[] lengths) {
        return StrokePreprocessor.toInput(Strokes.of(points, lengths));
    }

    /** A 28x28 test image with the strokes drawn on it over a pad {@code frame} units wide showing it. */
    @JSExport
    public static float[] drawOver(float[] image, float[] points, int[] lengths, float frame) {
        return StrokePreprocessor.drawOver(image, StrokePreprocessor.SIZE, Strokes.of(points, lengths), frame);
    }

    // ---- what the layer diagram draws: every layer's result, a convolution's filters ----

    /**
     * The input, then every layer's result (after its activation; the probabilities last), one after the other:
     * layer i of {@link #modelInfo}'s {@code layers} starts at its {@code offset}, {@code outputs} numbers in the
     * channel-major order of its {@code outputShape}. See {@link Predictor#layerOutputs}.
     */
    @JSExport
    public static float[] layerOutputs(float[] image) {
        return predictor().layerOutputs(image);
    }

    /** Convolution {@code layer}'s filters (index into modelInfo's layers), filter by filter, then the biases. */
    @JSExport
    public static float[] kernels(int layer) {
        return predictor().kernels(layer);
    }

    @JSExport
    public static float[] weights(int layer) {
        return predictor().weights(layer);
    }

    @JSExport
    public static float[] incomingWeights(int layer, int neuron) {
        return predictor().incomingWeights(layer, neuron);
    }

    // ---- trainer (worker) ----

    /** The four .gz files as fetched, and the text of SHA256SUMS. @return null or what is wrong */
    @JSExport
    public static String loadDataset(String id, String checksums, byte[] trainImages, byte[] trainLabels,
                                     byte[] testImages, byte[] testLabels) {
        return session().loadDataset(id, checksums, trainImages, trainLabels, testImages, testLabels);
    }

    /** Random weights from {@code seed}, e.g. "784-16-16-10 sigmoid". @return null or what is wrong */
    @JSExport
    public static String resetTraining(String spec, int seed) {
        return session().reset(spec, seed);
    }

    /** Continue training from this model file. @return null or what is wrong */
    @JSExport
    public static String adoptModel(byte[] modelFile) {
        return session().adopt(modelFile);
    }

    /**
     * Keeps the current weights when they fit {@code spec}; {@code augment}: move the training images at random
     * (TrainingSettings.AUGMENT). @return null or what is wrong
     */
    @JSExport
    public static String startTraining(String spec, String optimizer, float learningRate, float weightDecay,
                                       int batchSize, int epochs, int seed, boolean augment) {
        return session().start(spec, optimizer, learningRate, weightDecay, batchSize, epochs, seed, augment);
    }

    /** Trains up to {@code count} mini-batches. JSON, see {@link TrainingSession#trainBatches}. */
    @JSExport
    public static String trainBatches(int count) {
        return session().trainBatches(count);
    }

    /** The trained weights as a model file, for the page's predictor. */
    @JSExport
    public static byte[] snapshotModel() {
        return session().snapshot();
    }

    /** True while an epoch's evaluation is due: {@link #evaluateSome} until done, then training goes on. */
    @JSExport
    public static boolean evaluationDue() {
        return session().isEvaluationDue();
    }

    /**
     * Evaluates up to {@code maxImages} more test images of the evaluation due. JSON {images, evaluated, total, done},
     * see {@link TrainingSession#evaluateSome}; once done, the report is {@link #evaluation}.
     */
    @JSExport
    public static String evaluateSome(int maxImages) {
        return session().evaluateSome(maxImages);
    }

    /**
     * The last finished evaluation (the best weights so far became the checkpoint). JSON, see
     * {@link EvaluationReport}; the gallery via {@link #evaluationGallery}.
     */
    @JSExport
    public static String evaluation() {
        return session().lastReport().json();
    }

    /** The run so far (weights, optimiser, position, shuffling), to go on after a reload; null before training. */
    @JSExport
    public static byte[] exportRun() {
        return session().exportRun();
    }

    /** Goes on with a run from {@link #exportRun}; its dataset must be loaded. @return null or what is wrong */
    @JSExport
    public static String importRun(byte[] runFile) {
        return session().importRun(runFile);
    }

    /**
     * True once the run has trained all its epochs and evaluated the last (after {@link #importRun}: Resume has
     * nothing left to do).
     */
    @JSExport
    public static boolean runDone() {
        return session().isFinished();
    }

    /** Checks a saved run without its training data (on the page, before offering Resume). @return null or why not */
    @JSExport
    public static String checkRun(byte[] runFile) {
        try {
            RunFile.check(runFile);
            return null;
        } catch (RunFormatException e) {
            return e.getMessage();
        }
    }

    @JSExport
    public static byte[] evaluationGallery() {
        return session().lastReport().galleryPixels();
    }

    // ---- lessons (the course at learn/): thin doors to net.scratchnet.lesson and the neuron package ----
    // Each chapter page loads its own copy of this module; the state below belongs to that page.

    private static PerceptronDemo perceptron;
    private static ToyClassifier toy;
    private static final LineFit LINE_FIT = new LineFit(100, 7);
    private static final OptimizerRace RACE = new OptimizerRace();

    /** Chapter 1: {z, a} for one neuron. @throws IllegalArgumentException (bug) if the lengths differ */
    @JSExport
    public static float[] lessonNeuron(float[] weights, float[] inputs, float bias, String activation) {
        float z = Neuron.weightedSum(weights, inputs, bias);
        return new float[] {z, Neuron.output(weights, inputs, bias, Activations.byName(activation))};
    }

    /** Chapter 2: a fresh perceptron and its points (x, y, label triples). */
    @JSExport
    public static float[] lessonPerceptronReset(int count, int seed) {
        perceptron = new PerceptronDemo(count, seed);
        return perceptron.points().flat();
    }

    /** Chapter 2: {point, error, w1, w2, b, mistakes} after learning from the next point. */
    @JSExport
    public static float[] lessonPerceptronStep() {
        return perceptron.step();
    }

    /** Chapter 3: f at {@code count} points from {@code from} to {@code to}, then f'. */
    @JSExport
    public static float[] lessonActivationCurves(String activation, float from, float to, int count) {
        return ActivationCurves.sample(activation, from, to, count);
    }

    /** Chapter 3: softmax(scores), then its Jacobian row by row. */
    @JSExport
    public static float[] lessonSoftmax(float[] scores) {
        return SoftmaxJacobian.of(scores);
    }

    /** Chapter 3: a network for a 2-D point set. @return null or what is wrong with the spec */
    @JSExport
    public static String lessonToyReset(String shape, String spec, int seed) {
        try {
            toy = new ToyClassifier(shape, spec, seed);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @JSExport
    public static float[] lessonToyPoints() {
        return toy.points().flat();
    }

    /** Chapter 3: {mean loss, accuracy} after {@code batches} more mini-batches. */
    @JSExport
    public static float[] lessonToyTrain(int batches) {
        return new float[] {toy.train(batches), toy.accuracy()};
    }

    @JSExport
    public static float[] lessonToyMap(int resolution) {
        return toy.map(resolution);
    }

    /** Chapter 4: null when {@code spec} is a valid architecture, else what is wrong with it. */
    @JSExport
    public static String lessonSpecError(String spec) {
        try {
            NetworkSpec.parse(spec);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Chapter 4: weights and biases of each layer, then the total. */
    @JSExport
    public static int[] lessonParameterCounts(String spec) {
        return ParameterCounts.of(NetworkSpec.parse(spec));
    }

    /** Chapter 4: JSON {x, W, b, z, a} of the example layer. */
    @JSExport
    public static String lessonLayer(float[] x) {
        return LayerExample.compute(x, 4);
    }

    /** Chapter 6: {mean squared error, cross-entropy} of these probabilities for the true class. */
    @JSExport
    public static float[] lessonLosses(float[] probabilities, int label) {
        return LossReadout.losses(probabilities, label);
    }

    /** Chapter 7: the line-fitting loss on a grid over (w, b). */
    @JSExport
    public static float[] lessonLandscape(int resolution, float wMin, float wMax, float bMin, float bMax) {
        return LINE_FIT.grid(resolution, wMin, wMax, bMin, bMax);
    }

    @JSExport
    public static float[] lessonLandscapePoints() {
        return LINE_FIT.points();
    }

    /** Chapter 7: (w, b, loss) along a gradient descent path. */
    @JSExport
    public static float[] lessonDescend(float w, float b, float learningRate, int batchSize, int steps) {
        return LINE_FIT.descend(w, b, learningRate, batchSize, steps, 1);
    }

    /** Chapter 8: JSON of every forward and backward number of the 2-2-1 network. */
    @JSExport
    public static String lessonBackprop(float x1, float x2, int target) {
        return BackpropTrace.trace(x1, x2, target, 3);
    }

    /** Chapter 9 (in its worker): MNIST's four .gz files and SHA256SUMS. @return null or what is wrong */
    @JSExport
    public static String lessonRaceLoad(String checksums, byte[] trainImages, byte[] trainLabels,
                                        byte[] testImages, byte[] testLabels) {
        return RACE.loadMnist(checksums, trainImages, trainLabels, testImages, testLabels);
    }

    /** Chapter 9: three identical networks on the first {@code trainSize} images. @return null or what is wrong */
    @JSExport
    public static String lessonRaceReset(int trainSize, int seed) {
        return RACE.reset(trainSize, seed);
    }

    /** Chapter 9: mean loss of sgd, momentum, adam over {@code batches} more batches, then the epoch. */
    @JSExport
    public static float[] lessonRaceTrain(int batches) {
        return RACE.train(batches);
    }

    /** Chapter 9: train and test accuracy of sgd, momentum, adam. */
    @JSExport
    public static float[] lessonRaceAccuracies() {
        return RACE.accuracies();
    }

    /** Chapter 9: mini-batches per epoch of the race just reset (its batch size is the core's). */
    @JSExport
    public static int lessonRaceBatchesPerEpoch() {
        return RACE.batchesPerEpoch();
    }

    // ---- benchmark (bench.html: the shared browser benchmark's contract) ----

    /** A fresh network for the benchmark's workload, "mlp" or "cnn" ({@link BenchWorkload}), trained with plain SGD. */
    @JSExport
    public static void benchInit(String workload, int seed, float learningRate, int batchSize) {
        bench = new BenchTrainer(BenchWorkload.byId(workload), seed, learningRate, batchSize);
    }

    /** One epoch over the first {@code n} examples, in order. */
    @JSExport
    public static void benchTrainEpoch(byte[] images, byte[] labels, int n) {
        bench.trainEpoch(images, labels, n);
    }

    /** The predicted class of each of the first {@code n} images. */
    @JSExport
    public static byte[] benchPredict(byte[] images, int n) {
        return bench.predict(images, n);
    }

    private static Predictor predictor() {
        if (predictor == null) {
            throw new IllegalStateException("call createModel or loadModel first");
        }
        return predictor;
    }

    private static TrainingSession session() {
        if (session == null) {
            session = new TrainingSession();
        }
        return session;
    }
}

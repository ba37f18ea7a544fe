package net.scratchnet.web;

import net.scratchnet.activation.Activations;
import net.scratchnet.data.Dataset;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.data.DigitPreprocessor;
import net.scratchnet.data.StrokePreprocessor;
import net.scratchnet.data.Strokes;
import net.scratchnet.json.Json;
import net.scratchnet.layer.Padding;
import net.scratchnet.lesson.ActivationCurves;
import net.scratchnet.lesson.BackpropTrace;
import net.scratchnet.lesson.ClassifierJudge;
import net.scratchnet.lesson.ConvolutionCounts;
import net.scratchnet.lesson.DeepSignals;
import net.scratchnet.lesson.KernelSlide;
import net.scratchnet.lesson.LayerExample;
import net.scratchnet.lesson.LineFit;
import net.scratchnet.lesson.LossReadout;
import net.scratchnet.lesson.OptimizerRace;
import net.scratchnet.lesson.OverfitRace;
import net.scratchnet.lesson.ParameterCounts;
import net.scratchnet.lesson.PerceptronDemo;
import net.scratchnet.lesson.SoftmaxJacobian;
import net.scratchnet.lesson.StartingWeights;
import net.scratchnet.lesson.StepNetwork;
import net.scratchnet.lesson.Symmetry;
import net.scratchnet.lesson.TargetCurve;
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
import net.scratchnet.words.Message;

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
 * null on success or what is wrong: the JSON of a {@link Message}, {problem, values, message}, which the page
 * words in its own language ({@code webapp/js/core-words.js}); programming errors throw.
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
     * {spec, hidden} with the canonical spec and the hidden sizes read (null for a whole spec), or {error: a
     * {@link Message}'s JSON} saying what is wrong (the form shows it next to the field it is about).
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
            return new Json().put("error", Message.of(e).toJson()).toString();
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
            return Message.of(e).json();
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
            return e.explanation().json();
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
            return Message.of(e).json();
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
            return Message.of(e).json();
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

    // ---- chapter "convolutions": a kernel slid over the drawing, sizes and parameter counts ----

    /** Convolutions: a hand-made 3×3 kernel by name ({@link KernelSlide#kernel}), row by row. */
    @JSExport
    public static float[] lessonKernel(String name) {
        return KernelSlide.kernel(name);
    }

    /**
     * Convolutions: {@code kernel} slid over the {@code height}×{@code width} image by the core's Conv2D, then
     * ReLU and a 2×2 max pool, and the multiply-and-add at output ({@code row}, {@code col}): JSON, see
     * {@link KernelSlide#slide}. {@code padding} is "valid" or "same".
     */
    @JSExport
    public static String lessonSlide(float[] image, int height, int width, float[] kernel, float bias, int stride,
                                     String padding, int row, int col) {
        return KernelSlide.slide(image, height, width, kernel, bias, stride, padding(padding), row, col);
    }

    /** Convolutions: the output shape and parameter counts of one convolution, JSON ({@link ConvolutionCounts#of}). */
    @JSExport
    public static String lessonConvolutionCounts(int side, int channels, int kernel, int filters, int stride,
                                                 String padding) {
        return ConvolutionCounts.of(side, channels, kernel, filters, stride, padding(padding));
    }

    /** "valid" or "same", as a network spec writes them. @throws IllegalArgumentException (a bug) for others */
    private static Padding padding(String name) {
        for (Padding padding : Padding.values()) {
            if (padding.specName().equals(name)) {
                return padding;
            }
        }
        throw new IllegalArgumentException("no padding named '" + name + "' (expected valid or same)");
    }

    // ---- chapter "overfitting" (in chapter 9's race worker): a run without a cure beside one per cure ----

    private static final OverfitRace CURES = new OverfitRace();

    /** Overfitting: MNIST's four .gz files and SHA256SUMS. @return null or what is wrong */
    @JSExport
    public static String lessonCureLoad(String checksums, byte[] trainImages, byte[] trainLabels,
                                        byte[] testImages, byte[] testLabels) {
        return CURES.loadMnist(checksums, trainImages, trainLabels, testImages, testLabels);
    }

    /** Overfitting: "none" and each cure named in {@code cures} (comma-separated). @return null or what is wrong */
    @JSExport
    public static String lessonCureReset(int trainSize, int epochs, String cures, boolean earlyStopping, int seed) {
        return CURES.reset(trainSize, epochs, cures, earlyStopping, seed);
    }

    /** Overfitting: mini-batches per epoch. */
    @JSExport
    public static int lessonCureBatchesPerEpoch() {
        return CURES.batchesPerEpoch();
    }

    /** Overfitting: per run the mean loss of {@code batches} more batches (NaN once stopped). */
    @JSExport
    public static float[] lessonCureTrain(int batches) {
        return CURES.train(batches);
    }

    /** Overfitting: per run training accuracy, validation accuracy, epoch of the weights kept. */
    @JSExport
    public static float[] lessonCureAccuracies() {
        return CURES.accuracies();
    }

    /** Overfitting: true once every run has ended (its epochs trained, or stopped early). */
    @JSExport
    public static boolean lessonCureFinished() {
        return CURES.finished();
    }

    /** Overfitting: per run the test accuracy of the weights it keeps; only once the race is over. */
    @JSExport
    public static float[] lessonCureTest() {
        return CURES.testAccuracies();
    }

    /** Overfitting's question: {λ, η, the weight after one step of the weight decay run's optimiser}. */
    @JSExport
    public static float[] lessonCureDecayStep(float w, float gradient) {
        return new float[] {OverfitRace.WEIGHT_DECAY, OverfitRace.LEARNING_RATE, OverfitRace.decayStep(w, gradient)};
    }

    // ---- chapter "judging": a shipped network judged on MNIST's 10,000 test images ----

    private static final ClassifierJudge JUDGE = new ClassifierJudge();

    /** Judging: the network to judge, a .snn file. @return null or what is wrong */
    @JSExport
    public static String lessonJudgeModel(byte[] modelFile) {
        return JUDGE.loadModel(modelFile);
    }

    /** Judging: MNIST's test images and labels (.gz) and SHA256SUMS. @return null or what is wrong */
    @JSExport
    public static String lessonJudgeTest(String checksums, byte[] testImages, byte[] testLabels) {
        return JUDGE.loadTest(checksums, testImages, testLabels);
    }

    /** Judging: runs about {@code maxImages} more test images. @return how many are judged so far */
    @JSExport
    public static int lessonJudgeSome(int maxImages) {
        return JUDGE.evaluateSome(maxImages);
    }

    /** Judging: the number of test images. */
    @JSExport
    public static int lessonJudgeTestSize() {
        return JUDGE.testSize();
    }

    /** Judging: JSON of the whole test set's judgement (see {@link ClassifierJudge#report}). */
    @JSExport
    public static String lessonJudgeReport() {
        return JUDGE.report();
    }

    /** Judging: test image {@code index}'s pixels, 0..255. */
    @JSExport
    public static byte[] lessonJudgeImage(int index) {
        return JUDGE.testImage(index);
    }

    /** Judging: a noise image from {@code seed} (784 pixels), then the network's 10 probabilities for it. */
    @JSExport
    public static float[] lessonJudgeNoise(int seed) {
        return JUDGE.noise(seed);
    }

    // ---- chapter "initialisation": starting weights, vanishing gradients, dead ReLUs ----

    private static DeepSignals deep;
    private static Symmetry symmetry;

    /** The site's sample test images (samples.json) as a dataset the lessons train and measure on. */
    private static Dataset lessonSamples(byte[] pixels, byte[] labels, String dataset) {
        DatasetKind kind = DatasetKind.fromId(dataset);
        return new Dataset(dataset + " samples", DatasetKind.ROWS, DatasetKind.COLS, pixels, labels, kind.classNames());
    }

    /** The bound of U(-limit, limit) that {@code start} draws a layer's weights from. */
    @JSExport
    public static float lessonStartLimit(String start, int in, int out) {
        return StartingWeights.byId(start).limit(in, out);
    }

    /** A deep network (six hidden layers) reading these images. @return null or what is wrong */
    @JSExport
    public static String lessonDeepReset(String activation, String start, byte[] pixels, byte[] labels,
                                         String dataset, float learningRate, int seed) {
        try {
            deep = new DeepSignals(activation, start, lessonSamples(pixels, labels, dataset), learningRate, seed);
            return null;
        } catch (IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    /** {@code steps} more SGD steps, then JSON of every layer's activations and gradients ({@link DeepSignals#measure}). */
    @JSExport
    public static String lessonDeepTrain(int steps) {
        deep.train(steps);
        return deep.measure();
    }

    /** A few sigmoid hidden neurons started {@code start} on these images. @return null or what is wrong */
    @JSExport
    public static String lessonSymmetryReset(String start, byte[] pixels, byte[] labels, String dataset, int seed) {
        try {
            symmetry = new Symmetry(start, lessonSamples(pixels, labels, dataset), seed);
            return null;
        } catch (IllegalArgumentException e) {
            return Message.of(e).json();
        }
    }

    /** {@code steps} more SGD steps, then JSON of the hidden neurons' weights ({@link Symmetry#state}). */
    @JSExport
    public static String lessonSymmetryTrain(int steps) {
        symmetry.train(steps);
        return symmetry.state();
    }

    // ---- chapter "approximation": hidden sigmoid neurons as steps and bumps ----

    /** The output of a 1-H-1 network (sigmoid hidden, linear output) at {@code count} points from 0 to 1. */
    @JSExport
    public static float[] lessonSteps(float[] weights, float[] biases, float[] outputWeights, int count) {
        return new StepNetwork(weights, biases, outputWeights).outputs(count);
    }

    /** Where a hidden neuron's step stands: -b/w. */
    @JSExport
    public static float lessonStepPosition(float weight, float bias) {
        return StepNetwork.stepPosition(weight, bias);
    }

    /** The bias that puts a neuron's step at {@code position}. */
    @JSExport
    public static float lessonBiasForStep(float position, float weight) {
        return StepNetwork.biasForStepAt(position, weight);
    }

    /**
     * The network of bumps of these heights, and the target curve: JSON {outputs, target, distance} at
     * {@code count} points from 0 to 1, distance being their mean gap.
     */
    @JSExport
    public static String lessonBumps(String target, float[] heights, float steepness, int count) {
        TargetCurve curve = TargetCurve.byId(target);
        float[] outputs = StepNetwork.bumps(heights, steepness).outputs(count);
        return new Json().put("outputs", outputs).put("target", curve.sample(count))
                .put("distance", curve.meanDistance(outputs)).toString();
    }

    /** Bump heights that follow the target curve: each as high as the curve at its middle. */
    @JSExport
    public static float[] lessonBumpHeights(String target, int bumps) {
        return TargetCurve.byId(target).heights(bumps);
    }

    // ---- code it yourself (learn/code/): the core's answers that the learner's JavaScript is checked against ----
    // Matrices are flat, row after row; CodeExercises says which layout and what each returns.

    /** z = w·x + b of one neuron. */
    @JSExport
    public static float codeNeuron(float[] x, float[] w, float b) {
        return CodeExercises.neuron(x, w, b);
    }

    /** [σ(z₀), σ'(z₀), σ(z₁), σ'(z₁), ...]. */
    @JSExport
    public static float[] codeSigmoid(float[] z) {
        return CodeExercises.sigmoid(z);
    }

    /** A dense layer's output x·W + b, [batch][out]. */
    @JSExport
    public static float[] codeDenseForward(float[] x, float[] w, float[] b, int batch, int in, int out) {
        return CodeExercises.denseForward(x, w, b, batch, in, out);
    }

    /** Softmax of each row, [batch][classes], then the mean cross-entropy. */
    @JSExport
    public static float[] codeSoftmaxCrossEntropy(float[] logits, int[] labels, int batch, int classes) {
        return CodeExercises.softmaxCrossEntropy(logits, labels, batch, classes);
    }

    /** dL/dz of the mean softmax cross-entropy, [batch][classes]. */
    @JSExport
    public static float[] codeSoftmaxCrossEntropyGradient(float[] logits, int[] labels, int batch, int classes) {
        return CodeExercises.softmaxCrossEntropyGradient(logits, labels, batch, classes);
    }

    /** dW [in][out], db [out], dx [batch][in] of a dense layer, one after the other. */
    @JSExport
    public static float[] codeDenseBackward(float[] x, float[] w, float[] dz, int batch, int in, int out) {
        return CodeExercises.denseBackward(x, w, dz, batch, in, out);
    }

    /** w - η·g. */
    @JSExport
    public static float[] codeSgdStep(float[] w, float[] g, int rows, int cols, float learningRate) {
        return CodeExercises.sgdStep(w, g, rows, cols, learningRate);
    }

    /** The weights after one epoch of in → hidden (sigmoid) → out, then each batch's loss. */
    @JSExport
    public static float[] codeTrainEpoch(float[] w1, float[] b1, float[] w2, float[] b2, int in, int hidden, int out,
                                         float[] images, int[] labels, int[] order, int batchSize, float learningRate) {
        return CodeExercises.trainEpoch(w1, b1, w2, b2, in, hidden, out, images, labels, order, batchSize, learningRate);
    }
}

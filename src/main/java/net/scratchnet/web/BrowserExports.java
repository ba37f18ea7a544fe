package net.scratchnet.web;

import net.scratchnet.data.DigitPreprocessor;
import net.scratchnet.network.Network;
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
    /** The untrained network the page shows before the first training or import. */
    private static final String DEFAULT_SPEC = "784-16-16-10 sigmoid";

    private static Predictor predictor;
    private static TrainingSession session;
    private static EvaluationReport lastEvaluation;

    private BrowserExports() {
    }

    /** TeaVM needs an entry point; the real entry points are the exported methods. */
    public static void main(String[] args) {
    }

    // ---- predictor (page) ----

    /** Starts the page with fresh random weights, so the pad predicts (badly) before any training. */
    @JSExport
    public static String createModel(String spec, int seed) {
        try {
            predictor = new Predictor(Network.fromSpec(spec == null ? DEFAULT_SPEC : spec, seed), "");
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

    /** JSON: {spec, sizes, activation, parameters, dataset}. */
    @JSExport
    public static String modelInfo() {
        return predictor().describe();
    }

    /** A canvas's RGBA pixels -> 784 inputs in 0..1, centred and scaled the way MNIST's digits were. */
    @JSExport
    public static float[] preprocess(byte[] rgba, int width, int height) {
        return DigitPreprocessor.fromRgba(rgba, width, height);
    }

    /** Input, every hidden layer and the probabilities, one after the other (split by the model's sizes). */
    @JSExport
    public static float[] activations(float[] image) {
        return predictor().activations(image);
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

    /** Keeps the current weights when they fit {@code spec}. @return null or what is wrong */
    @JSExport
    public static String startTraining(String spec, String optimizer, float learningRate, int batchSize,
                                       int epochs, int seed) {
        return session().start(spec, optimizer, learningRate, batchSize, epochs, seed);
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

    /** Evaluates on the test set. JSON, see {@link EvaluationReport}; the gallery via {@link #evaluationGallery}. */
    @JSExport
    public static String evaluate() {
        TrainingSession s = session();
        lastEvaluation = EvaluationReport.of(s.network(), s.epochOfRun(), s.test(), s.trainSample());
        return lastEvaluation.json();
    }

    @JSExport
    public static byte[] evaluationGallery() {
        return lastEvaluation.galleryPixels();
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

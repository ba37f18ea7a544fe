package net.scratchnet.web;

import java.util.Arrays;
import java.util.List;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.ModelFormatException;
import net.scratchnet.model.SavedModel;
import net.scratchnet.network.Network;
import net.scratchnet.words.Message;
import net.scratchnet.words.Problem;

/**
 * The page's network: the one the drawing pad is classified with and the charts show.
 *
 * <p>It only ever runs forward passes, one image at a time, so it lives on the main thread; training
 * happens in the worker, which sends its weights over as model files that {@link #load} swaps in.
 *
 * <p>The three fields always describe the same model: {@link #load} builds the new ones in locals and
 * assigns them together, only once nothing can fail any more.
 */
final class Predictor {
    private Network network;
    private String dataset;   // what it was trained on ("mnist", "fashion"); "" if untrained
    private String info;      // the page's description of network and dataset, see ModelInfo

    Predictor(Network network, String dataset) {
        this.network = network;
        this.dataset = dataset;
        this.info = ModelInfo.of(network, dataset);
    }

    Network network() {
        return network;
    }

    /**
     * Replaces the network with the one in {@code modelFile}.
     *
     * <p>A file trained on a dataset this site does not know is refused rather than loaded without a
     * dataset: its outputs mean classes the page cannot name, training it further would mix in another
     * dataset's classes, and saving it would store a file that the next visit refuses again.
     *
     * @return null on success, else why the file was refused (a {@link Message}'s JSON); the previous network is
     *         then kept
     */
    String load(byte[] modelFile) {
        SavedModel saved;
        try {
            saved = ModelFile.read(modelFile);
        } catch (ModelFormatException | IllegalArgumentException e) {
            return Message.of(e).json();
        }
        if (!saved.dataset().isEmpty() && !isKnown(saved.dataset())) {
            return Problem.MODEL_UNKNOWN_DATASET.with("dataset", saved.dataset(), "known",
                    Arrays.stream(DatasetKind.values()).map(DatasetKind::id).toArray(String[]::new)).json();
        }
        String newInfo = ModelInfo.of(saved.network(), saved.dataset());
        network = saved.network();
        dataset = saved.dataset();
        info = newInfo;
        return null;
    }

    private static boolean isKnown(String dataset) {
        try {
            DatasetKind.fromId(dataset);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    byte[] export() {
        return ModelFile.write(network, dataset);
    }

    /**
     * Every layer's result for one image, end to end in one array: the input, then each layer {@link ModelInfo}
     * lists, at its {@code offset} (after its activation; the probabilities last). One call and one copy across
     * the JS boundary instead of one per layer. For {@code 784-16-16-10} that is the input, both hidden layers'
     * activations and the probabilities; for a conv net also every feature map.
     */
    float[] layerOutputs(float[] image) {
        checkImage(image);
        List<float[]> layers = network.layerOutputs(image);
        int total = 0;
        for (float[] layer : layers) {
            total += layer.length;
        }
        float[] all = new float[total];
        int offset = 0;
        for (float[] layer : layers) {
            System.arraycopy(layer, 0, all, offset, layer.length);
            offset += layer.length;
        }
        return all;
    }

    /**
     * The filters of convolution {@code layer} (an index into ModelInfo's layers), filter by filter: filter f's
     * weight for input channel c at kernel row ky, column kx is at {@code f·K + (c·k + ky)·k + kx}, K = Cin·k·k;
     * the filters' biases follow, one each, at {@code filters·K + f}. So each filter's k×k image per channel is
     * one run of numbers, as the page draws it.
     */
    float[] kernels(int layer) {
        List<Integer> computing = network.computingLayers();
        if (layer < 0 || layer >= computing.size() || !(network.layers().get(computing.get(layer)) instanceof Conv2D)) {
            throw new IllegalArgumentException("layer " + layer + " of " + network.spec() + " is not a convolution");
        }
        Conv2D conv = (Conv2D) network.layers().get(computing.get(layer));
        float[][] weights = conv.weights().values();   // [K][filters]
        float[] biases = conv.biases().values()[0];
        int patch = weights.length;
        int filters = biases.length;
        float[] result = new float[filters * patch + filters];
        for (int f = 0; f < filters; f++) {
            for (int i = 0; i < patch; i++) {
                result[f * patch + i] = weights[i][f];
            }
            result[filters * patch + f] = biases[f];
        }
        return result;
    }

    /** All weights of dense layer {@code layer}: {@code values[i*out + j]} connects input i to neuron j. */
    float[] weights(int layer) {
        float[][] rows = dense(layer).weights().values();   // rows[i][j]: from input i to neuron j
        int out = rows[0].length;
        float[] values = new float[rows.length * out];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, values, i * out, out);
        }
        return values;
    }

    /** The weights arriving at one neuron, one per input: what that neuron "looks for". */
    float[] incomingWeights(int layer, int neuron) {
        DenseLayer dense = dense(layer);
        int in = dense.inputSize();
        int out = dense.outputSize();
        if (neuron < 0 || neuron >= out) {
            throw new IllegalArgumentException("layer " + layer + " has neurons 0.." + (out - 1) + ", not " + neuron);
        }
        float[][] rows = dense.weights().values();
        float[] incoming = new float[in];
        for (int i = 0; i < in; i++) {
            incoming[i] = rows[i][neuron];
        }
        return incoming;
    }

    /** JSON, see {@link ModelInfo}. */
    String describe() {
        return info;
    }

    private DenseLayer dense(int layer) {
        int count = network.spec().sizes().length - 1;
        if (layer < 0 || layer >= count) {
            throw new IllegalArgumentException("the network has dense layers 0.." + (count - 1) + ", not " + layer);
        }
        return network.dense(layer);
    }

    private void checkImage(float[] image) {
        if (image.length != network.inputSize()) {
            throw new IllegalArgumentException("the network takes " + network.inputSize() + " inputs, got "
                    + image.length);
        }
    }
}

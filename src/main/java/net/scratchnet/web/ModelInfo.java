package net.scratchnet.web;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.json.Json;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.Layer;
import net.scratchnet.network.Network;

/**
 * What the page shows about a model, as JSON: {spec, sizes, activation, parameters, dataset, classNames,
 * inputShape, layers}. {@code layers} lists the layers that compute something, each with the activation that
 * follows it: {kind, text, inputs, outputs, activation, parameters}, e.g. {kind: "dense", text: "dense 784 ->
 * 16", inputs: 784, outputs: 16, activation: "sigmoid", parameters: 12560}. The page writes the model out in
 * words from this list alone, so a new kind of layer needs no change there.
 */
final class ModelInfo {
    private ModelInfo() {
    }

    /** @param dataset the id of what the network was trained on, or "" when untrained or unknown */
    static String of(Network network, String dataset) {
        DatasetKind kind = dataset.isEmpty() ? null : DatasetKind.fromId(dataset);
        return new Json()
                .put("spec", network.spec().toString())
                .put("sizes", network.spec().sizes())
                .put("activation", network.spec().activation())
                .put("parameters", network.parameterCount())
                .put("dataset", kind == null ? null : kind.id())
                .put("classNames", kind == null ? null : kind.classNames())
                .put("inputShape", kind == null ? new int[] {network.inputSize()} : kind.inputShape())
                .put("layers", layers(network))
                .toString();
    }

    private static List<Json> layers(Network network) {
        List<Layer> all = network.layers();
        List<Json> layers = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            Layer layer = all.get(k);
            if (layer instanceof ActivationLayer) {
                continue;   // shown as the activation of the layer before it
            }
            boolean activated = k + 1 < all.size() && all.get(k + 1) instanceof ActivationLayer;
            // The last layer's scores become probabilities through softmax, inside the cross-entropy loss.
            String activation = activated ? ((ActivationLayer) all.get(k + 1)).activation().name() : "softmax";
            layers.add(new Json()
                    .put("kind", kind(layer))
                    .put("text", layer.describe())
                    .put("inputs", layer.inputSize())
                    .put("outputs", layer.outputSize())
                    .put("activation", activation)
                    .put("parameters", layer.parameterCount()));
        }
        return layers;
    }

    /** "dense" for a DenseLayer; for other kinds the first word of their description ("conv ...", ...). */
    private static String kind(Layer layer) {
        return layer instanceof DenseLayer ? "dense" : layer.describe().split(" ")[0];
    }
}

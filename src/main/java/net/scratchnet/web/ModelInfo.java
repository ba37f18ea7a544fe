package net.scratchnet.web;

import java.util.ArrayList;
import java.util.List;
import net.scratchnet.data.DatasetKind;
import net.scratchnet.json.Json;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.Dropout;
import net.scratchnet.layer.Layer;
import net.scratchnet.layer.MaxPool2D;
import net.scratchnet.layer.Shape;
import net.scratchnet.network.LayerSpec;
import net.scratchnet.network.Network;

/**
 * What the page shows about a model, as JSON: {spec, sizes, activation, parameters, dataset, classNames,
 * classNamesWord, inputShape, layers}; classNamesWord are the keys of the class names in the page's words
 * ({@link net.scratchnet.settings.TrainingSettings#words()}), which the page shows in its own language.
 * {@code sizes} are the dense part's ({@link net.scratchnet.network.NetworkSpec#sizes()}).
 * {@code layers} lists the layers that compute something, each with the activation that follows it:
 * {kind, text, inputs, outputs, inputShape, outputShape, activation, parameters, offset}, e.g. {kind: "conv",
 * text: "conv5x5x8", inputs: 784, outputs: 4608, inputShape: [1, 28, 28], outputShape: [8, 24, 24], activation:
 * "relu", parameters: 208, offset: 784}. Kinds: "dense", "conv", "pool", "dropout"; shapes are [channels, height, width]
 * ([16, 1, 1] for a dense layer of 16); the activation is null where none follows (a pool), "softmax" for the
 * scores of the last layer under cross-entropy. {@code offset} is where the layer's result starts in
 * {@link Predictor#layerOutputs}: that array holds the input at 0, then each layer's result in this order (after its
 * activation; the probabilities for the last), {@code outputs} numbers in its outputShape's channel-major order
 * (number (c, y, x) at offset + (c·height + y)·width + x). Convolutions and pools also say where their
 * windows sit: {kernel, stride, padding: [zeros above, zeros to the left]}; output pixel (y, x) sees the input rows
 * from y·stride - padding[0], kernel of them, and likewise the columns. The page writes the model out in words from this list
 * alone, so a new kind of layer needs no change there.
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
                .put("classNamesWord", kind == null ? null : kind.classKeys())
                .put("inputShape", kind == null ? new int[] {network.inputSize()} : kind.inputShape())
                .put("layers", layers(network))
                .toString();
    }

    private static List<Json> layers(Network network) {
        List<Layer> all = network.layers();
        List<Json> layers = new ArrayList<>();
        int offset = network.inputSize();   // layerOutputs starts with the input
        for (int k : network.computingLayers()) {
            Layer layer = all.get(k);
            int result = network.resultOf(k);
            boolean last = result + 1 == all.size();
            // The last layer's scores become probabilities through softmax, inside the cross-entropy loss.
            String activation = result != k ? ((ActivationLayer) all.get(result)).activation().name()
                    : last ? "softmax" : null;
            Shape in = k == 0 ? network.spec().inputShape() : network.outputShape(k - 1);
            Json described = new Json()
                    .put("kind", kind(layer))
                    .put("text", layer.describe())
                    .put("inputs", layer.inputSize())
                    .put("outputs", layer.outputSize())
                    .put("inputShape", dimensions(in))
                    .put("outputShape", dimensions(network.outputShape(k)))
                    .put("activation", activation)
                    .put("parameters", layer.parameterCount())
                    .put("offset", offset);
            // Where a window sits, so that the page can find the input patch behind an output pixel.
            if (network.spec().layers().get(k) instanceof LayerSpec.Conv conv) {
                described.put("kernel", conv.kernel()).put("stride", conv.stride()).put("padding", new int[] {
                    conv.padding().before(in.height(), conv.kernel(), conv.stride()),
                    conv.padding().before(in.width(), conv.kernel(), conv.stride())});
            } else if (network.spec().layers().get(k) instanceof LayerSpec.Pool pool) {
                described.put("kernel", pool.window()).put("stride", pool.stride()).put("padding", new int[] {0, 0});
            }
            layers.add(described);
            offset += layer.outputSize();
        }
        return layers;
    }

    private static int[] dimensions(Shape shape) {
        return new int[] {shape.channels(), shape.height(), shape.width()};
    }

    private static String kind(Layer layer) {
        if (layer instanceof Conv2D) {
            return "conv";
        }
        if (layer instanceof MaxPool2D) {
            return "pool";
        }
        return layer instanceof Dropout ? "dropout" : "dense";
    }
}

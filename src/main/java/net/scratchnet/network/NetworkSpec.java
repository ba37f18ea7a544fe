package net.scratchnet.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.scratchnet.activation.Activations;
import net.scratchnet.layer.DenseLayer;
import net.scratchnet.layer.Initialization;
import net.scratchnet.layer.Padding;
import net.scratchnet.layer.Shape;
import net.scratchnet.loss.Losses;
import net.scratchnet.words.Message;
import net.scratchnet.words.Problem;

/**
 * A network's architecture in one short, readable line. Two ways to write it:
 *
 * <pre>
 * 784-16-16-10 sigmoid              a fully connected network: layer sizes, input first, and the hidden layers'
 *                                   activation (default relu)
 * 784-30-10 sigmoid mse xavier      optionally the loss (crossentropy, the default, or mse) and the
 *                                   initialisation (default: he for relu and leakyrelu, xavier otherwise)
 *
 * 28x28x1 conv5x5x8 relu pool2 conv5x5x16 relu pool2 dense10
 *                                   any network, layer by layer: the input image (height x width x channels),
 *                                   then each layer in order, the activations as layers of their own
 * 28x28x1 conv3x3x16 same relu conv3x3x16 stride2 relu dense128 relu dropout0.5 dense10 mse xavier
 * </pre>
 *
 * The layer words: {@code convKxKxF} (F filters of K×K, see {@link net.scratchnet.layer.Conv2D}), followed
 * optionally by {@code strideS} (default 1) and {@code same} (zero padding that keeps the size at stride 1) or
 * {@code valid} (no padding, the default); {@code poolN} (max pool of N×N windows, stride N, or the
 * {@code strideS} that follows); {@code denseN} (N neurons fed by every number before them: no flattening
 * needed); an activation name; {@code dropoutR} (while training, silence each number with probability R, e.g.
 * {@code dropout0.5}). The loss and the initialisation words may go anywhere, as in the first form.
 *
 * <p>With cross-entropy the last layer's scores go through softmax. In the first form with mse the output
 * layer uses the same activation as the hidden layers, as in Nielsen's book; in the second, the layers are
 * exactly the ones written. Every spec is checked as it is read, shapes included: a 5×5 window that no longer
 * fits after two pools is refused with the word that does not fit. {@link #toString()} writes the canonical
 * form, which reads back to an equal spec.
 */
public final class NetworkSpec {
    /**
     * The small CNN of the shared browser benchmark ("The CNN workload"), 5,994 parameters: two 5×5 valid
     * convolutions with ReLU and a 2×2 max pool each, then the ten outputs. The page's "CNN, small" preset and
     * the example of its spec field are this network too.
     */
    public static final String SMALL_CNN = "28x28x1 conv5x5x8 relu pool2 conv5x5x16 relu pool2 dense10";
    /** The largest layer we accept: 4096 x 4096 weights are already 64 MB, more than a browser tab should hold. */
    public static final int MAX_LAYER_SIZE = 4096;
    /**
     * The most numbers one example may hold between two layers (28×28×64 = 50,176 fit): every layer keeps its
     * output for a whole batch, and a convolution a patch table as large, so this bounds a tab's memory.
     */
    public static final int MAX_SHAPE_SIZE = 65_536;
    /**
     * The most weights and biases a network may have: 40 MB of float32, and about four times that while it
     * trains with Adam (the weights, two moments and the checkpoint kept for a blow-up). Each layer alone may be
     * up to {@link #MAX_LAYER_SIZE} wide, but four such layers would need over 800 MB, which a tab does not have.
     */
    public static final int MAX_PARAMETERS = 10_000_000;

    private static final Pattern IMAGE = Pattern.compile("([0-9]{1,4})x([0-9]{1,4})x([0-9]{1,4})");
    private static final Pattern CONV = Pattern.compile("conv([0-9]{1,4})x([0-9]{1,4})x([0-9]{1,4})");
    private static final Pattern POOL = Pattern.compile("pool([0-9]{1,4})");
    private static final Pattern DENSE = Pattern.compile("dense([0-9]{1,4})");
    private static final Pattern STRIDE = Pattern.compile("stride([0-9]{1,4})");
    private static final Pattern DROPOUT = Pattern.compile("dropout(0|0\\.[0-9]{1,3})");

    private final Shape inputShape;
    private final List<LayerSpec> layers;
    private final int[] sizes;      // written as sizes (784-16-10), else null
    private final String activation;
    private final String loss;
    private final Initialization initialization;
    private final int parameterCount;

    /** A fully connected network, {@code 784-16-16-10 sigmoid}: see the class comment. */
    public NetworkSpec(int[] sizes, String activation, String loss, Initialization initialization) {
        this(Shape.flat(checkedSizes(sizes)[0]), denseLayers(sizes, activation, loss), sizes, activation, loss,
                initialization);
    }

    /**
     * Any network, layer by layer: {@code 28x28x1 conv5x5x8 relu pool2 dense10}.
     *
     * @throws IllegalArgumentException naming the layer whose input shape does not suit it
     */
    public NetworkSpec(Shape inputShape, List<LayerSpec> layers, String loss, Initialization initialization) {
        this(inputShape, layers, null, firstActivation(layers), loss, initialization);
    }

    private NetworkSpec(Shape inputShape, List<LayerSpec> layers, int[] sizes, String activation, String loss,
                        Initialization initialization) {
        if (layers.isEmpty()) {
            throw Problem.SPEC_NO_LAYERS.refuse("shape", inputShape);
        }
        Activations.byName(activation);
        Losses.byName(loss);
        this.inputShape = checkedSize(inputShape, Problem.SPEC_THE_INPUT.with());
        this.layers = List.copyOf(layers);
        this.sizes = sizes == null ? null : sizes.clone();
        this.activation = activation;
        this.loss = loss;
        this.initialization = initialization;
        Shape shape = inputShape;
        int count = 0;
        for (LayerSpec layer : layers) {
            count += layer.parameterCount(shape);
            shape = checkedSize(layer.outputShape(shape), layer.text());
        }
        if (count > MAX_PARAMETERS) {
            throw Problem.SPEC_TOO_MANY_PARAMETERS.refuse("count", grouped(count), "most", grouped(MAX_PARAMETERS));
        }
        this.parameterCount = count;
    }

    /** 53600266 -> "53,600,266" (String.format would bring Java's whole Formatter into the browser's core). */
    private static String grouped(int count) {
        String digits = Integer.toString(count);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    private static int[] checkedSizes(int[] sizes) {
        if (sizes.length < 2) {
            throw Problem.SPEC_TOO_FEW_SIZES.refuse("count", sizes.length);
        }
        for (int size : sizes) {
            if (size <= 0) {
                throw new IllegalArgumentException("layer sizes must be positive, got " + size);
            }
        }
        return sizes;
    }

    /** @param what the input ({@link Problem#SPEC_THE_INPUT}) or the words of the layer that gives {@code shape} */
    private static Shape checkedSize(Shape shape, Object what) {
        if (shape.size() > MAX_SHAPE_SIZE) {
            throw Problem.SPEC_SHAPE_TOO_BIG.refuse("what", what, "shape", shape, "size", shape.size(),
                    "most", MAX_SHAPE_SIZE);
        }
        return shape;
    }

    /** dense, activation, dense, ... dense: the layers of {@code 784-16-16-10 sigmoid}. */
    private static List<LayerSpec> denseLayers(int[] sizes, String activation, String loss) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int k = 1; k < sizes.length; k++) {
            layers.add(new LayerSpec.Dense(sizes[k]));
            boolean isOutput = k + 1 == sizes.length;
            if (!isOutput || loss.equals("mse")) {
                layers.add(new LayerSpec.Activation(activation));
            }
        }
        return layers;
    }

    private static String firstActivation(List<LayerSpec> layers) {
        for (LayerSpec layer : layers) {
            if (layer instanceof LayerSpec.Activation a) {
                return a.name();
            }
        }
        return "relu";
    }

    /**
     * Reads a spec such as {@code "784-128-10 relu"} or {@code "28x28x1 conv5x5x8 relu pool2 dense10"}.
     *
     * @throws IllegalArgumentException with a message that names the word that is wrong
     */
    public static NetworkSpec parse(String text) {
        String spec = text.trim();
        String[] words = spec.split("\\s+");
        if (words[0].isEmpty()) {
            throw Problem.SPEC_EMPTY.refuse();
        }
        Matcher image = IMAGE.matcher(words[0].toLowerCase());
        return image.matches() ? parseLayers(spec, words, image) : parseSizes(spec, words);
    }

    /** The first form: {@code 784-16-16-10 sigmoid mse xavier}. */
    private static NetworkSpec parseSizes(String spec, String[] words) {
        int[] sizes = parseSizes(words[0]);
        String activation = null;
        String loss = "crossentropy";
        Initialization init = null;
        for (int w = 1; w < words.length; w++) {
            String word = words[w].toLowerCase();
            if (Activations.isName(word)) {
                if (activation != null) {
                    throw Problem.SPEC_TWO_ACTIVATIONS.refuse("spec", spec, "first", activation, "second", word);
                }
                activation = word;
            } else if (Losses.isName(word)) {
                loss = word;
            } else if (Initialization.isSpecName(word)) {
                init = Initialization.bySpecName(word);
            } else {
                throw Problem.SPEC_UNKNOWN_WORD_SIZES.refuse("word", words[w], "spec", spec,
                        "activations", Activations.names());
            }
        }
        if (activation == null) {
            activation = "relu";
        }
        return new NetworkSpec(sizes, activation, loss, init == null ? defaultInitialization(activation) : init);
    }

    /** He for the ReLU family, which zeroes half its inputs; Xavier for the others. */
    private static Initialization defaultInitialization(String activation) {
        return activation.contains("relu") ? Initialization.HE : Initialization.XAVIER;
    }

    private static int[] parseSizes(String word) {
        String[] parts = word.split("-", -1);
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw Problem.SPEC_SIZE_NOT_NUMBER.refuse("size", parts[i], "word", word);
            }
            if (sizes[i] <= 0 || sizes[i] > MAX_LAYER_SIZE) {
                throw Problem.SPEC_SIZE_RANGE.refuse("size", sizes[i], "word", word, "most", MAX_LAYER_SIZE);
            }
        }
        return checkedSizes(sizes);
    }

    /** The second form: {@code 28x28x1 conv5x5x8 relu pool2 ... dense10}, see the class comment. */
    private static NetworkSpec parseLayers(String spec, String[] words, Matcher image) {
        Shape input = new Shape(size(image, 3, words[0], spec), size(image, 1, words[0], spec),
                size(image, 2, words[0], spec));
        List<LayerSpec> layers = new ArrayList<>();
        String loss = "crossentropy";
        Initialization init = null;
        for (int w = 1; w < words.length; w++) {
            String word = words[w].toLowerCase();
            LayerSpec last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
            Matcher m;
            if (Activations.isName(word)) {
                layers.add(new LayerSpec.Activation(word));
            } else if (Losses.isName(word)) {
                loss = word;
            } else if (Initialization.isSpecName(word)) {
                init = Initialization.bySpecName(word);
            } else if ((m = CONV.matcher(word)).matches()) {
                int kernel = size(m, 1, word, spec);
                if (kernel != size(m, 2, word, spec)) {
                    throw Problem.SPEC_KERNEL_NOT_SQUARE.refuse("word", words[w], "spec", spec);
                }
                layers.add(new LayerSpec.Conv(kernel, size(m, 3, word, spec), 1, Padding.VALID));
            } else if ((m = POOL.matcher(word)).matches()) {
                int window = size(m, 1, word, spec);
                layers.add(new LayerSpec.Pool(window, window));
            } else if ((m = DENSE.matcher(word)).matches()) {
                layers.add(new LayerSpec.Dense(size(m, 1, word, spec)));
            } else if ((m = DROPOUT.matcher(word)).matches()) {
                String decimals = m.group(1).length() > 2 ? m.group(1).substring(2) : "";   // "5" of 0.5
                layers.add(new LayerSpec.Dropout(Integer.parseInt((decimals + "00").substring(0, 3))));
            } else if ((m = STRIDE.matcher(word)).matches() && last instanceof LayerSpec.Conv c) {
                layers.set(layers.size() - 1, new LayerSpec.Conv(c.kernel(), c.filters(), size(m, 1, word, spec),
                        c.padding()));
            } else if (m.matches() && last instanceof LayerSpec.Pool p) {
                layers.set(layers.size() - 1, new LayerSpec.Pool(p.window(), size(m, 1, word, spec)));
            } else if ((word.equals("same") || word.equals("valid")) && last instanceof LayerSpec.Conv c) {
                Padding padding = word.equals("same") ? Padding.SAME : Padding.VALID;
                layers.set(layers.size() - 1, new LayerSpec.Conv(c.kernel(), c.filters(), c.stride(), padding));
            } else if (m.matches() || word.equals("same") || word.equals("valid")) {
                throw (m.matches() ? Problem.SPEC_MUST_FOLLOW_CONV_OR_POOL : Problem.SPEC_MUST_FOLLOW_CONV)
                        .refuse("word", words[w], "spec", spec);
            } else {
                throw Problem.SPEC_UNKNOWN_WORD_LAYERS.refuse("word", words[w], "spec", spec,
                        "activations", Activations.names());
            }
        }
        if (init == null) {
            init = defaultInitialization(firstActivation(layers));
        }
        try {
            return new NetworkSpec(input, layers, loss, init);
        } catch (IllegalArgumentException e) {
            throw Problem.SPEC_INVALID.refuse("spec", spec, "reason", Message.of(e));
        }
    }

    /** Number {@code group} of {@code m}, from 1 to {@link #MAX_LAYER_SIZE}. */
    private static int size(Matcher m, int group, String word, String spec) {
        int size = Integer.parseInt(m.group(group));
        if (size < 1 || size > MAX_LAYER_SIZE) {
            throw Problem.SPEC_NUMBER_RANGE.refuse("word", word, "spec", spec, "number", size, "most", MAX_LAYER_SIZE);
        }
        return size;
    }

    /** The shape of one input: 784 (a vector) for {@code 784-16-10}, 1×28×28 for {@code 28x28x1 ...}. */
    public Shape inputShape() {
        return inputShape;
    }

    /** The layers in order, activations included: {@code 784-16-10 relu} is dense16, relu, dense10. */
    public List<LayerSpec> layers() {
        return layers;
    }

    /** Whether the spec is written as sizes ({@code 784-16-10 relu}): a fully connected network. */
    public boolean isSizes() {
        return sizes != null;
    }

    /**
     * The sizes of the dense part, input first: [784, 16, 16, 10] for {@code 784-16-16-10}; for a network
     * written layer by layer, the size of the first dense layer's input, then each dense layer's size
     * ([256, 10] for the example of the class comment), or just the output size when it has no dense layer.
     * Dense layer k of {@link Network#dense(int)} takes sizes[k] inputs and has sizes[k + 1] neurons.
     */
    public int[] sizes() {
        if (sizes != null) {
            return sizes.clone();
        }
        List<Integer> dense = new ArrayList<>();
        Shape shape = inputShape;
        for (LayerSpec layer : layers) {
            if (layer instanceof LayerSpec.Dense d) {
                if (dense.isEmpty()) {
                    dense.add(shape.size());
                }
                dense.add(d.size());
            }
            shape = layer.outputShape(shape);
        }
        if (dense.isEmpty()) {
            dense.add(shape.size());
        }
        int[] result = new int[dense.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = dense.get(i);
        }
        return result;
    }

    public int inputSize() {
        return inputShape.size();
    }

    public int outputSize() {
        return outputShape().size();
    }

    /** The shape of the last layer's output. */
    public Shape outputShape() {
        Shape shape = inputShape;
        for (LayerSpec layer : layers) {
            shape = layer.outputShape(shape);
        }
        return shape;
    }

    /**
     * How many weights and biases a network of this shape has, without building it: the sum of its layers'
     * counts, so 784-16-16-10 has 784·16+16 + 16·16+16 + 16·10+10 = 13,002.
     */
    public int parameterCount() {
        return parameterCount;
    }

    /** The hidden layers' activation, e.g. "sigmoid"; for a network written layer by layer, its first one. */
    public String activation() {
        return activation;
    }

    /** "crossentropy" or "mse". */
    public String loss() {
        return loss;
    }

    public Initialization initialization() {
        return initialization;
    }

    /**
     * The canonical form, every part spelled out, in the form it was written in: {@code parse(spec.toString())}
     * gives an equal spec, whose {@code toString()} is the same text.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (sizes != null) {
            for (int i = 0; i < sizes.length; i++) {
                text.append(i == 0 ? "" : "-").append(sizes[i]);
            }
            text.append(' ').append(activation);
        } else {
            text.append(inputShape.height()).append('x').append(inputShape.width()).append('x')
                    .append(inputShape.channels());
            for (LayerSpec layer : layers) {
                text.append(' ').append(layer.text());
            }
        }
        return text + " " + loss + " " + initialization.specName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkSpec that && Arrays.equals(sizes, that.sizes)
                && inputShape.equals(that.inputShape) && layers.equals(that.layers)
                && activation.equals(that.activation) && loss.equals(that.loss)
                && initialization == that.initialization;
    }

    @Override
    public int hashCode() {
        return layers.hashCode() * 31 + inputShape.hashCode();
    }
}

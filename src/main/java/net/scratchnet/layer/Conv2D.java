package net.scratchnet.layer;

import java.util.List;
import net.scratchnet.math.MatMul;

/**
 * A convolution: a small dense layer slid over an image. Each of its {@code filters} looks at one k×k window of
 * every input channel at a time (a patch of K = channels·k·k numbers) and gives one number per window position:
 *
 * <pre>z[o][p] = sum_i patch_p[i] · W[i][o] + b[o]      x: Cin×H×W   W: [K][Cout]   b: [Cout]   z: Cout×outH×outW</pre>
 *
 * <p>where p = oy·outW + ox runs over the window positions, {@code stride} apart, and patch number
 * i = (c·k + ky)·k + kx is the input at channel c, row oy·stride + ky - top, column ox·stride + kx - left (zero
 * where that falls into the padding). This is a cross-correlation, as in every deep-learning library: the kernel
 * is not flipped. Like a dense layer's, {@code weights[i][o]} connects number i of a patch to output o.
 *
 * <p>Speed: copying every patch into a matrix first ("im2col") turns the whole convolution into one matrix
 * product per example, which {@link MatMul} runs with vectorised rows: cols [K][P] holds patch p in column p, and
 * z = Wᵀ · cols is [Cout][P], one feature map per row, exactly the channel-major order of the output row. Rows
 * of P window positions (576 for a 24×24 map) are long enough for SIMD; rows of 8 or 16 filters would not be.
 * The weight gradient sums over every position of every example, so backward lays the patches out the other
 * way, one row of K numbers per position ("im2row"), and the whole batch is one product. Every buffer is
 * allocated for the largest batch seen and reused.
 */
public final class Conv2D implements Layer {
    private final Shape inShape;     // Cin×H×W
    private final Shape outShape;    // Cout×outH×outW
    private final int kernel;        // k: a window is k×k pixels of every input channel
    private final int filters;       // Cout: how many feature maps come out, one per filter
    private final int stride;        // how far the window moves between two outputs
    private final Padding padding;
    private final int patchSize;     // K = Cin·k·k numbers in one patch
    private final int positions;     // P = outH·outW window positions
    private final Parameter weights; // W, [K][Cout]
    private final Parameter biases;  // b, [1][Cout]: one per filter, shared by all its positions
    /** source[k][p]: the index in the input row that number k of patch p is, or -1 for a padding zero. */
    private final int[][] source;
    private final int[][] sourceByPosition;          // the same table transposed, [P][K]

    private float[][] input;                         // the x of the last forward pass, needed for dW
    private final float[][] patches;                 // cols of one example, [K][P]: column p is patch p (Java loops)
    private float[][] output = new float[0][];
    private final float[][] transposedWeights;       // Wᵀ, [Cout][K], refreshed by each forward pass
    private final float[][] maps;                    // z of one example, [Cout][P], before the bias (Java loops)

    private float[][] patchRows = new float[0][];    // colsᵀ of all examples: row r·P + p is patch p of example r
    private float[][] mapGradientRows = new float[0][]; // dzᵀ, [batch·P][Cout], in the same order (Java loops)
    private final float[][] mapGradient;             // dz of one example, [Cout][P], if dx is needed (Java loops)
    private final float[][] transposedWeightGradient; // dWᵀ, [Cout][K]
    private float[][] patchGradient;                 // dL/dcols of one example, [K][P], if dx is needed (Java loops)
    private float[][] inputGradient = new float[0][];

    /**
     * @param in the input's shape, e.g. 1×28×28
     * @param kernel k: each filter sees k×k pixels
     * @param filters Cout: how many feature maps come out
     * @param name the parameters' name prefix, e.g. "conv1"
     * @throws IllegalArgumentException for sizes that are not positive or a VALID window larger than the input
     */
    public Conv2D(Shape in, int kernel, int filters, int stride, Padding padding, String name) {
        this.inShape = in;
        this.kernel = kernel;
        this.filters = filters;
        this.stride = stride;
        this.padding = padding;
        this.outShape = outputShape(in, kernel, filters, stride, padding);
        this.patchSize = in.channels() * kernel * kernel;
        this.positions = outShape.area();
        this.weights = new Parameter(name + ".weights", patchSize, filters, true);
        this.biases = new Parameter(name + ".biases", 1, filters, false);
        this.source = patchSources(padding.before(in.height(), kernel, stride),
                padding.before(in.width(), kernel, stride));
        this.sourceByPosition = new int[positions][patchSize];
        for (int k = 0; k < patchSize; k++) {
            for (int p = 0; p < positions; p++) {
                sourceByPosition[p][k] = source[k][p];
            }
        }
        this.patches = new float[patchSize][positions];
        this.transposedWeights = new float[filters][patchSize];
        this.maps = new float[filters][positions];
        this.mapGradient = new float[filters][positions];
        this.transposedWeightGradient = new float[filters][patchSize];
    }

    /**
     * The shape a convolution gives for an input of shape {@code in}: {@code filters} maps, each side as long as
     * {@link Padding#outputSize} says.
     *
     * @throws IllegalArgumentException for sizes that are not positive or a VALID window larger than the input
     */
    public static Shape outputShape(Shape in, int kernel, int filters, int stride, Padding padding) {
        if (kernel <= 0 || filters <= 0 || stride <= 0) {
            throw new IllegalArgumentException("a convolution needs a positive kernel size, filter count and stride, got "
                    + kernel + ", " + filters + ", " + stride);
        }
        if (padding == Padding.VALID && (kernel > in.height() || kernel > in.width())) {
            throw new IllegalArgumentException(describe(kernel, filters, stride, padding) + " without padding does"
                    + " not fit in a " + in.height() + "×" + in.width() + " input");
        }
        return new Shape(filters, padding.outputSize(in.height(), kernel, stride),
                padding.outputSize(in.width(), kernel, stride));
    }

    /** Weights and biases, from the shapes alone: K = Cin·k·k weights per filter, and one bias per filter. */
    public static int parameterCount(Shape in, int kernel, int filters) {
        return in.channels() * kernel * kernel * filters + filters;
    }

    /** Where each number of each patch comes from, given the zeros added above ({@code top}) and left. */
    private int[][] patchSources(int top, int left) {
        int height = inShape.height();
        int width = inShape.width();
        int[][] result = new int[patchSize][positions];
        for (int c = 0; c < inShape.channels(); c++) {
            for (int ky = 0; ky < kernel; ky++) {
                for (int kx = 0; kx < kernel; kx++) {
                    int[] row = result[(c * kernel + ky) * kernel + kx];
                    for (int oy = 0; oy < outShape.height(); oy++) {
                        int y = oy * stride + ky - top;
                        for (int ox = 0; ox < outShape.width(); ox++) {
                            int x = ox * stride + kx - left;
                            boolean inside = y >= 0 && y < height && x >= 0 && x < width;
                            row[oy * outShape.width() + ox] = inside ? (c * height + y) * width + x : -1;
                        }
                    }
                }
            }
        }
        return result;
    }

    @Override
    public int inputSize() {
        return inShape.size();
    }

    @Override
    public int outputSize() {
        return outShape.size();
    }

    @Override
    public Shape inputShape() {
        return inShape;
    }

    @Override
    public Shape outputShape() {
        return outShape;
    }

    /** W, [K][Cout]: {@code weights().values()[(c*k + ky)*k + kx][o]} is filter o's weight at channel c, (ky, kx). */
    public Parameter weights() {
        return weights;
    }

    /** b, [1][Cout]. */
    public Parameter biases() {
        return biases;
    }

    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    public Padding padding() {
        return padding;
    }

    @Override
    public float[][] forward(float[][] x, int batch) {
        if (output.length < batch) {
            output = new float[batch][outShape.size()];
        }
        input = x;
        MatMul.transpose(weights.values(), transposedWeights);
        float[] b = biases.values()[0];
        // z = Wᵀ · cols + b, cols = im2col(x)       ([Cout][K] · [K][P]: one feature map per row), every example
        MatMul.multiplyGathered(transposedWeights, x, source, patches, maps, output, batch);
        for (int r = 0; r < batch; r++) {
            float[] z = output[r];
            for (int o = 0; o < filters; o++) {
                int offset = o * positions;
                float bias = b[o];
                for (int p = 0; p < positions; p++) {
                    z[offset + p] += bias;
                }
            }
        }
        return output;
    }

    @Override
    public float[][] backward(float[][] dz, int batch, boolean inputGradientNeeded) {
        if (patchRows.length < batch * positions) {
            patchRows = new float[batch * positions][patchSize];
            mapGradientRows = new float[batch * positions][filters];
        }
        if (inputGradientNeeded && inputGradient.length < batch) {
            inputGradient = new float[batch][inShape.size()];
            patchGradient = new float[patchSize][positions];
        }
        float[] db = biases.gradients()[0];
        java.util.Arrays.fill(db, 0f);
        for (int r = 0; r < batch; r++) {
            float[] dzRow = dz[r];
            for (int o = 0; o < filters; o++) {
                int offset = o * positions;
                float sum = db[o];  // summed in a local: an array element would be stored back at every step
                for (int p = 0; p < positions; p++) {
                    // z = Wᵀ · cols + b, so dL/db[o] = sum over every position (a bias feeds all of them)
                    sum += dzRow[offset + p];
                }
                db[o] = sum;
            }
        }
        if (inputGradientNeeded) {
            // z = Wᵀ · cols + b, so dL/dcols = W · dz     ([K][Cout] · [Cout][P]), and dL/dx is that with im2col
            // undone (col2im): an input number copied into several patches collects every copy's gradient
            MatMul.multiplyScattered(weights.values(), dz, source, mapGradient, patchGradient, inputGradient, batch);
        }
        // z = Wᵀ · cols + b, so dL/dW = sum over examples of cols · dzᵀ; computed as its transpose
        // dWᵀ = dz · colsᵀ, summed over all positions of all examples, with the patches gathered again, now as
        // rows (im2row): one per position, of every example. Rows of K patch numbers vectorise well.
        MatMul.multiplyTransposedLeftGathered(dz, mapGradientRows, input, sourceByPosition, patchRows,
                transposedWeightGradient, batch);
        MatMul.transpose(transposedWeightGradient, weights.gradients());
        return inputGradientNeeded ? inputGradient : null;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, biases);
    }

    /** e.g. "conv5x5x16", "conv3x3x8 stride2 same": the filter size and count, then what is not the default. */
    @Override
    public String describe() {
        return describe(kernel, filters, stride, padding);
    }

    /** The words of a network spec for such a convolution (see {@link net.scratchnet.network.NetworkSpec}). */
    public static String describe(int kernel, int filters, int stride, Padding padding) {
        return "conv" + kernel + "x" + kernel + "x" + filters + (stride == 1 ? "" : " stride" + stride)
                + (padding == Padding.VALID ? "" : " " + padding.specName());
    }
}

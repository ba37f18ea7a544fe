package net.scratchnet.lesson;

import net.scratchnet.activation.Relu;
import net.scratchnet.json.Json;
import net.scratchnet.layer.ActivationLayer;
import net.scratchnet.layer.Conv2D;
import net.scratchnet.layer.MaxPool2D;
import net.scratchnet.layer.Padding;
import net.scratchnet.layer.Shape;

/**
 * The convolutions chapter's kernel widget: one k×k kernel slid over a picture by the core's own {@link Conv2D}
 * (one filter, its weights set to the kernel), then ReLU and a 2×2 {@link MaxPool2D}, as in the first block of a
 * small CNN; and, for one window position, the k·k numbers it multiplies, as CNN Explainer shows them.
 */
public final class KernelSlide {
    /** The pool after the convolution: 2×2 windows, 2 apart, which halves each side. */
    public static final int POOL = 2;

    private KernelSlide() {
    }

    /**
     * One of the classic hand-made 3×3 kernels, row by row: "vertical" (Sobel: light on the right of dark
     * gives a large positive sum, so it finds vertical edges), "horizontal" (the same turned), "blur" (the mean
     * of the 9 pixels), "sharpen" (the pixel, minus what its neighbours share with it).
     *
     * @throws IllegalArgumentException for another name
     */
    public static float[] kernel(String name) {
        return switch (name) {
            case "vertical" -> new float[] {-1, 0, 1, -2, 0, 2, -1, 0, 1};
            case "horizontal" -> new float[] {-1, -2, -1, 0, 0, 0, 1, 2, 1};
            case "blur" -> new float[] {1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9};
            case "sharpen" -> new float[] {0, -1, 0, -1, 5, -1, 0, -1, 0};
            default -> throw new IllegalArgumentException("no kernel named '" + name
                    + "' (expected vertical, horizontal, blur or sharpen)");
        };
    }

    /**
     * Slides {@code kernel} (k×k numbers, row by row) over {@code image} (one channel, height×width, row by row).
     * JSON with
     * <ul>
     *   <li>{@code map}, {@code mapShape} [outH, outW]: z = Conv2D(image), the feature map (bias included);</li>
     *   <li>{@code rectified}: ReLU(z), the map the pool reads;</li>
     *   <li>{@code pooled}, {@code pooledShape}: MaxPool2D(ReLU(z)), 2×2 windows;</li>
     *   <li>{@code before} [top, left]: the zeros the padding adds above and to the left;</li>
     *   <li>{@code patch}: the k×k input numbers under the window at output (row, col), 0 in the padding;
     *       {@code padded}: 1 where a number of the patch is padding, else 0;</li>
     *   <li>{@code products}: patch[i] · kernel[i], whose sum plus the bias is {@code value}, map[row][col].</li>
     * </ul>
     *
     * @throws IllegalArgumentException for a kernel that is not square, a VALID kernel larger than the image, or
     *                                  a position outside the map (with what is wrong)
     */
    public static String slide(float[] image, int height, int width, float[] kernel, float bias, int stride,
                               Padding padding, int row, int col) {
        int k = side(kernel);
        if (image.length != height * width) {
            throw new IllegalArgumentException("an image of " + height + "×" + width + " has " + height * width
                    + " numbers, got " + image.length);
        }
        Shape in = new Shape(1, height, width);
        Conv2D conv = new Conv2D(in, k, 1, stride, padding, "kernel");
        float[][] w = conv.weights().values();   // [k·k][1]: number i of a patch, the one filter
        for (int i = 0; i < kernel.length; i++) {
            w[i][0] = kernel[i];
        }
        conv.biases().values()[0][0] = bias;
        Shape mapShape = conv.outputShape();
        if (row < 0 || row >= mapShape.height() || col < 0 || col >= mapShape.width()) {
            throw new IllegalArgumentException("position (" + row + ", " + col + ") is outside the "
                    + mapShape.height() + "×" + mapShape.width() + " feature map");
        }
        float[] map = conv.forward(new float[][] {image}, 1)[0].clone();
        float[] rectified = new ActivationLayer(new Relu(), map.length).forward(new float[][] {map}, 1)[0];
        MaxPool2D pool = new MaxPool2D(mapShape, POOL, POOL);
        float[] pooled = pool.forward(new float[][] {rectified}, 1)[0];

        // The window of output (row, col) starts stride·row down and stride·col across, less the zeros above
        // and to the left: the same rule Conv2D's patch table follows.
        int top = padding.before(height, k, stride);
        int left = padding.before(width, k, stride);
        float[] patch = new float[k * k];
        int[] padded = new int[k * k];
        float[] products = new float[k * k];
        for (int ky = 0; ky < k; ky++) {
            for (int kx = 0; kx < k; kx++) {
                int y = row * stride + ky - top;
                int x = col * stride + kx - left;
                int i = ky * k + kx;
                boolean inside = y >= 0 && y < height && x >= 0 && x < width;
                patch[i] = inside ? image[y * width + x] : 0f;
                padded[i] = inside ? 0 : 1;
                products[i] = patch[i] * kernel[i];
            }
        }
        Shape pooledShape = pool.outputShape();
        return new Json()
                .put("map", map).put("mapShape", new int[] {mapShape.height(), mapShape.width()})
                .put("rectified", rectified).put("pooled", pooled).put("pooledShape", new int[] {pooledShape.height(), pooledShape.width()})
                .put("before", new int[] {top, left})
                .put("patch", patch).put("padded", padded).put("products", products)
                .put("value", map[row * mapShape.width() + col])
                .toString();
    }

    /** k for a k×k kernel of {@code kernel.length} numbers. */
    private static int side(float[] kernel) {
        int k = (int) Math.round(Math.sqrt(kernel.length));
        if (k == 0 || k * k != kernel.length) {
            throw new IllegalArgumentException("a kernel is k×k numbers, got " + kernel.length);
        }
        return k;
    }
}

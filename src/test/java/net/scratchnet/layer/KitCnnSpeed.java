package net.scratchnet.layer;

import java.util.List;
import net.scratchnet.activation.Activations;
import net.scratchnet.loss.Loss;
import net.scratchnet.loss.Losses;
import net.scratchnet.math.Rng;

/**
 * Training speed of the benchmark kit's CNN on the JVM, in samples per second: one forward and backward pass per
 * batch of 32, softmax cross-entropy, plain SGD. Random images: the layers compute every number densely, so the
 * speed does not depend on what the pixels show. Not a test; run it after {@code mvn test-compile} with
 *
 * <pre>java -cp target/classes:target/test-classes net.scratchnet.layer.KitCnnSpeed [seconds]</pre>
 */
public final class KitCnnSpeed {
    /** Multiply-adds ×2 for one sample's forward, weight-gradient and input-gradient passes (the kit's count). */
    private static final double FLOP_PER_SAMPLE = 1_704_960;
    private static final int BATCH = 32;

    private KitCnnSpeed() {
    }

    /** {@link net.scratchnet.network.NetworkSpec#SMALL_CNN}, the shared benchmark's CNN workload, built layer by layer. */
    static LayerStack kitCnn() {
        LayerStack stack = new LayerStack(new Shape(1, 28, 28));
        stack.add(new Conv2D(stack.shape(), 5, 8, 1, Padding.VALID, "conv1")).activation(Activations.byName("relu"));
        stack.add(new MaxPool2D(stack.shape(), 2, 2));
        stack.add(new Conv2D(stack.shape(), 5, 16, 1, Padding.VALID, "conv2")).activation(Activations.byName("relu"));
        stack.add(new MaxPool2D(stack.shape(), 2, 2));
        return stack.add(new DenseLayer(stack.shape().size(), 10, "dense"));
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<Layer> layers = kitCnn().layers();
        Rng rng = new Rng(1);
        for (Layer layer : layers) {
            for (Parameter p : layer.parameters()) {
                if (p.weightDecay()) {
                    Initialization.HE.fill(p.values(), rng);
                }
            }
        }
        float[][] images = new float[BATCH][784];
        int[] labels = new int[BATCH];
        for (int r = 0; r < BATCH; r++) {
            for (int i = 0; i < 784; i++) {
                images[r][i] = rng.nextFloat();
            }
            labels[r] = rng.nextInt(10);
        }
        Loss loss = Losses.byName("crossentropy");
        float[][] outputGradient = new float[BATCH][10];
        step(layers, loss, images, labels, outputGradient);  // warm-up: the JIT compiles the hot loops
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            step(layers, loss, images, labels, outputGradient);
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int batches = 0;
        while (System.nanoTime() < end) {
            step(layers, loss, images, labels, outputGradient);
            batches++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double samplesPerSecond = batches * BATCH / elapsed;
        System.out.printf("kit CNN, batch %d: %.0f samples/s, %.2f GFLOP/s (%d batches in %.1f s)%n", BATCH,
                samplesPerSecond, samplesPerSecond * FLOP_PER_SAMPLE / 1e9, batches, elapsed);
    }

    private static void step(List<Layer> layers, Loss loss, float[][] images, int[] labels, float[][] gradient) {
        float[][] x = images;
        for (Layer layer : layers) {
            x = layer.forward(x, BATCH);
        }
        for (int r = 0; r < BATCH; r++) {
            loss.gradient(x[r], labels[r], 1f / BATCH, gradient[r]);
        }
        float[][] g = gradient;
        for (int k = layers.size() - 1; k >= 0; k--) {
            g = layers.get(k).backward(g, BATCH, k > 0);
        }
        for (Layer layer : layers) {
            for (Parameter p : layer.parameters()) {
                float[][] values = p.values();
                float[][] gradients = p.gradients();
                for (int i = 0; i < values.length; i++) {
                    for (int j = 0; j < values[i].length; j++) {
                        values[i][j] -= 0.05f * gradients[i][j];
                    }
                }
            }
        }
    }
}

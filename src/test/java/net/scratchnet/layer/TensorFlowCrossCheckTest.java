package net.scratchnet.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.scratchnet.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * Our convolutions and max pools against TensorFlow.js (its pure-JavaScript CPU backend, run by Node) on the same
 * random inputs and weights: outputs and every gradient. A numerical gradient check cannot tell a flipped kernel or
 * a shifted padding from the right one; an independent implementation can.
 *
 * <p>The Node project is {@code src/test/tfjs} (package.json, its lockfile and crosscheck.js); it is copied to
 * {@code target/tfjs-check} and installed there with {@code npm ci} the first time (npm's registry or cache must be
 * reachable then). The test is skipped only when {@code node} is not installed.
 */
class TensorFlowCrossCheckTest {
    private static final Path SOURCE = Path.of("src", "test", "tfjs");
    private static final Path WORK = Path.of("target", "tfjs-check");

    /** One layer and the numbers it was given: its results here, to compare with TensorFlow.js's. */
    private record Case(String json, List<float[]> ours) {
    }

    @Test
    void convolutionsAndPoolsAgreeWithTensorFlowJs() throws Exception {
        assumeTrue(nodeIsInstalled(), "node is not installed");
        installTensorFlowJs();
        Rng rng = new Rng(31);
        List<Case> cases = List.of(
                conv(rng, new Shape(1, 28, 28), 5, 8, 1, Padding.VALID),
                conv(rng, new Shape(3, 7, 6), 3, 4, 1, Padding.SAME),
                conv(rng, new Shape(2, 8, 8), 3, 3, 2, Padding.SAME),
                conv(rng, new Shape(2, 7, 7), 4, 2, 2, Padding.SAME),
                conv(rng, new Shape(2, 9, 8), 3, 2, 3, Padding.VALID),
                conv(rng, new Shape(8, 12, 12), 5, 16, 1, Padding.VALID),
                pool(rng, new Shape(8, 24, 24), 2, 2),
                pool(rng, new Shape(3, 7, 6), 3, 2),
                pool(rng, new Shape(2, 5, 5), 2, 1));
        List<String> json = new ArrayList<>();
        for (Case c : cases) {
            json.add(c.json());
        }
        Path input = WORK.resolve("cases.json");
        Files.writeString(input, "[" + String.join(",\n", json) + "]");
        List<String> lines = run(WORK, 120, "node", "crosscheck.js", "cases.json");
        int line = 0;
        for (int k = 0; k < cases.size(); k++) {
            for (float[] ours : cases.get(k).ours()) {
                String[] words = lines.get(line++).split(" ");
                String what = "case " + k + " " + words[0];
                assertEquals(ours.length, words.length - 1, what + ": number of values");
                for (int i = 0; i < ours.length; i++) {
                    float theirs = Float.parseFloat(words[i + 1]);
                    assertTrue(Math.abs(ours[i] - theirs) <= 1e-4f * (1 + Math.abs(theirs)),
                            what + "[" + i + "]: ours " + ours[i] + ", TensorFlow.js " + theirs);
                }
            }
        }
        assertEquals(line, lines.size());
    }

    private static Case conv(Rng rng, Shape in, int kernel, int filters, int stride, Padding padding) {
        int batch = 2;
        Conv2D conv = new Conv2D(in, kernel, filters, stride, padding, "conv");
        LayerGradientTest.fill(conv.weights().values(), rng, 1f);
        LayerGradientTest.fill(conv.biases().values(), rng, 1f);
        float[][] x = LayerGradientTest.random(batch, conv.inputSize(), rng, 1f);
        float[][] r = LayerGradientTest.random(batch, conv.outputSize(), rng, 1f);
        float[] y = flat(conv.forward(x, batch), batch);
        float[] dx = flat(conv.backward(r, batch, true), batch);
        String json = "{\"kind\":\"conv\",\"batch\":" + batch + shapeJson(in) + ",\"kernel\":" + kernel
                + ",\"filters\":" + filters + ",\"stride\":" + stride + ",\"padding\":\"" + padding.specName() + "\""
                + ",\"x\":" + numbers(flat(x, batch)) + ",\"w\":" + numbers(flat(conv.weights().values(), kernel * kernel * in.channels()))
                + ",\"b\":" + numbers(conv.biases().values()[0]) + ",\"r\":" + numbers(flat(r, batch)) + "}";
        float[] dw = flat(conv.weights().gradients(), conv.weights().rows());
        return new Case(json, List.of(y, dx, dw, conv.biases().gradients()[0].clone()));
    }

    private static Case pool(Rng rng, Shape in, int window, int stride) {
        int batch = 2;
        MaxPool2D pool = new MaxPool2D(in, window, stride);
        float[][] x = ImageLayerGradientTest.distinctValues(batch, pool.inputSize(), rng);
        float[][] r = LayerGradientTest.random(batch, pool.outputSize(), rng, 1f);
        float[] y = flat(pool.forward(x, batch), batch);
        float[] dx = flat(pool.backward(r, batch, true), batch);
        String json = "{\"kind\":\"pool\",\"batch\":" + batch + shapeJson(in) + ",\"window\":" + window
                + ",\"stride\":" + stride + ",\"x\":" + numbers(flat(x, batch)) + ",\"r\":" + numbers(flat(r, batch)) + "}";
        return new Case(json, List.of(y, dx));
    }

    private static String shapeJson(Shape s) {
        return ",\"channels\":" + s.channels() + ",\"height\":" + s.height() + ",\"width\":" + s.width();
    }

    /** The first {@code rows} rows one after the other. */
    private static float[] flat(float[][] m, int rows) {
        int cols = m[0].length;
        float[] result = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(m[r], 0, result, r * cols, cols);
        }
        return result;
    }

    private static String numbers(float[] values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[i]);
        }
        return json.append(']').toString();
    }

    private static boolean nodeIsInstalled() {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;  // no node on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Copies the Node project into target/ and runs {@code npm ci} unless that lockfile is installed already. */
    private static void installTensorFlowJs() throws Exception {
        Files.createDirectories(WORK);
        Path lock = SOURCE.resolve("package-lock.json");
        Path installedLock = WORK.resolve("node_modules").resolve(".package-lock.json");
        boolean installed = Files.exists(installedLock)
                && Arrays.equals(Files.readAllBytes(WORK.resolve("package-lock.json")), Files.readAllBytes(lock));
        for (String file : List.of("package.json", "package-lock.json", "crosscheck.js")) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!installed) {
            run(WORK, 600, "npm", "ci", "--prefer-offline", "--no-audit", "--no-fund");
        }
    }

    /** Runs a command in {@code dir} and returns its standard output's lines; fails with its output if it fails. */
    private static List<String> run(Path dir, int seconds, String... command) throws Exception {
        Path err = Files.createTempFile("tfjs-check", ".err");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
        String errors = Files.readString(err);
        Files.delete(err);
        assertTrue(finished && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + errors);
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }
}

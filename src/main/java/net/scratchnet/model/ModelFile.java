package net.scratchnet.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.scratchnet.layer.Parameter;
import net.scratchnet.network.Network;
import net.scratchnet.network.NetworkSpec;
import net.scratchnet.words.Message;
import net.scratchnet.words.Problem;

/**
 * ScratchNet's model file (".snn"): a network's architecture and every weight, compact and checked.
 *
 * <pre>
 * Numbers are big-endian.
 *   bytes  what
 *   4      magic "SNET"
 *   4      format version: 1 or 2 (below)
 *   2+n    network spec, e.g. "784-16-16-10 sigmoid crossentropy xavier" (a length, then UTF-8)
 *   2+m    dataset the model was trained on, e.g. "mnist", or "" (the same way)
 *   4      count N of the numbers that follow; must equal the spec's parameter count
 *   4·N    float32 values, layer by layer in the spec's order, for each layer its weights row by row, then its
 *          biases: a dense layer's weights are [in][out], a convolution's [Cin·k·k][filters] (see Conv2D)
 *   4      CRC-32 of every byte above
 * </pre>
 *
 * Version 1 holds networks written as sizes ({@code 784-16-16-10 sigmoid}); version 2 holds any spec,
 * convolutional networks included ({@code 28x28x1 conv5x5x8 relu pool2 ...}), with the same layout. A file
 * is written in the lowest version that can hold it, so a fully connected network's file stays readable by
 * a ScratchNet that knows only version 1, byte for byte as it always was.
 *
 * <p>A 784-16-16-10 model is 52 KB. Floats are stored exactly, so a saved and reloaded network computes the very
 * same outputs. Reading checks everything before it builds anything: a truncated, damaged, foreign or newer
 * file is refused with a message that says what is wrong, and never gives a half-loaded network.
 */
public final class ModelFile {
    /** The newest format version this code reads and writes. */
    public static final int VERSION = 2;
    /** The version of files whose spec is written as sizes, the only kind version 1 knew. */
    public static final int SIZES_VERSION = 1;
    private static final byte[] MAGIC = {'S', 'N', 'E', 'T'};
    private static final int MAX_TEXT = 1000;

    private ModelFile() {
    }

    /** The file's bytes for {@code network}, trained on {@code dataset} ("" if unknown). */
    public static byte[] write(Network network, String dataset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * network.parameterCount() + 100);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(MAGIC);
            out.writeInt(version(network.spec()));
            writeText(out, network.spec().toString());
            writeText(out, dataset);
            out.writeInt(network.parameterCount());
            for (Parameter parameter : network.parameters()) {
                for (float[] row : parameter.values()) {
                    for (float value : row) {
                        out.writeFloat(value);
                    }
                }
            }
            Crc32Trailer.append(bytes, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads a model file. */
    public static SavedModel read(byte[] file) throws ModelFormatException {
        if (file.length == 0) {
            throw new ModelFormatException(Problem.MODEL_EMPTY.with());
        }
        for (int i = 0; i < Math.min(file.length, MAGIC.length); i++) {
            if (file[i] != MAGIC[i]) {
                throw new ModelFormatException(Problem.MODEL_NOT_SCRATCHNET.with());
            }
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        try {
            in.skipBytes(MAGIC.length); // a file that is only part of the magic number ends in the next read
            int version = in.readInt();
            if (version < SIZES_VERSION || version > VERSION) {
                throw new ModelFormatException(Problem.MODEL_VERSION.with("version", version, "oldest", SIZES_VERSION,
                        "newest", VERSION));
            }
            String specText = readText(in, Problem.MODEL_SPEC_TOO_LONG);
            String dataset = readText(in, Problem.MODEL_DATASET_TOO_LONG);
            int count = in.readInt();
            NetworkSpec spec;
            try {
                spec = NetworkSpec.parse(specText);
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(Problem.MODEL_SPEC_INVALID.with("reason", Message.of(e)));
            }
            if (version < version(spec)) {
                throw new ModelFormatException(Problem.MODEL_VERSION_TOO_OLD.with("version", version, "spec", spec,
                        "needed", version(spec)));
            }
            if (count != spec.parameterCount()) {
                throw new ModelFormatException(Problem.MODEL_COUNT.with("count", count, "spec", spec,
                        "expected", spec.parameterCount()));
            }
            int headerLength = file.length - in.available();
            long expected = headerLength + 4L * count + 4;
            if (file.length < expected) {
                throw new ModelFormatException(Problem.MODEL_TRUNCATED.with("bytes", file.length,
                        "expected", expected));
            }
            if (file.length > expected) {
                throw new ModelFormatException(Problem.MODEL_EXTRA_BYTES.with("bytes", file.length - expected));
            }
            if (!Crc32Trailer.matches(file)) {
                throw new ModelFormatException(Problem.MODEL_CHECKSUM.with());
            }
            Network network = new Network(spec, 0);
            for (Parameter parameter : network.parameters()) {
                for (float[] row : parameter.values()) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = in.readFloat();
                        if (Float.isNaN(row[j]) || Float.isInfinite(row[j])) {
                            throw new ModelFormatException(Problem.MODEL_NOT_FINITE.with("parameter",
                                    parameter.name()));
                        }
                    }
                }
            }
            return new SavedModel(network, dataset);
        } catch (IOException e) { // the only IOException a byte array can give: it ended too soon
            throw new ModelFormatException(Problem.MODEL_HEADER_CUT.with("bytes", file.length));
        }
    }

    /** The lowest version that holds {@code spec}. */
    private static int version(NetworkSpec spec) {
        return spec.isSizes() ? SIZES_VERSION : VERSION;
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeShort(utf8.length);
        out.write(utf8);
    }

    /** A text of the header; {@code tooLong} says which, when it is longer than allowed. */
    private static String readText(DataInputStream in, Problem tooLong) throws IOException, ModelFormatException {
        int length = in.readUnsignedShort();
        if (length > MAX_TEXT) {
            throw new ModelFormatException(tooLong.with("bytes", length, "most", MAX_TEXT));
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}

package net.scratchnet.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import net.scratchnet.data.Dataset;
import net.scratchnet.model.Crc32Trailer;
import net.scratchnet.model.ModelFile;
import net.scratchnet.model.ModelFormatException;
import net.scratchnet.network.Network;
import net.scratchnet.words.Message;
import net.scratchnet.words.Problem;

/**
 * A training run, saved so that it can go on later exactly as if it had never stopped: the weights, the
 * optimiser's moments, where the trainer is in its epoch, the order of the examples, the shuffling generator,
 * the loss watch and the checkpoint. The core is deterministic, so a run read back and trained on gives the
 * very same weights, bit for bit, as one that was never interrupted.
 *
 * <pre>
 * Format version 2. Numbers are big-endian.
 *   4      magic "SNRN"
 *   4      format version: 2 (version 1 lacked the augmentation flag and the generators of augmentation and
 *          dropout; it was never published)
 *   2+n    optimizer name (a length, then UTF-8), then float32 learning rate, int32 batch size,
 *          int32 seed, float32 weight decay, byte augment (0 or 1): the {@link TrainingConfig}
 *   2+n    the dataset's id, e.g. "mnist"
 *   4+4·k  the caller's own counters: their count k, then k int32 (the browser's session keeps its epochs there)
 *   4+m    the model file ({@link ModelFile}) of the weights being trained: its length m, then its bytes
 *   4+m    the model file of the checkpoint, the same way
 *   ...    the trainer's state ({@link Trainer#writeState}: position, order, generators, watch, moments)
 *   4      CRC-32 of every byte above
 * </pre>
 *
 * A 784-16-16-10 run with Adam is 0.4 MB (the order of 60,000 examples is 240 kB of it); 784-256-128-10
 * with Adam is 4 MB (weights, two moments and the checkpoint, four times 0.94 MB).
 */
public final class RunFile {
    public static final int VERSION = 2;
    private static final byte[] MAGIC = {'S', 'N', 'R', 'N'};

    private RunFile() {
    }

    /** A run read back: its trainer, over the network it trains, ready for the next step. */
    public record Run(Trainer trainer, TrainingConfig config, String dataset, int[] counters) {
    }

    /** The bytes of {@code trainer}'s run over {@code dataset}, with the caller's {@code counters}. */
    public static byte[] write(Trainer trainer, TrainingConfig config, String dataset, int[] counters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(config.optimizer());
            out.writeFloat(config.learningRate());
            out.writeInt(config.batchSize());
            out.writeInt(config.seed());
            out.writeFloat(config.weightDecay());
            out.writeBoolean(config.augment());
            out.writeUTF(dataset);
            out.writeInt(counters.length);
            for (int counter : counters) {
                out.writeInt(counter);
            }
            writeBlock(out, ModelFile.write(trainer.network(), dataset));
            writeBlock(out, ModelFile.write(trainer.checkpoint(), dataset));
            trainer.writeState(out);
            Crc32Trailer.append(bytes, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a run and builds its trainer over {@code data}, which must be the training set it was saved with
     * (dataset {@code datasetId}).
     *
     * @throws RunFormatException saying what is wrong; nothing is half-restored
     */
    public static Run read(byte[] file, String datasetId, Dataset data) throws RunFormatException {
        DataInputStream in = open(file);
        try {
            TrainingConfig config = readConfig(in);
            String dataset = in.readUTF();
            if (!dataset.equals(datasetId)) {
                throw new RunFormatException(Problem.RUN_OTHER_DATASET.with("dataset", dataset, "expected", datasetId));
            }
            int[] counters = readCounters(in);
            Network network = readModel(in, Problem.RUN_WEIGHTS_CUT, Problem.RUN_WEIGHTS_INVALID);
            Network checkpoint = readModel(in, Problem.RUN_CHECKPOINT_CUT, Problem.RUN_CHECKPOINT_INVALID);
            if (!checkpoint.spec().equals(network.spec())) {
                throw new RunFormatException(Problem.RUN_CHECKPOINT_SPEC.with("checkpoint", checkpoint.spec(),
                        "spec", network.spec()));
            }
            Trainer trainer = new Trainer(network, data, config);
            trainer.checkpoint().copyParametersFrom(checkpoint);
            trainer.readState(in);
            if (in.available() != 4) {
                throw new RunFormatException(Problem.RUN_EXTRA_BYTES.with("bytes", in.available() - 4));
            }
            return new Run(trainer, config, dataset, counters);
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(e);
        }
    }

    /** Checks a run file without the training data: its magic number, version, checksum and models. */
    public static void check(byte[] file) throws RunFormatException {
        DataInputStream in = open(file);
        try {
            readConfig(in);
            in.readUTF();
            readCounters(in);
            readModel(in, Problem.RUN_WEIGHTS_CUT, Problem.RUN_WEIGHTS_INVALID);
            readModel(in, Problem.RUN_CHECKPOINT_CUT, Problem.RUN_CHECKPOINT_INVALID);
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(e);
        }
    }

    /**
     * The run file is damaged, because of {@code e}: the data ended too soon (the only IOException a byte array
     * gives), or a setting it holds is out of range ({@link TrainingConfig}'s reasons).
     */
    private static RunFormatException damaged(Exception e) {
        return damaged(e instanceof IOException ? Problem.RUN_ENDS_EARLY.with() : Message.of(e));
    }

    /** The run file is damaged: {@code reason} says how. */
    static RunFormatException damaged(Message reason) {
        return new RunFormatException(Problem.RUN_DAMAGED.with("reason", reason));
    }

    /** A stream over the file's content once its magic number, version and CRC-32 are right. */
    private static DataInputStream open(byte[] file) throws RunFormatException {
        if (file.length < MAGIC.length + 8 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new RunFormatException(Problem.RUN_NOT_SCRATCHNET.with());
        }
        if (!Crc32Trailer.matches(file)) {
            throw new RunFormatException(Problem.RUN_CHECKSUM.with());
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        try {
            in.skipBytes(MAGIC.length);
            int version = in.readInt();
            if (version != VERSION) {
                throw new RunFormatException(Problem.RUN_VERSION.with("version", version, "supported", VERSION));
            }
        } catch (IOException e) {
            throw new RunFormatException(Problem.RUN_CUT_SHORT.with());
        }
        return in;
    }

    private static TrainingConfig readConfig(DataInputStream in) throws IOException {
        return new TrainingConfig(in.readUTF(), in.readFloat(), in.readInt(), in.readInt(), in.readFloat(),
                in.readBoolean());
    }

    private static int[] readCounters(DataInputStream in) throws IOException, RunFormatException {
        int count = in.readInt();
        if (count < 0 || count > 100) {
            throw damaged(Problem.RUN_COUNTERS.with("count", count));
        }
        int[] counters = new int[count];
        for (int i = 0; i < count; i++) {
            counters[i] = in.readInt();
        }
        return counters;
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    /** One of the run's two model files; {@code cut} and {@code invalid} say which, when it is wrong. */
    private static Network readModel(DataInputStream in, Problem cut, Problem invalid)
            throws IOException, RunFormatException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw damaged(cut.with());
        }
        byte[] block = new byte[length];
        in.readFully(block);
        try {
            return ModelFile.read(block).network();
        } catch (ModelFormatException e) {
            throw new RunFormatException(invalid.with("reason", e.explanation()));
        }
    }
}

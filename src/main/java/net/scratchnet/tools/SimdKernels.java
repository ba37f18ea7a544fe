package net.scratchnet.tools;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step for the SIMD path of the WebAssembly build (see {@link net.scratchnet.math.simd}): assembles the
 * kernels' WebAssembly text, {@code src/main/wat/products.wat}, into the binary the page loads next to the core,
 * {@code core/products.wasm}. The site never ships a binary that was not made from that text by this step, and
 * the assembler is wabt's wat2wasm compiled to Java (com.dylibso.chicory:wabt), so no native tool is needed.
 *
 * <p>Usage: {@code SimdKernels <products.wat> <built site>/core}.
 */
public final class SimdKernels {
    /** The binary's name in the site's core folder; webapp/js/simd-kernels.js loads it by this name. */
    public static final String FILE_NAME = "products.wasm";

    private SimdKernels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SimdKernels <products.wat> <built site>/core");
        }
        Path out = Path.of(args[1], FILE_NAME);
        Files.createDirectories(out.getParent());
        Files.write(out, assemble(Path.of(args[0])));
    }

    /** The binary module that the text in {@code wat} assembles to; an error names the line wabt rejects. */
    public static byte[] assemble(Path wat) throws IOException {
        return Wat2Wasm.parse(Files.readString(wat, StandardCharsets.UTF_8));
    }
}

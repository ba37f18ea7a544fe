package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiler plugin {@link WasmMath} took effect: the built WebAssembly core (target/site, made before the tests
 * run) computes square roots, floors and ceilings itself, instead of importing them from JavaScript, which cost
 * Adam and augmentation a call out of WebAssembly per number. The values need no test of their own: they are
 * IEEE 754's, and the trainer tests in Chromium end at the JVM's accuracies.
 */
class WasmMathTest {
    private final Path core = Path.of(System.getProperty("scratchnet.siteDir", "target/site"), "core/scratchnet.wasm");

    @Test
    void theWebAssemblyCoreImportsNoneOfTheMathItComputesItself() throws IOException {
        List<String> imports = imports(Files.readAllBytes(core));
        assertTrue(imports.contains("teavmMath.exp"), "read the imports: exp has no instruction, so it stays one: " + imports);
        for (String name : WasmMath.INSTRUCTIONS.keySet()) {
            assertFalse(imports.contains("teavmMath." + name), "Math." + name + " is an instruction, not an import");
        }
    }

    /** "module.name" of every import of a WebAssembly binary (its import section, id 2). */
    private static List<String> imports(byte[] wasm) {
        Reader in = new Reader(wasm, 8);   // after the magic number and the version
        while (in.at < wasm.length) {
            int section = wasm[in.at++];
            int size = in.unsigned();
            if (section != 2) {
                in.at += size;
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int count = in.unsigned(); count > 0; count--) {
                String module = in.name();
                String name = in.name();
                names.add(module + "." + name);
                int kind = wasm[in.at++];
                switch (kind) {
                    case 0 -> in.unsigned();                   // a function: its type's index
                    case 2 -> {                                // a memory: its limits
                        int flags = in.unsigned();
                        in.unsigned();
                        if ((flags & 1) != 0) {
                            in.unsigned();
                        }
                    }
                    case 3 -> {                                // a global: its type, then mutability
                        in.valueType();
                        in.at++;
                    }
                    case 4 -> {                                // a tag (exceptions): attribute, type index
                        in.at++;
                        in.unsigned();
                    }
                    default -> throw new IllegalStateException("import kind " + kind + " of " + module + "." + name);
                }
            }
            return names;
        }
        throw new IllegalStateException("no import section");
    }

    /** Reads a WebAssembly binary from {@code at} on. */
    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        /** An unsigned LEB128 number: 7 bits a byte, low bits first, the top bit set on every byte but the last. */
        int unsigned() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[at++];
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        String name() {
            int length = unsigned();
            String name = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return name;
        }

        /** A value type: one byte, or for a reference type with a heap type (0x63, 0x64) that type after it. */
        void valueType() {
            int type = bytes[at++] & 0xff;
            if (type == 0x63 || type == 0x64) {
                signed();
            }
        }

        /** A signed LEB128 number (a heap type is one), skipped. */
        void signed() {
            while ((bytes[at++] & 0x80) != 0) {
                // its bytes go on while the top bit is set
            }
        }
    }
}

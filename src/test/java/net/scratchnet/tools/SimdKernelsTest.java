package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that assembles the SIMD kernels' text (SimdInChromiumIT runs what it writes). */
class SimdKernelsTest {
    private static final Path SOURCE = Path.of("src/main/wat/products.wat");

    @Test
    void writesTheAssembledModuleIntoTheCoreFolder(@TempDir Path site) throws Exception {
        SimdKernels.main(new String[] {SOURCE.toString(), site.resolve("core").toString()});
        byte[] written = Files.readAllBytes(site.resolve("core").resolve(SimdKernels.FILE_NAME));
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, Arrays.copyOf(written, 8),
                "a WebAssembly binary, version 1");
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("multiply") && text.contains("memory"), "exports multiply, imports the memory");
    }
}

package net.scratchnet.math.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.scratchnet.math.MatMul;
import org.junit.jupiter.api.Test;

/** On the JVM there are no SIMD kernels: MatMul keeps its own loops, which HotSpot vectorises itself. */
class SimdProductsTest {
    @Test
    void theJvmRunsTheJavaLoops() {
        assertNull(SimdProducts.ifSupported());
        assertFalse(MatMul.useSimd(true), "asking for SIMD on the JVM must leave the Java loops in place");
        assertEquals(-1f, ProductComparison.largestDistance(1, 1), "nothing to compare without SIMD");
    }
}

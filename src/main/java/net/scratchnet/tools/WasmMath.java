package net.scratchnet.tools;

import java.util.Map;
import org.teavm.backend.wasm.TeaVMWasmGCHost;
import org.teavm.backend.wasm.model.instruction.WasmFloatType;
import org.teavm.backend.wasm.model.instruction.WasmFloatUnaryOperation;
import org.teavm.model.MethodReference;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A plugin for the compiler, TeaVM, that runs while it builds the WebAssembly core: it compiles
 * {@code Math.sqrt}, {@code Math.floor} and {@code Math.ceil} to WebAssembly's own instructions
 * ({@code f64.sqrt}, {@code f64.floor}, {@code f64.ceil}) where TeaVM would call out to JavaScript's
 * {@code Math} for each. A call out to JavaScript costs about 16 ns (into another WebAssembly module, as a
 * square-root kernel did before, still about 5 ns); Adam takes a square root per weight per step (80,000 per
 * mini-batch for the CNN preset) and augmentation two floors per pixel. An instruction in the loop costs next to
 * nothing, and gives the same number: the correctly rounded square root (IEEE 754), as on the JVM, and the exact
 * floor and ceiling. Instead of a kernel, it took the CNN preset's Adam from 7% of a training step to 4%.
 *
 * <p>TeaVM finds it through {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin} on its class path, which holds
 * the core's compiled classes. The JavaScript build has no WebAssembly host, so there nothing changes. Only the
 * compiler runs this class; the core never calls it. WasmMathTest checks that the built core imports none of
 * the three.
 */
public final class WasmMath implements TeaVMPlugin {
    /** Java's method, of one double, and the WebAssembly instruction that computes it. */
    static final Map<String, WasmFloatUnaryOperation> INSTRUCTIONS = Map.of(
            "sqrt", WasmFloatUnaryOperation.SQRT,
            "floor", WasmFloatUnaryOperation.FLOOR,
            "ceil", WasmFloatUnaryOperation.CEIL);

    @Override
    public void install(TeaVMHost host) {
        TeaVMWasmGCHost webAssembly = host.getExtension(TeaVMWasmGCHost.class);
        if (webAssembly == null) {
            return;  // the JavaScript build
        }
        webAssembly.contributeToCodeGen((context, registry) -> INSTRUCTIONS.forEach((name, operation) ->
                registry.inlineIntrinsics().registerIntrinsic(
                        new MethodReference(Math.class, name, double.class, double.class),
                        (call, code, instructions) -> {
                            code.generate(instructions, call.getArguments().get(0));  // x, a double
                            instructions.floatUnary(WasmFloatType.FLOAT64, operation);
                        })));
    }
}

/**
 * The matrix products on WebAssembly SIMD: how the browser build trains several times faster than its Java loops
 * alone would let it, while {@link net.scratchnet.math.MatMul} stays the readable reference.
 *
 * <h2>Why</h2>
 * The matrix products are most of a network's arithmetic. On the JVM, HotSpot compiles MatMul's row loops to
 * SIMD instructions (8 floats at a time with AVX2). In the browser the core is WebAssembly, compiled from the same
 * Java by TeaVM, and TeaVM emits no SIMD at all (its model of WebAssembly has no 128-bit type): the products ran
 * one float at a time, at the speed of scalar C. WebAssembly itself has 128-bit SIMD (4 floats per instruction)
 * in every current browser; the same C compiled with it ran the benchmark's network 3.4 times faster.
 *
 * <h2>How</h2>
 * <ol>
 * <li>The kernels are written by hand in the WebAssembly text format, {@code src/main/wat/products.wat}, each
 *     with its Java twin in MatMul named above it: {@code multiply}, c = a·b on 4×8 tiles, and a convolution's
 *     {@code gather} (im2col) and {@code scatter} (col2im). The build
 *     assembles it into {@code core/products.wasm} ({@link net.scratchnet.tools.SimdKernels}, with wabt's
 *     wat2wasm compiled to Java: no native tool), so the site ships exactly what the text says.</li>
 * <li>The page ({@code js/simd-kernels.js}, used by {@code core-loader.js} and, in workers,
 *     {@code worker-core.js}) compiles it if the browser validates it, and instantiates it on the core's own
 *     linear memory (TeaVM's WasmGC module imports its memory as {@code env.memory}; the loader's
 *     {@code installImports} hook hands it over) as the import module {@code "simd"}.</li>
 * <li>Java declares the kernels as {@code @Import(module = "simd", name = "multiply") static native} methods
 *     that take byte addresses and sizes ({@link net.scratchnet.math.simd.SimdProducts}).</li>
 * <li>{@link net.scratchnet.math.MatMul} picks its path once, when the class loads:
 *     {@link net.scratchnet.math.simd.SimdProducts#ifSupported} gives the SIMD products only in the WebAssembly
 *     build (a TeaVM platform marker: the JVM and the JavaScript build never get one, and TeaVM leaves the kernel
 *     calls out of the JavaScript build) and only when the page loaded the kernel; everywhere else MatMul runs
 *     its own loops. The layers call MatMul as before and never know which path ran
 *     ({@link net.scratchnet.math.Products} is the seam: MatMul's two products, and a convolution's three, which
 *     name the gather or scatter around their product: {@code multiplyGathered}, {@code multiplyScattered},
 *     {@code multiplyTransposedLeftGathered}).</li>
 * </ol>
 *
 * <h2>Why the operands are copied</h2>
 * A Java {@code float[]} in WasmGC is a garbage-collected object with no address in linear memory, so the kernel
 * cannot read it. The only Java storage in linear memory is a direct NIO buffer, and reading a network's numbers
 * through {@code FloatBuffer.get}/{@code put} one at a time is far slower in WasmGC than array access (each call
 * is checked): keeping the weights and activations there would slow every other loop of every layer and make
 * them harder to read. So each product copies its operands into one direct buffer, runs the kernel, and copies
 * the result out, one float at a time through TeaVM's raw memory access
 * ({@code org.teavm.interop.Address}: a bulk put runs the same loop after per-call checks that cost more than
 * the copy of a short row). The copies are cheap next to the product: z = x·W copies batch·in + in·out
 * numbers in and batch·out out, for batch·in·out multiply-adds. The copies also pad, so that the kernel has no
 * edges to handle: rows to a multiple of 4 and columns to a multiple of 8; the padding never reaches a number
 * that is copied out.
 *
 * <p>Not so for a convolution, whose product reads its patches: every input number copied into up to k·k of
 * them (25 for a 5×5 window), so its largest operand is made, not given. With the patches gathered in Java and
 * copied in (and every patch's gradient copied out, in backward), SIMD sped the benchmark's CNN up 1.6 times
 * against 2.9 times for its dense network (README, Speed). So the three products of a convolution
 * ({@code MatMul.multiplyGathered}, {@code multiplyScattered}, {@code multiplyTransposedLeftGathered}) take the image and the convolution's table of where each patch number
 * comes from; the kernel {@code gather} builds the patches in linear memory where {@code multiply} reads them,
 * and {@code scatter} adds the patches' gradients up into the input's: the patches never cross, the images do.
 * The tables go into linear memory once per convolution and stay (they never change); {@code gather}'s holds
 * runs of consecutive numbers (a window's row is a stretch of an image row), copied four floats at a time. The
 * forward and input-gradient products take the whole batch, so the weights go in once per batch. On the Java
 * path these methods are just MatMul's gather or scatter and a product, so the layers read the same either way.
 *
 * <h2>What is not a product</h2>
 * The rest of a step (ReLU, max pooling, the bias, Adam's arithmetic) stays Java. Where TeaVM's WebAssembly
 * would call out to JavaScript for {@code Math.sqrt} (Adam's, once per weight per step) or {@code Math.floor},
 * the compiler plugin {@link net.scratchnet.tools.WasmMath} puts WebAssembly's own instruction instead; the
 * README's SIMD section says what made the other loops slow in WebAssembly and what was done.
 *
 * <h2>What differs between the paths</h2>
 * The kernel adds the terms of each sum in another order than MatMul's loops, so the two paths may differ in
 * the last bits of a float, and a run trained on one is not bit for bit the run trained on the other. Each path
 * on its own is deterministic: the same seed gives the same run. SimdInChromiumIT checks the two against each
 * other on random shapes (sizes 1 to 70, most not multiples of 4 or 8; patch tables with runs and padding)
 * within a stated tolerance, that a browser without SIMD keeps the Java loops, and that the served binary is the
 * assembled text. {@code bench.html?simd=off} measures the Java loops in the same browser.
 *
 * <h2>The price</h2>
 * A second language (about two hundred lines of WebAssembly text), and addresses that nothing checks:
 * SimdProducts computes every address from the sizes of the buffer it allocated itself.
 */
package net.scratchnet.math.simd;

package net.scratchnet.math.simd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import net.scratchnet.math.Products;
import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * {@link net.scratchnet.math.MatMul}'s products, run by the WebAssembly SIMD kernels of
 * {@code src/main/wat/products.wat}: copy the operands into the core's linear memory, call the kernels, copy the
 * result out. A convolution's products gather their patches (im2col) or scatter their result (col2im) in that
 * memory too, so that the patches, the largest operand, are never copied. Only the WebAssembly build in a
 * browser with SIMD has one ({@link #ifSupported}); the package page explains the route and why it copies.
 *
 * <p>Layout in {@link #scratch}: a, then b, then c, each row after row (a convolution's x or dx next to them).
 * The kernel works on tiles of 4 rows × 8 columns, so rows are padded to a multiple of 4 and columns to a
 * multiple of 8: a padded row of a or column of b only ever meets a padded row or column of c, which is never
 * copied out, so the padding need not be cleared.
 */
public final class SimdProducts implements Products {
    /** Rows of a tile of the kernel: the rows of c are padded to a multiple of this. */
    private static final int TILE_ROWS = 4;
    /** Columns of a tile of the kernel (two 4-float registers): the columns of b and c are padded to this. */
    private static final int TILE_COLUMNS = 8;

    private FloatBuffer scratch = FloatBuffer.allocate(0);  // holds the operands and the result in linear memory
    private int address;                                   // the byte address of scratch's first float
    private final List<Table> tables = new ArrayList<>();  // the gather and scatter tables in linear memory

    private SimdProducts() {
    }

    /** The SIMD products in the WebAssembly build when the browser runs SIMD; null elsewhere (JVM, JS, no SIMD). */
    public static SimdProducts ifSupported() {
        // isWebAssembly() is tested right here, not in a helper: TeaVM leaves the JavaScript build's unreachable
        // code out only where the constant it puts in decides the branch right there.
        return isWebAssembly() && kernelsLoaded() ? new SimdProducts() : null;
    }

    /**
     * z = x · w: the same numbers as {@link net.scratchnet.math.MatMul#multiply}, up to float rounding (the
     * kernel adds the terms in another order).
     *
     * <pre>x: [batch][in]   w: [in][out]   z: [batch][out]</pre>
     */
    @Override
    public void multiply(float[][] x, float[][] w, float[][] z, int batch) {
        int in = w.length;
        int out = w[0].length;
        if (batch == 0) {
            return;
        }
        int rows = padded(batch, TILE_ROWS);
        int cols = padded(out, TILE_COLUMNS);
        int a = 0;                   // x, [rows][in]
        int b = a + rows * in;       // w, [in][cols]
        int c = b + in * cols;       // z, [rows][cols]
        reserve(c + rows * cols);
        copyIn(x, batch, in, a, in);
        copyIn(w, in, out, b, cols);
        multiply(address + 4 * a, 4 * in, 4, address + 4 * b, address + 4 * c, rows, in, cols, false);
        copyOut(c, cols, z, batch, out);
    }

    /**
     * dw = xᵀ · dz: the same numbers as {@link net.scratchnet.math.MatMul#multiplyTransposedLeft}, up to float
     * rounding. x goes in as it is; the kernel reads it down its columns (its steps say how).
     *
     * <pre>x: [batch][in]   dz: [batch][out]   dw: [in][out]</pre>
     */
    @Override
    public void multiplyTransposedLeft(float[][] x, float[][] dz, float[][] dw, int batch) {
        int in = dw.length;
        int out = dw[0].length;
        if (batch == 0) {
            clear(dw);
            return;
        }
        int rows = padded(in, TILE_ROWS);
        int cols = padded(out, TILE_COLUMNS);
        int a = 0;                   // x, [batch][rows]: element (i, b) of xᵀ is at b·rows + i
        int b = a + batch * rows;    // dz, [batch][cols]
        int c = b + batch * cols;    // dw, [rows][cols]
        reserve(c + rows * cols);
        copyIn(x, batch, in, a, rows);
        copyIn(dz, batch, out, b, cols);
        multiply(address + 4 * a, 4, 4 * rows, address + 4 * b, address + 4 * c, rows, batch, cols, false);
        copyOut(c, cols, dw, in, out);
    }

    /**
     * z[r] = a · gather(x[r], source) for every example: the same numbers as
     * {@link net.scratchnet.math.MatMul#multiplyGathered}, up to float rounding. a is copied in once; per example
     * only x[r] goes in, the kernel {@code gather} builds the patches in scratch, where {@code multiply} reads them.
     *
     * <pre>a: [rows][K]   x: [batch][n]   source: [K][P]   z: [batch][rows·P]</pre>
     */
    @Override
    public void multiplyGathered(float[][] a, float[][] x, int[][] source, float[][] z, int batch) {
        int rows = a.length;
        int inner = source.length;
        int length = source[0].length;
        int n = x[0].length;
        int paddedRows = padded(rows, TILE_ROWS);
        int cols = padded(length, TILE_COLUMNS);
        int at = 0;                                   // a, [paddedRows][K]
        int xAt = at + paddedRows * inner;            // x[r] and a 0 after it (where padding entries point)
        int b = padded(xAt + n + 1, 4);               // the patches, [K][cols]
        int c = b + inner * cols;                     // a · patches, [paddedRows][cols]
        reserve(c + paddedRows * cols);
        int table = table(source, n, true);
        copyIn(a, rows, inner, at, inner);
        Address.fromInt(address + 4 * (xAt + n)).putFloat(0f);
        for (int r = 0; r < batch; r++) {
            copyRowIn(x[r], n, xAt);
            gather(address + 4 * xAt, table, address + 4 * b, inner, cols);
            multiply(address + 4 * at, 4 * inner, 4, address + 4 * b, address + 4 * c, paddedRows, inner, cols, false);
            float[] zRow = z[r];
            for (int i = 0; i < rows; i++) {
                int rowAddress = address + 4 * (c + i * cols);
                for (int p = 0; p < length; p++) {
                    zRow[i * length + p] = Address.fromInt(rowAddress + 4 * p).getFloat();
                }
            }
        }
    }

    /**
     * dx[r] = scatter(a · b[r], source) for every example: the same numbers as
     * {@link net.scratchnet.math.MatMul#multiplyScattered}, up to float rounding. a is copied in once; per example
     * b[r] goes in, the product stays in scratch, where the kernel {@code scatter} adds it up into dx[r], and
     * only dx[r] is copied out.
     *
     * <pre>a: [K][inner]   b: [batch][inner·P]   source: [K][P]   dx: [batch][n]</pre>
     */
    @Override
    public void multiplyScattered(float[][] a, float[][] b, int[][] source, float[][] dx, int batch) {
        int outRows = source.length;
        int inner = a[0].length;
        int length = source[0].length;
        int n = dx[0].length;
        int paddedRows = padded(outRows, TILE_ROWS);
        int cols = padded(length, TILE_COLUMNS);
        int at = 0;                                   // a, [paddedRows][inner]
        int bAt = at + paddedRows * inner;            // b[r], [inner][cols]
        int c = bAt + inner * cols;                   // a · b[r], [paddedRows][cols]
        int dxAt = c + paddedRows * cols;             // dx[r] and one float after it (where padding entries point)
        reserve(dxAt + n + 1);
        int table = table(source, n, false);
        copyIn(a, outRows, inner, at, inner);
        for (int r = 0; r < batch; r++) {
            float[] bRow = b[r];
            for (int i = 0; i < inner; i++) {
                int rowAddress = address + 4 * (bAt + i * cols);
                for (int p = 0; p < length; p++) {
                    Address.fromInt(rowAddress + 4 * p).putFloat(bRow[i * length + p]);
                }
            }
            multiply(address + 4 * at, 4 * inner, 4, address + 4 * bAt, address + 4 * c, paddedRows, inner, cols,
                    false);
            for (int i = 0; i < n; i++) {
                Address.fromInt(address + 4 * (dxAt + i)).putFloat(0f);
            }
            scatter(address + 4 * c, cols, table, address + 4 * dxAt, outRows, length);
            float[] dxRow = dx[r];
            for (int i = 0; i < n; i++) {
                dxRow[i] = Address.fromInt(address + 4 * (dxAt + i)).getFloat();
            }
        }
    }

    /**
     * dw = xᵀ · g, x the transposes of dz[r] and g the rows gathered from every example: the same numbers as
     * {@link net.scratchnet.math.MatMul#multiplyTransposedLeftGathered}, up to float rounding. The sum over the
     * batch goes one example at a time, dw += dz_r · g_r: dz[r] goes in as it is ([in][P] is the kernel's a,
     * read along its rows), the kernel {@code gather} makes g_r [P][K] next to it, and {@code multiply} adds
     * their product to dw. One example's operands stay in the cache, where the whole batch's patches (3 MB for
     * the CNN preset's second convolution) would not.
     *
     * <pre>dz: [batch][in·P]   inputs: [batch][n]   source: [P][K]   dw: [in][K]</pre>
     */
    @Override
    public void multiplyTransposedLeftGathered(float[][] dz, float[][] inputs, int[][] source, float[][] dw,
                                               int batch) {
        int in = dw.length;
        int out = dw[0].length;
        int positions = source.length;
        if (batch == 0) {
            clear(dw);
            return;
        }
        int n = inputs[0].length;
        int rows = padded(in, TILE_ROWS);
        int cols = padded(out, TILE_COLUMNS);
        int a = 0;                       // dz[r], [rows][P]
        int b = a + rows * positions;    // g_r, [P][cols]
        int c = b + positions * cols;    // dw, [rows][cols]
        int xAt = c + rows * cols;       // inputs[r] and a 0 after it (where padding entries point)
        reserve(xAt + n + 1);
        int table = table(source, n, true);
        Address.fromInt(address + 4 * (xAt + n)).putFloat(0f);
        for (int r = 0; r < batch; r++) {
            copyRowIn(dz[r], in * positions, a);
            copyRowIn(inputs[r], n, xAt);
            gather(address + 4 * xAt, table, address + 4 * b, positions, cols);
            multiply(address + 4 * a, 4 * positions, 4, address + 4 * b, address + 4 * c, rows, positions, cols,
                    r > 0);
        }
        copyOut(c, cols, dw, in, out);
    }

    /**
     * The byte address of {@code source} as the kernel {@code gather} reads it (runs of consecutive numbers, see
     * products.wat) or as {@code scatter} does (one byte offset per entry), for rows of n numbers: offsets count
     * from the start of the row, and 4·n (the float after it) stands for a padding entry. Made once per table
     * and kept: a convolution's tables never change, and it calls with the same ones on every example. Found by
     * identity, in a list (a network has three per convolution): an array as a HashMap key gave an "illegal cast"
     * in TeaVM's WasmGC build.
     */
    private int table(int[][] source, int n, boolean runs) {
        for (Table known : tables) {
            if (known.source == source && known.n == n && known.runs == runs) {
                return known.address;
            }
        }
        int[] entries = runs ? runs(source, n) : offsets(source, n);
        ByteBuffer bytes = ByteBuffer.allocateDirect(4 * entries.length).order(ByteOrder.nativeOrder());
        int tableAddress = Float32Array.fromJavaBuffer(bytes.asFloatBuffer()).getByteOffset();
        for (int i = 0; i < entries.length; i++) {
            Address.fromInt(tableAddress + 4 * i).putInt(entries[i]);
        }
        tables.add(new Table(source, n, runs, bytes, tableAddress));
        return tableAddress;
    }

    /** The byte offset of every entry of source, row after row (4·n for a padding entry). */
    private static int[] offsets(int[][] source, int n) {
        int[] entries = new int[source.length * source[0].length];
        int at = 0;
        for (int[] row : source) {
            for (int index : row) {
                entries[at++] = index < 0 ? 4 * n : 4 * index;
            }
        }
        return entries;
    }

    /**
     * Each row of source as runs: the count of its runs, then the byte offset and length of each. A run goes on
     * while the next entry is the next number of x; a padding entry is a run of its own (offset 4·n, length 1).
     */
    private static int[] runs(int[][] source, int n) {
        int[] entries = new int[source.length * (1 + 2 * source[0].length)];  // the most there can be
        int at = 0;
        for (int[] row : source) {
            int countAt = at++;
            int count = 0;
            for (int j = 0; j < row.length; j++) {
                boolean continues = j > 0 && row[j] >= 0 && row[j - 1] >= 0 && row[j] == row[j - 1] + 1;
                if (continues) {
                    entries[at - 1]++;
                } else {
                    entries[at++] = row[j] < 0 ? 4 * n : 4 * row[j];
                    entries[at++] = 1;
                    count++;
                }
            }
            entries[countAt] = count;
        }
        return java.util.Arrays.copyOf(entries, at);
    }

    /**
     * The table {@code source} in linear memory, for rows of {@code n} numbers, as runs or as offsets:
     * {@code bytes} holds it (referenced here so that it is not freed), from byte {@code address} on. A plain
     * class, not a record: a record's generated methods made the WebAssembly core 2.5 kB larger.
     */
    private static final class Table {
        final int[][] source;
        final int n;
        final boolean runs;
        final ByteBuffer bytes;
        final int address;

        Table(int[][] source, int n, boolean runs, ByteBuffer bytes, int address) {
            this.source = source;
            this.n = n;
            this.runs = runs;
            this.bytes = bytes;
            this.address = address;
        }
    }

    /**
     * The first {@code count} rows of m, {@code length} numbers each, into scratch from float {@code at} on, rows
     * {@code stride} floats apart.
     */
    private void copyIn(float[][] m, int count, int length, int at, int stride) {
        for (int r = 0; r < count; r++) {
            copyRowIn(m[r], length, at + r * stride);
        }
    }

    /**
     * The first {@code length} numbers of row into scratch from float {@code at} on. One float at a time through
     * {@link Address}, TeaVM's raw memory access: a bulk {@code FloatBuffer.put} runs the same loop, but after
     * checks that cost more than copying a short row (a convolution's weight gradient copies rows of 8 to 25
     * numbers, tens of thousands of them per batch).
     */
    private void copyRowIn(float[] row, int length, int at) {
        int rowAddress = address + 4 * at;
        for (int j = 0; j < length; j++) {
            Address.fromInt(rowAddress + 4 * j).putFloat(row[j]);
        }
    }

    /** The first {@code count} rows of m, {@code length} numbers each, from scratch at float {@code at}, rows {@code stride} apart. */
    private void copyOut(int at, int stride, float[][] m, int count, int length) {
        for (int r = 0; r < count; r++) {
            float[] row = m[r];
            int rowAddress = address + 4 * (at + r * stride);
            for (int j = 0; j < length; j++) {
                row[j] = Address.fromInt(rowAddress + 4 * j).getFloat();
            }
        }
    }

    /**
     * Makes scratch hold at least {@code floats} numbers. A new buffer replaces a smaller one (the old one is
     * freed once unreferenced), so its address is read again; growth stops at the largest product of the network.
     */
    private void reserve(int floats) {
        if (scratch.capacity() < floats) {
            scratch = ByteBuffer.allocateDirect(4 * floats).order(ByteOrder.nativeOrder()).asFloatBuffer();
            address = Float32Array.fromJavaBuffer(scratch).getByteOffset();
        }
    }

    /** m = 0: a sum of no terms (the kernel needs at least one). */
    private static void clear(float[][] m) {
        for (float[] row : m) {
            java.util.Arrays.fill(row, 0f);
        }
    }

    /** n rounded up to a multiple of {@code tile}. */
    private static int padded(int n, int tile) {
        return (n + tile - 1) / tile * tile;
    }

    /** True in the WebAssembly build: TeaVM replaces the call by a constant; on the JVM it runs, and says false. */
    @PlatformMarker(Platforms.WEBASSEMBLY_GC)
    private static boolean isWebAssembly() {
        return false;
    }

    // The kernel module's functions, imported from the module the page names "simd" (simd-kernels.js). Only the
    // WebAssembly build has them: in the JavaScript build isWebAssembly() is false, so no SimdProducts is ever
    // made, and TeaVM leaves out every method that only one could call.

    /** Whether the page could give the core the kernel module (simd-kernels.js: only where SIMD validates). */
    @Import(module = "simd", name = "available")
    private static native boolean kernelsLoaded();

    /**
     * The kernel {@code multiply} of products.wat: c = a · b, or c += a · b with {@code add}; addresses and steps
     * in bytes (see there).
     */
    @Import(module = "simd", name = "multiply")
    private static native void multiply(int a, int rowStep, int innerStep, int b, int c, int rows, int inner, int cols,
                                        boolean add);

    /** The kernel {@code gather} of products.wat (im2col); addresses in bytes, stride in floats (see there). */
    @Import(module = "simd", name = "gather")
    private static native void gather(int x, int table, int into, int rows, int stride);

    /** The kernel {@code scatter} of products.wat (col2im); addresses in bytes, sizes in floats (see there). */
    @Import(module = "simd", name = "scatter")
    private static native void scatter(int from, int stride, int table, int dx, int rows, int length);
}

package net.scratchnet.data;

/**
 * SHA-256 (FIPS 180-4) in plain Java.
 *
 * <p>Written out instead of using {@code java.security.MessageDigest} because the browser build (TeaVM)
 * has no such class. Only {@code int} arithmetic is used: in TeaVM's JavaScript output a {@code long}
 * is a slow BigInt, while ints map onto fast 32-bit operations.
 */
public final class Sha256 {
    /** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    };

    /** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
    private static final int[] INITIAL_STATE = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    };

    private Sha256() {
    }

    /** The 32-byte SHA-256 digest of {@code data}. */
    public static byte[] digest(byte[] data) {
        int[] state = INITIAL_STATE.clone();
        int[] schedule = new int[64];
        int fullBlocks = data.length / 64;
        for (int block = 0; block < fullBlocks; block++) {
            compress(state, schedule, data, block * 64);
        }
        byte[] tail = paddedTail(data, fullBlocks * 64);
        for (int offset = 0; offset < tail.length; offset += 64) {
            compress(state, schedule, tail, offset);
        }
        byte[] result = new byte[32];
        for (int i = 0; i < 8; i++) {
            result[4 * i] = (byte) (state[i] >>> 24);
            result[4 * i + 1] = (byte) (state[i] >>> 16);
            result[4 * i + 2] = (byte) (state[i] >>> 8);
            result[4 * i + 3] = (byte) state[i];
        }
        return result;
    }

    /** The digest as 64 lower-case hex digits, the form sha256sum prints. */
    public static String hexDigest(byte[] data) {
        byte[] digest = digest(data);
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest) {
            hex.append(Character.forDigit((b >>> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    /**
     * The last one or two blocks: the bytes after the last full block, a 1 bit, zeros, and the message
     * length in bits as a 64-bit big-endian number. The length is built from two ints (bits = bytes * 8)
     * so that no {@code long} is needed.
     */
    private static byte[] paddedTail(byte[] data, int tailStart) {
        int remaining = data.length - tailStart;
        int blocks = remaining + 1 + 8 <= 64 ? 1 : 2;
        byte[] tail = new byte[blocks * 64];
        System.arraycopy(data, tailStart, tail, 0, remaining);
        tail[remaining] = (byte) 0x80;
        int bitsHigh = data.length >>> 29;
        int bitsLow = data.length << 3;
        int end = tail.length;
        tail[end - 8] = (byte) (bitsHigh >>> 24);
        tail[end - 7] = (byte) (bitsHigh >>> 16);
        tail[end - 6] = (byte) (bitsHigh >>> 8);
        tail[end - 5] = (byte) bitsHigh;
        tail[end - 4] = (byte) (bitsLow >>> 24);
        tail[end - 3] = (byte) (bitsLow >>> 16);
        tail[end - 2] = (byte) (bitsLow >>> 8);
        tail[end - 1] = (byte) bitsLow;
        return tail;
    }

    /** Mixes one 64-byte block, starting at {@code offset} in {@code bytes}, into the state. */
    private static void compress(int[] state, int[] w, byte[] bytes, int offset) {
        for (int t = 0; t < 16; t++) {
            int p = offset + 4 * t;
            w[t] = (bytes[p] & 0xFF) << 24 | (bytes[p + 1] & 0xFF) << 16 | (bytes[p + 2] & 0xFF) << 8 | (bytes[p + 3] & 0xFF);
        }
        for (int t = 16; t < 64; t++) {
            int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ (w[t - 15] >>> 3);
            int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ (w[t - 2] >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0], b = state[1], c = state[2], d = state[3];
        int e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; t++) {
            int sum1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int choose = (e & f) ^ (~e & g);
            int temp1 = h + sum1 + choose + K[t] + w[t];
            int sum0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int majority = (a & b) ^ (a & c) ^ (b & c);
            int temp2 = sum0 + majority;
            h = g;
            g = f;
            f = e;
            e = d + temp1;
            d = c;
            c = b;
            b = a;
            a = temp1 + temp2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

package net.scratchnet.train;

import net.scratchnet.data.Dataset;

/** Small hand-made datasets for training tests. */
final class TinyData {
    private TinyData() {
    }

    /** XOR: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0, as 1x2 "images" with pixels 0 or 255. */
    static Dataset xor() {
        byte ink = (byte) 255;
        return new Dataset("xor", 1, 2, new byte[] {0, 0, 0, ink, ink, 0, ink, ink}, new byte[] {0, 1, 1, 0},
                new String[] {"0", "1"});
    }
}

package net.scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
    private static String hex(String text) {
        return Sha256.hexDigest(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void matchesThePublishedTestVectors() {
        // FIPS 180-4 / NIST examples.
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex("abc"));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        byte[] millionA = new byte[1_000_000];
        Arrays.fill(millionA, (byte) 'a');
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
                Sha256.hexDigest(millionA));
    }

    /** Every length around the block and padding boundaries (55, 56, 63, 64, 119, 120 ...). */
    @Test
    void agreesWithTheJdkForEveryLengthUpTo300Bytes() throws Exception {
        Random random = new Random(1);
        MessageDigest jdk = MessageDigest.getInstance("SHA-256");
        for (int length = 0; length <= 300; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(jdk.digest(data), Sha256.digest(data), "length " + length);
        }
    }
}

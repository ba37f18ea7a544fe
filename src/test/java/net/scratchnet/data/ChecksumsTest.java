package net.scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void acceptsAFileWhoseDigestIsListed() throws Exception {
        Checksums sums = Checksums.parse("SUMS", ABC_SHA256 + "  abc.gz\n\n" + "0".repeat(64) + " *other.gz\r\n");
        assertDoesNotThrow(() -> sums.verify("abc.gz", ABC));
    }

    @Test
    void acceptsUpperCaseHex() throws Exception {
        Checksums sums = Checksums.parse("SUMS", ABC_SHA256.toUpperCase() + "  abc.gz");
        assertDoesNotThrow(() -> sums.verify("abc.gz", ABC));
    }

    @Test
    void aMismatchNamesTheFileAndBothDigests() throws Exception {
        Checksums sums = Checksums.parse("data/SUMS", "0".repeat(64) + "  abc.gz\n");
        DataFileException e = assertThrows(DataFileException.class, () -> sums.verify("abc.gz", ABC));
        assertEquals("abc.gz: checksum mismatch, the file is damaged or not the expected one (its SHA-256 is "
                + ABC_SHA256 + ", data/SUMS expects " + "0".repeat(64) + ")", e.getMessage());
    }

    @Test
    void aFileThatIsNotListedCannotBeVerified() throws Exception {
        Checksums sums = Checksums.parse("data/SUMS", ABC_SHA256 + "  abc.gz\n");
        DataFileException e = assertThrows(DataFileException.class, () -> sums.verify("xyz.gz", ABC));
        assertEquals("xyz.gz is not listed in data/SUMS, so it cannot be verified", e.getMessage());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> Checksums.parse("data/SUMS", ABC_SHA256 + "  abc.gz\nnot a checksum\n"));
        assertEquals("data/SUMS line 2: expected 64 hex digits, two spaces and a file name, found 'not a checksum'",
                e.getMessage());
        assertThrows(DataFileException.class, () -> Checksums.parse("s", ABC_SHA256));
        assertThrows(DataFileException.class, () -> Checksums.parse("s", "g".repeat(64) + "  a.gz"));
    }
}

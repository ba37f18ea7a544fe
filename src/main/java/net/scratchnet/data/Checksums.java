package net.scratchnet.data;

import java.util.HashMap;
import java.util.Map;
import net.scratchnet.words.Problem;

/**
 * The expected SHA-256 of each data file, read from a SHA256SUMS file in the format {@code sha256sum}
 * writes (and {@code sha256sum -c} checks): one line per file, 64 hex digits, two spaces, the name.
 *
 * <p>Checking every file before parsing it catches a truncated download, a file replaced by an HTML
 * error page, or the MNIST and Fashion-MNIST files swapped, none of which IDX parsing alone would notice.
 */
public final class Checksums {
    public static final String FILE_NAME = "SHA256SUMS";

    private final String source;
    private final Map<String, String> expectedHex = new HashMap<>();

    private Checksums(String source) {
        this.source = source;
    }

    /**
     * @param source where the text came from, for messages (e.g. "webapp/data/mnist/SHA256SUMS")
     * @param text   the file's content
     * @throws DataFileException naming the line that is not "hex  name"
     */
    public static Checksums parse(String source, String text) throws DataFileException {
        Checksums checksums = new Checksums(source);
        int lineNumber = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).trim();   // trim also drops a Windows '\r'
            lineStart = lineEnd + 1;
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            int space = line.indexOf(' ');
            String hex = space < 0 ? line : line.substring(0, space);
            // sha256sum marks files hashed in binary mode with '*' before the name.
            String name = space < 0 ? "" : line.substring(space + 1).trim();
            if (name.startsWith("*")) {
                name = name.substring(1);
            }
            if (!isSha256Hex(hex) || name.isEmpty()) {
                throw new DataFileException(Problem.DATA_CHECKSUMS_LINE.with("source", source, "line", lineNumber,
                        "text", line));
            }
            checksums.expectedHex.put(name, hex.toLowerCase());
        }
        return checksums;
    }

    /**
     * @throws DataFileException if {@code fileName} is not listed, or its content has a different SHA-256
     */
    public void verify(String fileName, byte[] content) throws DataFileException {
        String expected = expectedHex.get(fileName);
        if (expected == null) {
            throw new DataFileException(Problem.DATA_NOT_LISTED.with("file", fileName, "source", source));
        }
        String actual = Sha256.hexDigest(content);
        if (!actual.equals(expected)) {
            throw new DataFileException(Problem.DATA_CHECKSUM.with("file", fileName, "actual", actual, "source", source,
                    "expected", expected));
        }
    }

    private static boolean isSha256Hex(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}

package net.scratchnet.data;

import java.io.IOException;

/**
 * A data file is missing, damaged or not what it claims to be. The message always names the file and
 * says what is wrong, so it can be shown to the user as it is.
 */
public class DataFileException extends IOException {
    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

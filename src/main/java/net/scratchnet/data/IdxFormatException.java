package net.scratchnet.data;

/** The bytes of a file are not a valid IDX file of the expected kind (bad magic number, size or length). */
public class IdxFormatException extends DataFileException {
    public IdxFormatException(String message) {
        super(message);
    }

    public IdxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package net.scratchnet.train;

/** A saved training run that cannot be continued; the message says why, in words for the page. */
public final class RunFormatException extends Exception {
    public RunFormatException(String message) {
        super(message);
    }
}

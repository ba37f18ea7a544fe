package net.scratchnet.model;

/** A model file that cannot be loaded; the message says what is wrong with it. */
public final class ModelFormatException extends Exception {
    public ModelFormatException(String message) {
        super(message);
    }
}

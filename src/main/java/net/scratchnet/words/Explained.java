package net.scratchnet.words;

/** An exception that says what is wrong in words for a reader, in any language ({@link Message}). */
public interface Explained {
    Message explanation();
}

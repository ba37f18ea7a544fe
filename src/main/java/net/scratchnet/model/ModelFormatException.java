package net.scratchnet.model;

import net.scratchnet.words.ExplainedException;
import net.scratchnet.words.Message;

/** A model file that cannot be loaded; the message says what is wrong with it, in any language. */
public final class ModelFormatException extends ExplainedException {
    public ModelFormatException(Message explanation) {
        super(explanation);
    }
}

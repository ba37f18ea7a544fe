package net.scratchnet.model;

import net.scratchnet.words.Explained;
import net.scratchnet.words.Message;

/** A model file that cannot be loaded; the message says what is wrong with it, in any language. */
public final class ModelFormatException extends Exception implements Explained {
    private final transient Message explanation;

    public ModelFormatException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}

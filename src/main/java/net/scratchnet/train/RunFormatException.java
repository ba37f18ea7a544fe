package net.scratchnet.train;

import net.scratchnet.words.Explained;
import net.scratchnet.words.Message;

/** A saved training run that cannot be continued; the message says why, in words for the page. */
public final class RunFormatException extends Exception implements Explained {
    private final transient Message explanation;

    public RunFormatException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}

package net.scratchnet.train;

import net.scratchnet.words.ExplainedException;
import net.scratchnet.words.Message;

/** A saved training run that cannot be continued; the message says why, in words for the page, in any language. */
public final class RunFormatException extends ExplainedException {
    public RunFormatException(Message explanation) {
        super(explanation);
    }
}

package net.scratchnet.words;

/**
 * A checked exception whose reason a reader gets in their language ({@link Message}); its {@link #getMessage()}
 * is the English, as the command line prints it.
 */
public abstract class ExplainedException extends Exception implements Explained {
    private final transient Message explanation;

    protected ExplainedException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}

package net.scratchnet.words;

/**
 * Something a reader typed or drew that the core refuses: a network spec, a setting, the pad's strokes. An
 * {@link IllegalArgumentException}, as a bad argument always was here, which also says its reason as a
 * {@link Message}; its {@link #getMessage()} is the English.
 */
public final class BadInputException extends IllegalArgumentException implements Explained {
    private final transient Message explanation;

    public BadInputException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}

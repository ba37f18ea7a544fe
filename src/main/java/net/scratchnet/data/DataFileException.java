package net.scratchnet.data;

import java.io.IOException;
import net.scratchnet.words.Explained;
import net.scratchnet.words.Message;

/**
 * A data file is missing, damaged or not what it claims to be. The message always names the file and
 * says what is wrong, so it can be shown to the user as it is. What a browser's download can get wrong (its
 * checksum) is said in any language ({@link Message}); the rest in English: the command line's files on disk,
 * and malformed files that passed their checksum, which only a broken build of the site could serve.
 */
public class DataFileException extends IOException implements Explained {
    /** The reason in any language; null for the English-only ones. */
    private final transient Message explanation;

    public DataFileException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    public DataFileException(String message) {
        super(message);
        this.explanation = null;
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
        this.explanation = null;
    }

    @Override
    public Message explanation() {
        return explanation != null ? explanation : Message.untranslated(getMessage());
    }
}

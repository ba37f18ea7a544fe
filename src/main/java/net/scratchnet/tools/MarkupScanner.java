package net.scratchnet.tools;

import java.util.Locale;

/**
 * Reads a template's HTML once, front to back, and says for a position whether it is in text, in a tag, or in a
 * quoted attribute value of a tag: what decides how a {@link Template} hole there is filled.
 *
 * <p>Only as much HTML as that needs: a {@code <} opens a tag only before a letter, {@code /} or {@code !} (so
 * "a < b" stays text); in a tag, a quote opens a value that only the same quote closes (so a {@code >} inside it
 * ends nothing); a comment, and what a script or style element holds, are text whatever they contain.
 */
final class MarkupScanner {
    /** Where a position is. */
    enum Place { TEXT, TAG, ATTRIBUTE_VALUE }

    private static final String COMMENT_START = "<!--";
    private static final String COMMENT_END = "-->";

    private final String text;
    private final String lowerCase;   // the text in lower case, to find a raw text element's end tag
    private int position;             // the characters before it are read
    private Place place = Place.TEXT; // where position is
    private int tagStart;             // in a tag: where its '<' is
    private char quote;               // in an attribute value: the quote that closes it

    MarkupScanner(String text) {
        this.text = text;
        this.lowerCase = text.toLowerCase(Locale.ROOT);
    }

    /** Where {@code end} is. Positions must be asked for in increasing order: the text is read once. */
    Place placeAt(int end) {
        while (position < end) {
            char c = text.charAt(position);
            switch (place) {
                case TEXT -> {
                    if (text.startsWith(COMMENT_START, position)) {
                        int close = text.indexOf(COMMENT_END, position + COMMENT_START.length());
                        position = close < 0 ? text.length() : close + COMMENT_END.length();
                        continue;
                    }
                    if (c == '<' && position + 1 < text.length() && opensTag(text.charAt(position + 1))) {
                        place = Place.TAG;
                        tagStart = position;
                    }
                }
                case TAG -> {
                    if (c == '"' || c == '\'') {
                        place = Place.ATTRIBUTE_VALUE;
                        quote = c;
                    } else if (c == '>') {
                        place = Place.TEXT;
                        skipRawText();
                    }
                }
                case ATTRIBUTE_VALUE -> {
                    if (c == quote) {
                        place = Place.TAG;
                    }
                }
            }
            position++;
        }
        return place;
    }

    private static boolean opensTag(char next) {
        return Character.isLetter(next) || next == '/' || next == '!';
    }

    /** After the start tag of a script or style element: on to its end tag, as its content is not markup. */
    private void skipRawText() {
        int nameEnd = tagStart + 1;
        while (nameEnd < position && Character.isLetterOrDigit(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = lowerCase.substring(tagStart + 1, nameEnd);
        if (name.equals("script") || name.equals("style")) {
            int endTag = lowerCase.indexOf("</" + name, position);
            position = (endTag < 0 ? text.length() : endTag) - 1;   // the caller's position++ lands on the '<'
        }
    }
}

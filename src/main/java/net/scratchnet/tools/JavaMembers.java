package net.scratchnet.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the source text of a class's methods (or of the whole class) in a Java file, Javadoc included, so that
 * the course can show exactly the code it explains.
 *
 * <p>Not a Java parser: it only needs to know which characters are code (not comments, strings or character
 * literals) and how deep in braces each one is. A method of the top-level class is a {@code name(...)} at depth
 * 1 whose parentheses are followed by a body {@code {...}}; it starts right after the previous member ends.
 */
public final class JavaMembers {
    /** One member's source, dedented, and the line of the file where it starts (1-based). */
    public record Member(int line, String text) {
    }

    private final String source;
    private final boolean[] code;     // code[i]: character i is code, not comment or literal
    private final int[] depth;        // brace depth before character i

    public JavaMembers(String source) {
        this.source = source;
        this.code = new boolean[source.length()];
        this.depth = new int[source.length() + 1];
        classify();
    }

    /** Every declaration of method {@code name} (all overloads, constructors too), each with its Javadoc. */
    public List<Member> methods(String name) {
        List<Member> found = new ArrayList<>();
        for (int at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
            if (!code[at] || depth[at] != 1 || !isWord(at, name.length())) {
                continue;
            }
            int open = skipSpace(at + name.length());
            if (open >= source.length() || source.charAt(open) != '(') {
                continue;
            }
            int body = afterParentheses(open);
            if (body < 0) {
                continue;       // a call in a field initialiser, or an abstract method: no body to show
            }
            found.add(member(memberStart(at), closingBrace(body)));
        }
        return found;
    }

    /** The top-level type from its Javadoc to its closing brace: the file without package and imports. */
    public Member wholeType() {
        int first = source.indexOf('{');
        while (first >= 0 && !code[first]) {
            first = source.indexOf('{', first + 1);
        }
        if (first < 0) {
            throw new IllegalArgumentException("no class body in this source");
        }
        return member(memberStart(first), closingBrace(first));
    }

    private Member member(int start, int closing) {
        int from = source.lastIndexOf('\n', start - 1) + 1;
        int line = (int) source.substring(0, from).chars().filter(c -> c == '\n').count() + 1;
        return new Member(line, dedent(source.substring(from, closing + 1)));
    }

    private void classify() {
        int d = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            depth[i] = d;
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = skipTo(i, source.indexOf('\n', i), 0);
            } else if (source.startsWith("/*", i)) {
                i = skipTo(i, source.indexOf("*/", i + 2), 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = skipTo(i, source.indexOf("\"\"\"", i + 3), 3);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = skipTo(i, end, 1);
            } else {
                code[i] = true;
                if (c == '{') {
                    d++;
                } else if (c == '}') {
                    d--;
                }
                i++;
            }
        }
        depth[n] = d;
    }

    /** Marks [from, end + tail) as not code, keeping the depth; returns where code resumes. */
    private int skipTo(int from, int end, int tail) {
        int stop = end < 0 ? source.length() : Math.min(source.length(), end + tail);
        for (int k = from; k < stop; k++) {
            depth[k] = depth[from];
        }
        return stop;
    }

    private boolean isWord(int at, int length) {
        boolean before = at == 0 || !Character.isJavaIdentifierPart(source.charAt(at - 1));
        int end = at + length;
        boolean after = end >= source.length() || !Character.isJavaIdentifierPart(source.charAt(end));
        return before && after;
    }

    private int skipSpace(int i) {
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The '{' of the body after the parameter list opening at {@code open}, or -1 if a ';' or '=' comes first. */
    private int afterParentheses(int open) {
        int level = 0;
        for (int i = open; i < source.length(); i++) {
            if (!code[i]) {
                continue;
            }
            char c = source.charAt(i);
            if (c == '(') {
                level++;
            } else if (c == ')') {
                level--;
            } else if (level == 0 && (c == ';' || c == '=')) {
                return -1;
            } else if (level == 0 && c == '{') {
                return i;
            }
        }
        return -1;
    }

    private int closingBrace(int open) {
        for (int i = open + 1; i < source.length(); i++) {
            if (code[i] && source.charAt(i) == '}' && depth[i] == depth[open] + 1) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces after offset " + open);
    }

    /**
     * The first non-blank character on the lines after the end of the previous member: the nearest ';', '}' or
     * '{' before {@code at} that leaves the braces at {@code at}'s depth (for a class, the last import's ';').
     * Starting on the next line leaves out a comment that trails the previous member.
     */
    private int memberStart(int at) {
        int i = at - 1;
        while (i >= 0 && !(code[i] && "{};".indexOf(source.charAt(i)) >= 0 && depth[i + 1] == depth[at])) {
            i--;
        }
        int nextLine = source.indexOf('\n', i + 1);
        return skipSpace(nextLine < 0 || nextLine > at ? i + 1 : nextLine + 1);
    }

    /** Removes the indentation all lines share, so a method reads from column 0. */
    private static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            out.append(lines[k].isBlank() ? "" : lines[k].substring(common));
            if (k + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}

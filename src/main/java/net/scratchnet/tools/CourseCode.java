package net.scratchnet.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills each chapter's "The code" panels with the project's own source, so the pages can never show code that
 * differs from what runs. {@link CourseSite} runs it on every chapter page it writes.
 *
 * <p>A chapter asks for code with an empty {@code <figure class="code" data-code="net.scratchnet.neuron.Neuron#output">
 * </figure>} ({@code Class#method}, all overloads; or just {@code Class} for the whole class), which the manifest's
 * {@code code} lines produce. This puts a caption (name, file, line) and the source inside. An unknown name stops
 * the build.
 */
public final class CourseCode {
    private static final Pattern PANEL = Pattern.compile("<figure class=\"code\" data-code=\"([\\w.#]+)\"></figure>");

    private final Path sources;

    CourseCode(Path sources) {
        this.sources = sources;
    }

    /**
     * A panel's caption in the page's language, from the markup of its three parts: the member's name, its file and
     * the line where it starts ("{name} in {file}, line {line}" in English).
     */
    interface Caption {
        String of(String name, String file, int line);
    }

    /** The page with every empty code panel filled in, each captioned by {@code caption}. */
    String fill(String html, Caption caption) {
        Matcher panel = PANEL.matcher(html);
        StringBuilder out = new StringBuilder();
        while (panel.find()) {
            panel.appendReplacement(out, Matcher.quoteReplacement(render(panel.group(1), caption)));
        }
        panel.appendTail(out);
        return out.toString();
    }

    private String render(String name, Caption caption) {
        String[] parts = name.split("#", 2);
        String className = parts[0];
        Path file = Path.of(className.replace('.', '/') + ".java");
        String source = read(sources.resolve(file), name);
        List<JavaMembers.Member> members = parts.length == 1
                ? List.of(new JavaMembers(source).wholeType())
                : new JavaMembers(source).methods(parts[1]);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("the course names " + name + ", but " + file + " has no method " + parts[1]);
        }
        String code = String.join("\n\n", members.stream().map(JavaMembers.Member::text).toList());
        int line = members.get(0).line();
        String shortName = className.substring(className.lastIndexOf('.') + 1) + (parts.length > 1 ? "#" + parts[1] : "");
        return "<figure class=\"code\" data-code=\"" + name + "\"><figcaption>"
                + caption.of("<code>" + shortName + "</code>",
                        "<span class=\"code-file\">src/main/java/" + file.toString().replace('\\', '/') + "</span>", line)
                + "</figcaption><pre><code>" + escape(code) + "</code></pre></figure>";
    }

    private static String read(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the course names " + name + ", but " + file + " cannot be read", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

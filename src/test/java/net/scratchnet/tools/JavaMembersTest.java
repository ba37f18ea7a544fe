package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaMembersTest {
    private static final String SOURCE = """
            package demo;

            import java.util.List;

            /** A demo { with a brace in its Javadoc. */
            public final class Demo {
                private static final int SIZE = size(3);   // a call, not a declaration

                /** Adds. */
                public int add(int a, int b) {
                    String s = "not } the end";
                    char c = '}';
                    return a + b; // }
                }

                int add(int a) {
                    return a;
                }

                abstract void size();

                static int size(int n) {
                    return n;
                }
            }
            """;

    @Test
    void findsEveryOverloadWithItsJavadocAndLine() {
        List<JavaMembers.Member> found = new JavaMembers(SOURCE).methods("add");
        assertEquals(2, found.size());
        assertEquals(9, found.get(0).line());
        assertEquals("""
                /** Adds. */
                public int add(int a, int b) {
                    String s = "not } the end";
                    char c = '}';
                    return a + b; // }
                }""", found.get(0).text());
        assertEquals("int add(int a) {\n    return a;\n}", found.get(1).text());
    }

    @Test
    void skipsCallsAndMethodsWithoutABody() {
        List<JavaMembers.Member> found = new JavaMembers(SOURCE).methods("size");
        assertEquals(1, found.size());
        assertTrue(found.get(0).text().startsWith("static int size(int n) {"), found.get(0).text());
    }

    @Test
    void wholeTypeStartsAtTheClassJavadocAndEndsAtItsBrace() {
        JavaMembers.Member type = new JavaMembers(SOURCE).wholeType();
        assertEquals(5, type.line());
        assertTrue(type.text().startsWith("/** A demo { with a brace in its Javadoc. */\npublic final class Demo {"));
        assertTrue(type.text().endsWith("        return n;\n    }\n}"), type.text());
    }

    @Test
    void anUnknownNameStopsTheBuildWithItsName() {
        CourseCode course = new CourseCode(java.nio.file.Path.of("src/main/java"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> course.fill(
                "<figure class=\"code\" data-code=\"net.scratchnet.neuron.Neuron#nothing\"></figure>", CAPTION));
        assertTrue(e.getMessage().contains("Neuron#nothing"), e.getMessage());
    }

    /** The English caption, as the course's texts give it. */
    private static final CourseCode.Caption CAPTION = (name, file, line) -> name + " in " + file + ", line " + line;

    @Test
    void fillsAPanelWithEscapedSourceAndCaption() {
        String page = new CourseCode(java.nio.file.Path.of("src/main/java")).fill(
                "<p>before</p><figure class=\"code\" data-code=\"net.scratchnet.neuron.Neuron#weightedSum\"></figure>", CAPTION);
        assertTrue(page.startsWith("<p>before</p><figure class=\"code\" data-code=\"net.scratchnet.neuron.Neuron#weightedSum\"><figcaption>"));
        assertTrue(page.contains("<code>Neuron#weightedSum</code> in <span class=\"code-file\">src/main/java/net/scratchnet/neuron/Neuron.java</span>, line "));
        assertTrue(page.contains("for (int i = 0; i &lt; inputs.length; i++)"), page);
    }
}

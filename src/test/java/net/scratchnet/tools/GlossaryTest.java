package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese glossary (src/site/glossary.zh.md) holds for every Chinese text: no word of its "not" column (a
 * translation another book uses, which the site's readers would take for a different idea) appears in the course's
 * or the site's Chinese texts, and their counts follow its house style (1 万张, 1,875 批). The counts a script
 * fills in are the page's (i18n.js: number, count), checked in Chromium.
 */
class GlossaryTest {
    private static final Path GLOSSARY = Path.of("src/site/glossary.zh.md");
    private static final List<Path> CHINESE_TEXTS = List.of(Path.of("src/course/texts/zh"), Path.of("src/site/texts/zh"));

    /** One row of the table: the English term, its Chinese, and the words not to use for it. */
    record Term(String english, String chinese, List<String> not) {
    }

    @Test
    void theGlossarysTableParses() throws IOException {
        List<Term> terms = terms(GLOSSARY);
        assertTrue(terms.size() >= 50, "the table has its terms: " + terms.size());
        assertTrue(terms.contains(new Term("perceptron", "感知机", List.of("感知器"))), terms.toString());
        assertTrue(terms.stream().mapToInt(term -> term.not().size()).sum() >= 30, "the \"not\" column is read");
    }

    @Test
    void noChineseTextUsesAWordTheGlossaryRules() throws IOException {
        List<String> found = misuses(terms(GLOSSARY), CHINESE_TEXTS);
        assertEquals(List.of(), found, "words the glossary says not to use (src/site/glossary.zh.md)");
    }

    @Test
    void everyChineseCountFollowsTheHouseStyle() throws IOException {
        assertEquals(List.of(), countsAgainstTheHouseStyle(CHINESE_TEXTS), "counts the house style writes otherwise"
                + " (src/site/glossary.zh.md: 1 万张 when round, else 1,875 批)");
    }

    @Test
    void aCountWithoutSeparatorsOrARoundCountInDigitsIsFound(@TempDir Path texts) throws IOException {
        Files.writeString(texts.resolve("words.txt"), "1958 年，2000 张，1,000 张，共 60,000 个，3,617,280 个参数，e<sup>1000</sup>\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(texts.resolve("words.txt") + ", line 1: 2000 (a count has separators: 2,000)",
                texts.resolve("words.txt") + ", line 1: 60,000 (a round count is said in 万: 6 万)"),
                countsAgainstTheHouseStyle(List.of(texts)));
    }

    @Test
    void aRuledWordIsFoundWithItsFileAndLine(@TempDir Path texts) throws IOException {
        Files.createDirectories(texts.resolve("scripts"));
        Files.writeString(texts.resolve("scripts/words.txt"), "== a\n神经网络\n== b\n感知器的权重\n", StandardCharsets.UTF_8);
        List<String> found = misuses(terms(GLOSSARY), List.of(texts, texts.resolve("missing")));
        assertEquals(List.of(texts.resolve("scripts/words.txt") + ", line 4: 感知器 (perceptron is 感知机)"), found);
    }

    /** The rows of the glossary's table ("| English | 中文 | not |"); a row of another shape fails. */
    static List<Term> terms(Path glossary) throws IOException {
        List<Term> terms = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(glossary, StandardCharsets.UTF_8)) {
            if (line.startsWith("| English | 中文 | not |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
                assertEquals(3, cells.length, glossary + ": a row of the table has three cells: " + line);
                List<String> not = Arrays.stream(cells[2].split("[,，]")).map(String::strip).filter(word -> !word.isEmpty()).toList();
                terms.add(new Term(cells[0].strip(), cells[1].strip(), not));
            } else {
                inTable = false;
            }
        }
        return terms;
    }

    /**
     * Every count in the .txt files under {@code folders} written against the house style: a count of things (a
     * number before a Chinese word other than 年, the year's) of four or more digits without separators, or a round
     * count of ten thousands in digits; as "file, line N: count (what the house style writes)".
     */
    static List<String> countsAgainstTheHouseStyle(List<Path> folders) throws IOException {
        Pattern count = Pattern.compile("(?<![\\w.,/×−-])(\\d{1,3}(?:,\\d{3})+|\\d{4,})(?= ?(?!年)\\p{IsHan})");
        List<String> found = new ArrayList<>();
        for (Path file : textFiles(folders)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int k = 0; k < lines.size(); k++) {
                Matcher number = count.matcher(lines.get(k));
                while (number.find()) {
                    long value = Long.parseLong(number.group(1).replace(",", ""));
                    String where = file + ", line " + (k + 1) + ": " + number.group(1);
                    if (value % 10_000 == 0) {
                        found.add(where + " (a round count is said in 万: " + value / 10_000 + " 万)");
                    } else if (!number.group(1).contains(",")) {
                        found.add(where + " (a count has separators: " + String.format(Locale.ROOT, "%,d", value) + ")");
                    }
                }
            }
        }
        return found;
    }

    /** The .txt files under {@code folders} (a folder not there has none), in order. */
    private static List<Path> textFiles(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walked = Files.walk(folder)) {
                    walked.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Every use of a ruled word in the .txt files under {@code folders} (a folder not there has none), as "file, line N: word (term)". */
    static List<String> misuses(List<Term> terms, List<Path> folders) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles(folders)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int k = 0; k < lines.size(); k++) {
                for (Term term : terms) {
                    for (String word : term.not()) {
                        if (lines.get(k).contains(word)) {
                            found.add(file + ", line " + (k + 1) + ": " + word + " (" + term.english() + " is " + term.chinese() + ")");
                        }
                    }
                }
            }
        }
        return found;
    }
}

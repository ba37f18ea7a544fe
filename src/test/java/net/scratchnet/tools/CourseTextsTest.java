package net.scratchnet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a text's lines become one: Chinese runs on without the space a line break would show, other text keeps its breaks. */
class CourseTextsTest {
    @Test
    void aLineBreakInsideChineseIsDroppedAndOtherBreaksStay(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("page.txt"), """
                == chinese
                每个类别一个。
                默认的卷积神经网络，把一个数乘以一个<em>权重</em>，
                <em>偏置</em>也一样；784 个数
                进入网络。
                == english
                Draw a digit
                on the pad.
                """, StandardCharsets.UTF_8);
        CourseTexts texts = CourseTexts.read(folder);
        assertEquals("每个类别一个。默认的卷积神经网络，把一个数乘以一个<em>权重</em>，<em>偏置</em>也一样；784 个数进入网络。",
                texts.text("page", "chinese", Map.of(), "the test"));
        assertEquals("Draw a digit\non the pad.", texts.text("page", "english", Map.of(), "the test"));
    }
}

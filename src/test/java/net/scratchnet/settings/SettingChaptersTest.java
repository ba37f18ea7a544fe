package net.scratchnet.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.scratchnet.tools.CourseManifest;
import org.junit.jupiter.api.Test;

/** The course chapter each training setting links to (the "?" beside its field) is a chapter the course has. */
class SettingChaptersTest {
    @Test
    void everyChapterASettingNamesIsInTheCoursesManifest() throws IOException {
        List<String> chapters = CourseManifest.read(Path.of("src/course/manifest.txt")).chapters().stream()
                .map(CourseManifest.Chapter::slug).toList();
        int linked = 0;
        for (Setting setting : TrainingSettings.ALL) {
            if (setting.chapter() != null) {
                assertTrue(chapters.contains(setting.chapter()),
                        setting.name() + " links to the chapter '" + setting.chapter() + "', which the course does not have: " + chapters);
                assertTrue(TrainingSettings.schemaJson().contains("\"chapter\":\"" + setting.chapter() + "\""), setting.name());
                linked++;
            }
        }
        assertTrue(linked >= 5, "the settings a chapter explains link to it: " + linked);
        assertEquals("activations", TrainingSettings.ACTIVATION.chapter());
        assertEquals("gradient-descent", TrainingSettings.LEARNING_RATE.chapter());
    }
}

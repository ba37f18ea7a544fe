package net.scratchnet.words;

import java.util.LinkedHashMap;
import java.util.Map;
import net.scratchnet.settings.TrainingSettings;

/**
 * Every text the core gives the page, in English, by key: each {@link Problem} and each name of the settings table
 * (datasets and their classes, settings' descriptions, optimisers, presets: {@link TrainingSettings#words()}).
 *
 * <p>The build ({@code net.scratchnet.tools.ScriptWords}) adds them to the page's English words as {@code core.KEY},
 * so English is written only here, and refuses a language whose {@code scripts/core.txt} lacks one of them or
 * names other {@code {values}}.
 */
public final class CoreWords {
    /** The prefix of the core's keys among the page's words: "core.model.truncated". */
    public static final String PREFIX = "core.";

    private CoreWords() {
    }

    /** Key (with {@link #PREFIX}) to English text, problems first, then names; each key once. */
    public static Map<String, String> english() {
        Map<String, String> words = new LinkedHashMap<>();
        for (Problem problem : Problem.values()) {
            put(words, problem.key(), problem.english());
        }
        TrainingSettings.words().forEach((key, text) -> put(words, key, text));
        return words;
    }

    private static void put(Map<String, String> words, String key, String text) {
        if (words.put(PREFIX + key, text) != null) {
            throw new IllegalStateException("the core names two texts '" + key + "'");
        }
    }
}

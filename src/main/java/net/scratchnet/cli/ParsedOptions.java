package net.scratchnet.cli;

import java.util.Map;
import net.scratchnet.settings.Setting;
import net.scratchnet.settings.TrainingSettings;

/**
 * The options a command was given, with typed accessors that check each value and explain what is
 * wrong with it. A missing option gives the caller's default.
 */
final class ParsedOptions {
    private final Map<String, String> values;
    private final boolean helpRequested;

    ParsedOptions(Map<String, String> values, boolean helpRequested) {
        this.values = values;
        this.helpRequested = helpRequested;
    }

    boolean helpRequested() {
        return helpRequested;
    }

    /** Whether the option, or the flag, was given. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** One of a fixed set of words, e.g. relu|sigmoid|tanh|leakyrelu. */
    String choice(String name, String fallback, String... choices) throws UsageException {
        String value = text(name, fallback);
        for (String choice : choices) {
            if (choice.equals(value)) {
                return value;
            }
        }
        throw new UsageException("--" + name + " must be one of " + String.join(", ", choices) + ", got '"
                + value + "'");
    }

    int positiveInt(String name, int fallback) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        return parsePositiveInt(name, values.get(name));
    }

    int intInRange(String name, int fallback, int min, int max) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        int value = parseInt(name, values.get(name));
        if (value < min || value > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A finite number, zero or more, e.g. a weight decay or a warm-up time. */
    float nonNegativeFloat(String name, float fallback) throws UsageException {
        float value = has(name) ? parseFloat(name, values.get(name)) : fallback;
        if (value < 0) {
            throw new UsageException("--" + name + " must not be negative, got " + values.get(name));
        }
        return value;
    }

    // ---- the training settings of the table (TrainingSettings): their command-line defaults and limits ----

    /** One of the setting's choices, e.g. --activation relu. */
    String choice(Setting setting) throws UsageException {
        return choice(setting.parameter(), setting.cliDefault(), setting.choices().toArray(new String[0]));
    }

    /** A whole number within the setting's limits, e.g. --batch 32. */
    int integer(Setting setting) throws UsageException {
        return intInRange(setting.parameter(), Integer.parseInt(setting.cliDefault()), (int) setting.min(),
                (int) setting.max());
    }

    /**
     * A number no smaller than the setting's minimum; {@code fallback} where the table leaves the default to the
     * command. The table's maximum is the page's: on the command line a learning rate may be as large as you
     * like, to watch what a diverging run does (see {@link TrainingSettings#LEARNING_RATE}).
     */
    float numberAtLeastMin(Setting setting, float fallback) throws UsageException {
        String name = setting.parameter();
        float value = has(name) ? parseFloat(name, values.get(name)) : fallback;
        if (value < setting.min()) {
            throw new UsageException("--" + name + " must be at least " + (float) setting.min() + ", got "
                    + values.get(name));
        }
        return value;
    }

    /** The hidden layer sizes, e.g. --hidden 16,16, within the table's limits. */
    int[] hiddenSizes() throws UsageException {
        Setting setting = TrainingSettings.HIDDEN;
        try {
            return TrainingSettings.hiddenSizes(text(setting.parameter(), setting.cliDefault()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + setting.parameter() + ": " + e.getMessage());
        }
    }

    private static int parsePositiveInt(String name, String text) throws UsageException {
        int value = parseInt(name, text);
        if (value <= 0) {
            throw new UsageException("--" + name + " must be a positive whole number, got " + text);
        }
        return value;
    }

    private static int parseInt(String name, String text) throws UsageException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + text + "'");
        }
    }

    /** Rejects NaN and infinities too: Float.parseFloat would accept "NaN" and "Infinity". */
    private static float parseFloat(String name, String text) throws UsageException {
        float value;
        try {
            value = Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + text + "'");
        }
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw new UsageException("--" + name + " must be a finite number, got '" + text + "'");
        }
        return value;
    }
}

package net.scratchnet.cli;

import java.util.Map;

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

    /** Any whole number, e.g. a random seed. */
    int anyInt(String name, int fallback) throws UsageException {
        return has(name) ? parseInt(name, values.get(name)) : fallback;
    }

    /** A comma-separated list of positive whole numbers, e.g. the hidden layer sizes "16,16". */
    int[] positiveInts(String name, int[] fallback) throws UsageException {
        if (!has(name)) {
            return fallback.clone();
        }
        String[] parts = values.get(name).split(",", -1);
        int[] result = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = parsePositiveInt(name, parts[i].trim());
        }
        return result;
    }

    /** A finite number greater than zero, e.g. a learning rate. */
    float positiveFloat(String name, float fallback) throws UsageException {
        float value = has(name) ? parseFloat(name, values.get(name)) : fallback;
        if (!(value > 0)) {
            throw new UsageException("--" + name + " must be greater than 0, got " + values.get(name));
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

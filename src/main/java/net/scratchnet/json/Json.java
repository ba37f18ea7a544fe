package net.scratchnet.json;

import java.util.List;

/**
 * The one JSON writer of the project: builds one JSON object, key after key, for the reports the core hands to
 * JavaScript (a batch's loss, an evaluation, a lesson's numbers, the settings schema, a model's layers).
 * Strings cross the Java/JS boundary cheaply in both TeaVM targets and JSON.parse turns them into plain objects;
 * bulk data (pixels, weights) crosses as typed arrays instead.
 *
 * <p>JSON has no NaN or Infinity: a number that is not finite is written as null, which the page shows as "–".
 */
public final class Json {
    private final StringBuilder text = new StringBuilder("{");

    public Json put(String key, String value) {
        key(key);
        string(value);
        return this;
    }

    public Json put(String key, double value) {
        key(key);
        text.append(Double.isFinite(value) ? String.valueOf(value) : "null");
        return this;
    }

    /** A float keeps its own shortest form (0.1f is written 0.1, not 0.10000000149011612). */
    public Json put(String key, float value) {
        key(key);
        number(value);
        return this;
    }

    public Json put(String key, int value) {
        key(key);
        text.append(value);
        return this;
    }

    /** A whole number past int's range (a file's length in bytes): JavaScript reads it exactly up to 2^53. */
    public Json put(String key, long value) {
        key(key);
        text.append(value);
        return this;
    }

    public Json put(String key, boolean value) {
        key(key);
        text.append(value);
        return this;
    }

    public Json put(String key, int[] values) {
        key(key);
        text.append('[');
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        text.append(']');
        return this;
    }

    public Json put(String key, float[] values) {
        key(key);
        text.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            number(values[i]);
        }
        text.append(']');
        return this;
    }

    public Json put(String key, int[][] rows) {
        key(key);
        text.append('[');
        for (int r = 0; r < rows.length; r++) {
            text.append(r == 0 ? "" : ",").append('[');
            for (int c = 0; c < rows[r].length; c++) {
                text.append(c == 0 ? "" : ",").append(rows[r][c]);
            }
            text.append(']');
        }
        text.append(']');
        return this;
    }

    /** A list of strings, or null. */
    public Json put(String key, String[] values) {
        key(key);
        if (values == null) {
            text.append("null");
            return this;
        }
        text.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            string(values[i]);
        }
        text.append(']');
        return this;
    }

    /** A nested object, or null. */
    public Json put(String key, Json object) {
        key(key);
        text.append(object == null ? "null" : object.toString());
        return this;
    }

    /** A list of objects. */
    public Json put(String key, List<Json> objects) {
        key(key);
        text.append('[');
        for (int i = 0; i < objects.size(); i++) {
            text.append(i == 0 ? "" : ",").append(objects.get(i));
        }
        text.append(']');
        return this;
    }

    private void key(String key) {
        if (text.length() > 1) {
            text.append(',');
        }
        string(key);
        text.append(':');
    }

    private void string(String value) {
        if (value == null) {
            text.append("null");
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                text.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                text.append(c);
            }
        }
        text.append('"');
    }

    private void number(float value) {
        text.append(Float.isFinite(value) ? Float.toString(value) : "null");
    }

    @Override
    public String toString() {
        return text + "}";
    }
}

package net.scratchnet.web;

/**
 * A minimal JSON writer for the small reports the bridge hands to JavaScript (a batch's loss, an
 * evaluation's confusion matrix). Strings cross the Java/JS boundary cheaply in both TeaVM targets and
 * JSON.parse turns them into plain objects; bulk data (pixels, weights) crosses as typed arrays instead.
 */
final class Json {
    private final StringBuilder text = new StringBuilder("{");

    Json put(String key, String value) {
        key(key);
        if (value == null) {
            text.append("null");
            return this;
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
        return this;
    }

    Json put(String key, double value) {
        key(key);
        // JSON has no NaN or Infinity: null tells the page "not a number" without breaking JSON.parse.
        text.append(Double.isFinite(value) ? String.valueOf(value) : "null");
        return this;
    }

    Json put(String key, int value) {
        key(key);
        text.append(value);
        return this;
    }

    Json put(String key, boolean value) {
        key(key);
        text.append(value);
        return this;
    }

    Json put(String key, int[] values) {
        key(key);
        text.append('[');
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        text.append(']');
        return this;
    }

    Json put(String key, int[][] rows) {
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

    private void key(String key) {
        if (text.length() > 1) {
            text.append(',');
        }
        text.append('"').append(key).append("\":");
    }

    @Override
    public String toString() {
        return text + "}";
    }
}

package net.scratchnet.lesson;

/** Writes one flat JSON object of numbers and number arrays: how lesson results with many named parts reach the page. */
final class JsonText {
    private final StringBuilder text = new StringBuilder("{");

    JsonText put(String name, float value) {
        key(name);
        number(value);
        return this;
    }

    JsonText put(String name, float[] values) {
        key(name);
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

    private void key(String name) {
        if (text.length() > 1) {
            text.append(',');
        }
        text.append('"').append(name).append("\":");
    }

    /** JSON has no NaN or infinity: those become null, which the page shows as "–". */
    private void number(float value) {
        text.append(Float.isFinite(value) ? Float.toString(value) : "null");
    }

    @Override
    public String toString() {
        return text + "}";
    }
}

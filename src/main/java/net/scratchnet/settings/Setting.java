package net.scratchnet.settings;

import java.util.List;

/**
 * One training setting as the page's form, its URL and the command line know it.
 *
 * @param name         the setting's name in code, e.g. "batchSize"
 * @param parameter    its name in a URL ({@code ?batch=32}) and on the command line ({@code --batch 32})
 * @param kind         how its text is read
 * @param min          the smallest value accepted (for {@link Kind#SIZES}: the smallest layer)
 * @param max          the largest value accepted (for {@link Kind#SIZES}: the largest layer)
 * @param maxCount     for {@link Kind#SIZES}, how many sizes at most; 1 for the others
 * @param choices      for {@link Kind#CHOICE}, the accepted words; empty for the others
 * @param pageDefault  the default on the page, as text the setting's reader accepts
 * @param cliDefault   the default of {@code train}, as text; null where the command line has its own rule
 *                     (the learning rate: each optimiser's own, {@link TrainingSettings#defaultLearningRate})
 * @param description  what it does, in words for the page's form and the command line's help; null where its
 *                     name says enough (the page labels those fields itself)
 * @param chapter      the slug of the course's chapter that explains it ({@code learn/SLUG.html}, linked beside
 *                     the form's field); null where no chapter does
 */
public record Setting(String name, String parameter, Kind kind, double min, double max, int maxCount,
                      List<String> choices, String pageDefault, String cliDefault, String description, String chapter) {

    /** The key of its description in the page's words ({@code core.setting.NAME.description}), e.g. in Chinese. */
    public String descriptionKey() {
        return "setting." + name + ".description";
    }

    /** Its description as the page shows it: one line (the command line's help breaks it where it wraps). */
    public String pageDescription() {
        return description == null ? null : description.replace('\n', ' ');
    }

    /** How a setting's text is read. */
    public enum Kind {
        /** one of {@code choices} */
        CHOICE,
        /** whole numbers separated by commas, e.g. "16,16" */
        SIZES,
        /** any number from min to max, e.g. "0.01" */
        NUMBER,
        /** a whole number from min to max */
        INTEGER,
        /** a network spec ({@link net.scratchnet.network.NetworkSpec}), e.g. "28x28x1 conv5x5x8 relu pool2 dense10" */
        SPEC,
        /** on or off: "true" or "false" (on the command line, a flag without a value) */
        FLAG
    }
}

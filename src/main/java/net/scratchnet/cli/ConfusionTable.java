package net.scratchnet.cli;

import java.util.List;
import java.util.Locale;

/**
 * Prints a confusion matrix as a table: one row per true class, one column per predicted class, so the
 * diagonal holds the right answers and any other large number shows two classes the network mixes up
 * (for MNIST, typically 4 and 9, or 3 and 5).
 */
final class ConfusionTable {
    private ConfusionTable() {
    }

    /**
     * @param confusion  confusion[actual][predicted]
     * @param classNames used to label the rows, when they say more than the class number
     */
    static String format(int[][] confusion, List<String> classNames) {
        int classes = confusion.length;
        int labelWidth = "true \\ predicted".length();
        for (int c = 0; c < classes; c++) {
            labelWidth = Math.max(labelWidth, rowLabel(c, classNames).length());
        }
        int cellWidth = 3;
        for (int[] row : confusion) {
            for (int count : row) {
                cellWidth = Math.max(cellWidth, String.valueOf(count).length());
            }
        }

        StringBuilder table = new StringBuilder();
        table.append(pad("true \\ predicted", labelWidth, false));
        for (int c = 0; c < classes; c++) {
            table.append(' ').append(pad(c + " ", cellWidth + 2, true));
        }
        table.append("   right\n");
        for (int actual = 0; actual < classes; actual++) {
            table.append(pad(rowLabel(actual, classNames), labelWidth, false));
            int total = 0;
            for (int predicted = 0; predicted < classes; predicted++) {
                total += confusion[actual][predicted];
            }
            for (int predicted = 0; predicted < classes; predicted++) {
                String cell = String.valueOf(confusion[actual][predicted]);
                // Brackets mark the diagonal, where the right answers are.
                table.append(' ').append(pad(predicted == actual ? "[" + cell + "]" : cell + " ", cellWidth + 2, true));
            }
            double right = total == 0 ? 0 : 100.0 * confusion[actual][actual] / total;
            table.append(String.format(Locale.ROOT, " %6.1f%%%n", right));
        }
        return table.toString();
    }

    /** "3" for a digit; "0 T-shirt/top" when the name is not simply the number. */
    private static String rowLabel(int classIndex, List<String> classNames) {
        String name = classIndex < classNames.size() ? classNames.get(classIndex) : "";
        return name.equals(String.valueOf(classIndex)) || name.isEmpty() ? String.valueOf(classIndex)
                : classIndex + " " + name;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}

package net.scratchnet.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line on the terminal that redraws itself in place while an epoch trains:
 * {@code epoch 3/10 [########------------]  41%  loss 0.1832  acc 94.52%  21,305 samples/s}.
 *
 * <p>It redraws by going back to the start of the line with a carriage return ({@code \r}) and writing over
 * it, at most about ten times a second so that printing never slows the training down. Finished epochs get a
 * line of their own that stays.
 */
final class ProgressBar {
    private static final int BAR_WIDTH = 20;
    private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;

    private final PrintStream terminal;
    private long lastDrawNanos;
    private int lastLineLength;

    ProgressBar(PrintStream terminal) {
        this.terminal = terminal;
    }

    /**
     * @param epoch    1-based
     * @param fraction of the epoch done, 0..1
     */
    void update(int epoch, int epochs, double fraction, double loss, double accuracy, double samplesPerSecond) {
        long now = System.nanoTime();
        if (lastLineLength > 0 && now - lastDrawNanos < REDRAW_INTERVAL_NANOS && fraction < 1) {
            return;
        }
        lastDrawNanos = now;
        int filled = (int) (fraction * BAR_WIDTH);
        String line = String.format(Locale.ROOT, "epoch %d/%d [%s%s] %3d%%  loss %.4f  acc %.2f%%  %,.0f samples/s",
                epoch, epochs, "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), (int) (fraction * 100),
                loss, 100 * accuracy, samplesPerSecond);
        draw(line);
    }

    /** Replaces the bar with a line that stays, and moves to the next line. */
    void finishLine(String line) {
        draw(line);
        terminal.println();
        lastLineLength = 0;
    }

    private void draw(String line) {
        // Spaces wipe the end of a longer previous line.
        String padding = " ".repeat(Math.max(0, lastLineLength - line.length()));
        terminal.print("\r" + line + padding);
        terminal.flush();
        lastLineLength = line.length();
    }
}

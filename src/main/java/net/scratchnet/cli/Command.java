package net.scratchnet.cli;

import java.io.IOException;
import java.io.PrintStream;

/** One sub-command of the command line, such as {@code train}. */
interface Command {
    /** Its name, summary and options, which are also its help text. */
    OptionParser options();

    /**
     * @param out for results (tables, JSON lines)
     * @param err for progress and messages, so that {@code out} can be piped into a file or another program
     * @return the exit code: 0 when it worked
     * @throws UsageException if an option value is not acceptable (exit code 2)
     * @throws IOException    if a file is missing, unreadable or damaged (exit code 1)
     */
    int run(ParsedOptions options, PrintStream out, PrintStream err) throws UsageException, IOException;
}

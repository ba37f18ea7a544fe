package net.scratchnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line: {@code java -jar target/scratchnet.jar <command> [options]}.
 *
 * <p>Exit codes: 0 success, 1 the work failed (a missing or damaged file, training diverged),
 * 2 the command line is wrong. Every error is one line on stderr that starts with "error:".
 */
public final class Main {
    static final String INVOCATION = "java -jar target/scratchnet.jar";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit code; tests call this instead of {@link #main}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.length == 0) {
            err.println("error: no command given (expected one of " + String.join(", ", commands.keySet())
                    + "; see --help)");
            return 2;
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printHelp(commands, out);
            return 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("error: unknown command '" + args[0] + "' (expected one of "
                    + String.join(", ", commands.keySet()) + "; see --help)");
            return 2;
        }
        OptionParser parser = command.options();
        try {
            ParsedOptions options = parser.parse(Arrays.copyOfRange(args, 1, args.length));
            if (options.helpRequested()) {
                parser.printHelp(out);
                return 0;
            }
            return command.run(options, out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("train", new TrainCommand());
        commands.put("eval", new EvalCommand());
        commands.put("bench", new BenchCommand());
        commands.put("serve", new ServeCommand());
        return commands;
    }

    private static void printHelp(Map<String, Command> commands, PrintStream out) {
        out.println("ScratchNet: a neural network written from scratch in plain Java.");
        out.println();
        out.println("usage: " + INVOCATION + " <command> [options]");
        out.println();
        out.println("commands:");
        for (Map.Entry<String, Command> entry : commands.entrySet()) {
            String firstLine = entry.getValue().options().summary().split("\n")[0];
            out.printf("  %-7s %s%n", entry.getKey(), firstLine);
        }
        out.println();
        out.println("Each command explains its options: " + INVOCATION + " <command> --help");
        out.println("Exit codes: 0 done, 1 failed (e.g. a missing or damaged file), 2 bad command line.");
    }
}

package net.scratchnet.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.scratchnet.settings.Setting;

/**
 * The options one command accepts, and the parsing of its arguments: {@code --name value},
 * {@code --name=value}, and flags without a value such as {@code --json}. Every command also
 * understands {@code --help} (or {@code -h}).
 *
 * <p>The declared options double as the command's help text, so the two cannot drift apart.
 */
final class OptionParser {
    private record Option(String name, String valueName, String description) {
        boolean isFlag() {
            return valueName == null;
        }
    }

    private final String command;
    private final String summary;
    private final List<Option> options = new ArrayList<>();

    /**
     * @param command the command's name, as typed
     * @param summary one or two sentences for the help text
     */
    OptionParser(String command, String summary) {
        this.command = command;
        this.summary = summary;
    }

    String summary() {
        return summary;
    }

    /** Declares {@code --name VALUE}; the description should state the default. */
    OptionParser value(String name, String valueName, String description) {
        options.add(new Option(name, valueName, description));
        return this;
    }

    /**
     * Declares a training setting of the table ({@code TrainingSettings}) as {@code --parameter VALUE}; the help
     * adds its choices or limits and its default from the table.
     */
    OptionParser value(Setting setting, String valueName, String description) {
        String limits = switch (setting.kind()) {
            case CHOICE -> "one of " + String.join(", ", setting.choices());
            case SIZES -> "1 to " + setting.maxCount() + " sizes of " + (int) setting.min() + " to " + (int) setting.max();
            case INTEGER -> (int) setting.min() + " to " + (int) setting.max();
            case NUMBER -> "at least " + (float) setting.min();
            case SPEC, FLAG -> "";
        };
        String defaultText = setting.cliDefault() == null || setting.cliDefault().isEmpty() ? ""
                : (limits.isEmpty() ? "" : "; ") + "default: " + setting.cliDefault();
        String details = limits + defaultText;
        return value(setting.parameter(), valueName, description + (details.isEmpty() ? "" : " (" + details + ")"));
    }

    /** Declares a flag {@code --name} that takes no value. */
    OptionParser flag(String name, String description) {
        options.add(new Option(name, null, description));
        return this;
    }

    /**
     * @param args the arguments after the command's name
     * @throws UsageException for an unknown option, a value that is missing, an option given twice,
     *                        or an argument that is not an option
     */
    ParsedOptions parse(String[] args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (argument.equals("--help") || argument.equals("-h")) {
                help = true;
                continue;
            }
            if (!argument.startsWith("--")) {
                throw new UsageException("unexpected argument '" + argument + "' for " + command
                        + " (options start with --; see " + command + " --help)");
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
            Option option = find(name);
            if (option == null) {
                throw new UsageException("unknown option --" + name + " for " + command + " (see " + command
                        + " --help)");
            }
            if (values.containsKey(name)) {
                throw new UsageException("--" + name + " is given twice");
            }
            String value;
            if (option.isFlag()) {
                if (equals >= 0) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (equals >= 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value (" + option.valueName() + ")");
            }
            values.put(name, value);
        }
        return new ParsedOptions(values, help);
    }

    private Option find(String name) {
        for (Option option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    void printHelp(PrintStream out) {
        out.println("usage: " + Main.INVOCATION + " " + command + " [options]");
        out.println();
        out.println(summary);
        out.println();
        out.println("options:");
        List<String> left = new ArrayList<>();
        int width = "--help".length();
        for (Option option : options) {
            String text = "--" + option.name() + (option.isFlag() ? "" : " " + option.valueName());
            left.add(text);
            width = Math.max(width, text.length());
        }
        for (int i = 0; i < options.size(); i++) {
            printOption(out, left.get(i), width, options.get(i).description());
        }
        printOption(out, "--help", width, "show this help");
    }

    /** Long descriptions continue on lines indented under the first. */
    private static void printOption(PrintStream out, String left, int width, String description) {
        String indent = " ".repeat(width + 4);
        String[] lines = description.split("\n");
        out.println("  " + left + " ".repeat(width - left.length() + 2) + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.println(indent + lines[i]);
        }
    }
}

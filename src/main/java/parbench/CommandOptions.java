package parbench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import joptsimple.OptionException;
import joptsimple.OptionParser;
import joptsimple.OptionSet;
import joptsimple.OptionSpec;
import parbench.launch.UserError;

/**
 * jopt-simple (the parser JMH's own command line uses) for parbench's commands. jopt converts a
 * value only when it is read, so reading goes through here too: a bad option or value is one line
 * naming it and exit 2, whenever it is found.
 */
final class CommandOptions {
    /**
     * "--" between compare's sides as it reaches the parser: jopt-simple takes "--" as the end of
     * options and drops it, so it is passed on as this, which jopt keeps as a non-option in its place.
     */
    static final String SIDES = "\u0000--";

    final OptionParser parser = new OptionParser();
    private final String command;
    private final String usage;
    private OptionSet set;

    CommandOptions(String command, String usage) {
        this.command = command;
        this.usage = usage;
        parser.acceptsAll(List.of("h", "help"), "this help").forHelp();
    }

    /** Parses; false where the user asked for help, which has then been printed. */
    boolean parse(List<String> args, PrintStream out) throws IOException {
        try {
            set = parser.parse(args.toArray(String[]::new));
        } catch (OptionException e) {
            throw error(e);
        }
        if (set.has("help")) {
            out.println(usage);
            parser.printHelpOn(out);
            return false;
        }
        return true;
    }

    <T> T value(OptionSpec<T> spec) {
        try {
            return set.valueOf(spec);
        } catch (OptionException e) {
            throw error(e);
        }
    }

    <T> List<T> values(OptionSpec<T> spec) {
        try {
            return set.valuesOf(spec);
        } catch (OptionException e) {
            throw error(e);
        }
    }

    boolean has(String option) {
        return set.has(option);
    }

    boolean has(OptionSpec<?> spec) {
        return set.has(spec);
    }

    /** A folder the user named for output, created if missing; one line and exit 2 where it cannot be. */
    static Path writableDir(String name) {
        Path dir = Path.of(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new UserError(name + ": cannot create or use this folder (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null || e.getMessage().equals(name) ? "" : ": " + e.getMessage()) + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new UserError(name + ": cannot write in this folder");
        }
        return dir;
    }

    /** The arguments with every "--" kept as {@link #SIDES}. */
    static List<String> keepingSides(List<String> args) {
        return args.stream().map(a -> a.equals("--") ? SIDES : a).toList();
    }

    UserError error(String problem) {
        return new UserError(command + ": " + problem.replace(SIDES, "--") + " (" + usage + ")");
    }

    private UserError error(OptionException e) {
        return error(e.getMessage());
    }
}

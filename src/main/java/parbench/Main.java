package parbench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import parbench.jmhfmt.ResultFileException;
import parbench.launch.SuiteLauncher;
import parbench.launch.UserError;

/**
 * {@code java -jar benchmarks.jar [run] [JMH options]} runs the suite; {@code compare}, {@code report}
 * and {@code machine} are parbench's own commands. Anything else is JMH's command line, as it is.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // the chart is drawn off-screen
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs one command and returns its exit status (0 ok, 1 failed, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = args.length > 0 ? Arrays.asList(args).subList(1, args.length) : List.of();
        String command = args.length > 0 ? args[0] : "";
        try {
            switch (command) {
                case "compare":
                    return CompareCommand.run(rest, out, err);
                case "report":
                    return ReportCommand.run(rest, out, err);
                case "machine":
                    return MachineCommand.run(rest, out, err);
                case "run":
                    return new SuiteLauncher(out, err).run(rest);
                default:
                    return new SuiteLauncher(out, err).run(Arrays.asList(args));
            }
        } catch (UserError | ResultFileException e) {
            err.println("parbench: " + e.getMessage());
            return 2;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("parbench: " + e.getMessage());
            return 1;
        }
    }
}

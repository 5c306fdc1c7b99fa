package parbench.report;

import java.io.PrintStream;
import java.util.List;

public final class CompareCommand {
    private CompareCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("parbench: compare is not built yet");
        return 2;
    }
}

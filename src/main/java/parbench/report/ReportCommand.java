package parbench.report;

import java.io.PrintStream;
import java.util.List;

public final class ReportCommand {
    private ReportCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("parbench: report is not built yet");
        return 2;
    }
}

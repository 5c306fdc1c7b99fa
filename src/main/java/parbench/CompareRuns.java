package parbench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import parbench.analysis.RunsComparison;
import parbench.analysis.RunsGate;
import parbench.launch.UserError;
import parbench.render.CompareRunsCsv;
import parbench.render.CompareRunsJson;
import parbench.render.CompareRunsReport;

/**
 * {@code compare A1 A2 A3 -- B1 B2 B3}: several runs a side, the runs before "--" the baseline,
 * compared at the run level ({@link RunsComparison}): each run's estimate of a row is one sample, so
 * that the host's hour, which moves whole runs, is measured rather than called a change. The same
 * options as two files, but --normalize and --baseline; --max-regression gates on the runs.
 */
final class CompareRuns {
    private CompareRuns() {
    }

    /** @param paths the result files as given, the sides split by {@link CommandOptions#SIDES} */
    static int run(List<String> paths, CompareCommand.Settings settings, CommandOptions options, PrintStream out, PrintStream err)
            throws IOException {
        int at = paths.indexOf(CommandOptions.SIDES);
        if (paths.lastIndexOf(CommandOptions.SIDES) != at) {
            throw options.error("one -- between the two sides, got "
                    + paths.stream().filter(CommandOptions.SIDES::equals).count());
        }
        List<String> base = paths.subList(0, at);
        List<String> other = paths.subList(at + 1, paths.size());
        if (base.isEmpty() || other.isEmpty()) {
            throw options.error("no result files " + (base.isEmpty() ? "before" : "after") + " --: the baseline's runs go "
                    + "first, then --, then the runs compared with them");
        }
        if (settings.normalize()) {
            throw options.error("--normalize judges two files against a file's whole-run shift; with runs a side the "
                    + "spread between runs is the measure, and it does not apply");
        }
        RunsComparison c = RunsComparison.of(CompareCommand.inputs(base), CompareCommand.inputs(other), settings.alpha());
        if (c.rows().isEmpty()) {
            throw new UserError("compare: no benchmark is in every run before and after -- (rows match by benchmark, "
                    + "mode, params and threads)");
        }
        if (settings.maxRegression().isPresent() && c.tooFewRuns()) {
            throw options.error("--max-regression on runs needs " + c.runsNeeded() + " runs a side for its test to reject "
                    + "at all (A has " + base.size() + ", B " + other.size() + "): a gate that cannot fire would pass "
                    + "whatever changed");
        }
        Optional<RunsGate> gate = settings.maxRegression().map(t -> RunsGate.of(c, t));
        return CompareCommand.emit(settings, new CompareCommand.Outputs(CompareRunsReport.markdown(c, gate), CompareRunsCsv.of(c),
                CompareRunsJson.of(c, gate), name(base) + "-vs-" + name(other), List::of, gate.map(g -> g.regressions().size())),
                out, err);
    }

    /** A side in a saved comparison's name: its first run, and how many more. */
    private static String name(List<String> side) {
        return CompareCommand.stemOf(side.get(0)) + (side.size() > 1 ? "-and-" + (side.size() - 1) + "-more" : "");
    }
}

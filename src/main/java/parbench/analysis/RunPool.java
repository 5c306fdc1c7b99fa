package parbench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parbench.jmhfmt.BenchmarkRow;
import parbench.machine.MachineRecord;
import parbench.stats.AcrossRuns;
import parbench.stats.Estimate;

/**
 * Runs of one suite pooled figure by figure, with the run as the top level (Kalibera and Jones:
 * runs, then forks within runs): each figure's estimate in every run, the across-runs interval with
 * its degrees of freedom, and the prediction interval for the next run ({@link AcrossRuns}). A run's
 * own intervals cover the variation within it; the host's hour moves a run's figures further, and
 * only runs as samples measure that.
 *
 * @param agreement how far the runs are known to be of one suite
 * @param runs      the runs' labels, in the order given
 * @param figures   the figures every run estimates, in the first run's table order
 */
public record RunPool(SuiteKey key, SuiteKey.Agreement agreement, List<String> runs, List<Pooled> figures) {

    /** The fewest runs of one suite that the index pools and a run's report is checked against. */
    public static final int FEWEST_RUNS = 3;

    /** One run: its label (a file's stem or path), machine record (null for a plain JMH file) and figures. */
    public record Run(String label, MachineRecord machine, Figures figures) {
        public static Run of(String label, List<BenchmarkRow> rows, MachineRecord machine) {
            return new Run(label, machine, Figures.of(SuiteRun.of(rows, machine == null ? null : machine.availableProcessors(),
                    ForkRounds.of(machine))));
        }

        public static Run of(Comparison.Input in) {
            return of(in.label(), in.rows(), in.machine());
        }

        public SuiteKey key() {
            return SuiteKey.of(machine);
        }

    }

    /**
     * One figure over the runs.
     *
     * @param headline     one of the figures the runs' targets aim at
     * @param runEstimates each run's own estimate, in the order of the runs
     */
    public record Pooled(RunFigure figure, boolean headline, double[] runEstimates, AcrossRuns across) {
    }

    /**
     * The runs named, pooled as one suite, whatever their records say (the agreement says it): for
     * compare's sides and runs a person knows to be of one jar. A figure is pooled where every run
     * has it; sizes one run added around a break-even and the others did not are left out.
     */
    public static RunPool of(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to pool");
        }
        List<Map<RunFigure, Estimate>> each = runs.stream().map(r -> RunFigure.of(r.figures())).toList();
        Set<RunFigure> headline = RunFigure.headline(runs.get(0).figures());
        List<Pooled> figures = new ArrayList<>();
        for (RunFigure f : each.get(0).keySet()) {
            if (each.stream().allMatch(m -> m.containsKey(f))) {
                double[] estimates = each.stream().mapToDouble(m -> m.get(f).value()).toArray();
                figures.add(new Pooled(f, headline.contains(f), estimates, AcrossRuns.of(estimates)));
            }
        }
        List<SuiteKey> keys = runs.stream().map(Run::key).toList();
        return new RunPool(keys.get(0), SuiteKey.agreement(keys), runs.stream().map(Run::label).toList(), figures);
    }

    /**
     * For the results index: the runs grouped by suite, each group of {@link #FEWEST_RUNS} or more
     * pooled, in the order the groups' first runs are given. Runs whose record names no suite are in
     * no group ({@link SuiteKey}).
     */
    public static List<RunPool> groups(List<Run> runs) {
        Map<SuiteKey, List<Run>> bySuite = new LinkedHashMap<>();
        runs.stream().filter(r -> r.key().known()).forEach(r -> bySuite.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        return bySuite.values().stream().filter(g -> g.size() >= FEWEST_RUNS).map(RunPool::of).toList();
    }

    public Optional<Pooled> figure(RunFigure f) {
        return figures.stream().filter(p -> p.figure().equals(f)).findFirst();
    }

    /** The headline figures pooled, in table order. */
    public List<Pooled> headline() {
        return figures.stream().filter(Pooled::headline).toList();
    }
}

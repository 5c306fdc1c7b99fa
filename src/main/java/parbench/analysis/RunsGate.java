package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import parbench.stats.AcrossRunsChange;

/**
 * compare's regression gate on several runs a side ({@code compare A1 A2 -- B1 B2 --max-regression
 * PCT}): the rows that got worse by more than a threshold, with the false alarms held for the
 * comparison as a whole, as {@link Gate} holds them for two files. Each comparable row is a one-sided
 * Welch t on the logs of the runs' estimates ({@link AcrossRunsChange#pWorse}), the runs being the
 * samples as in the comparison itself; Holm's step-down over the rows ({@link Gate#holm}) keeps the
 * chance that an unchanged pair of sides names any row at most alpha, whatever the number of rows.
 *
 * @param threshold   PCT as a fraction (0.05 for 5%)
 * @param tests       how many rows Holm's correction is over
 * @param regressions the rows it names, smallest p first
 */
public record RunsGate(double threshold, double alpha, int tests, List<Regression> regressions) {

    /** A row that got significantly worse than the threshold, with its one-sided p before Holm's correction. */
    public record Regression(RunsComparison.Row row, double p) {
    }

    public boolean fires() {
        return !regressions.isEmpty();
    }

    /** Over the comparison's comparable rows; a side with too few runs gives every row p = 1, and the gate cannot fire. */
    public static RunsGate of(RunsComparison c, double threshold) {
        List<Regression> candidates = new ArrayList<>();
        for (RunsComparison.Row row : c.rows()) {
            if (row.comparable()) {
                double p = AcrossRunsChange.pWorse(row.sides().base(), row.sides().other(), threshold, row.lowerBetter());
                candidates.add(new Regression(row, Double.isNaN(p) ? 1 : p));
            }
        }
        candidates.sort(Comparator.comparingDouble(Regression::p));
        int rejected = Gate.holm(candidates.stream().mapToDouble(Regression::p).toArray(), c.alpha());
        return new RunsGate(threshold, c.alpha(), candidates.size(), List.copyOf(candidates.subList(0, rejected)));
    }
}

package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import parbench.analysis.Comparison.Cell;
import parbench.analysis.Comparison.Row;
import parbench.stats.WelchTest;

/**
 * compare as a regression gate: which rows got worse by more than a threshold, with the chance
 * that any row of an unchanged pair is named held to alpha for the comparison as a whole.
 *
 * <p>Each comparable row of each file against the baseline is a one-sided test of "worse by at
 * most the threshold" (time up by more than PCT, or throughput down to less than 1 / (1 + PCT)):
 * Welch's t on log fork medians, or a U test on iterations where a file has one fork, the same
 * choice as the comparison's. Holm's step-down over all those tests controls the family-wise error
 * at alpha: on an A/A pair the gate stays silent with probability at least 1 - alpha, whatever the
 * number of rows. With normalize, a row must be worse beyond PCT both against the baseline and
 * against its file's whole-run shift (an intersection-union test, still level alpha).
 *
 * @param threshold  PCT as a fraction (0.05 for 5%)
 * @param tests      how many tests Holm's correction is over
 * @param regressions the rows it names, worst p first
 */
public record Gate(double threshold, double alpha, int tests, List<Regression> regressions) {

    /** A row that got significantly worse than the threshold, with its one-sided p before Holm's correction. */
    public record Regression(Row row, int file, double p) {
    }

    public boolean fires() {
        return !regressions.isEmpty();
    }

    public static Gate of(Comparison c, double threshold) {
        List<Regression> candidates = new ArrayList<>();
        for (Row row : c.matched()) {
            for (int f = 1; f < c.inputs().size(); f++) {
                Comparison.Change ch = row.change(f);
                if (ch.comparable()) {
                    double p = pWorse(row.cells().get(0), row.cells().get(f), ch, threshold, 1);
                    if (c.normalized()) {
                        // worse beyond PCT both against the baseline and against the run's shift
                        p = Math.max(p, pWorse(row.cells().get(0), row.cells().get(f), ch, threshold, c.shift(f)));
                    }
                    candidates.add(new Regression(row, f, Double.isNaN(p) ? 1 : p));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Regression::p));
        int rejected = holm(candidates.stream().mapToDouble(Regression::p).toArray(), c.alpha());
        return new Gate(threshold, c.alpha(), candidates.size(), List.copyOf(candidates.subList(0, rejected)));
    }

    /**
     * Holm's step-down: how many of these p-values, sorted ascending, are rejected at family-wise
     * error alpha (the i-th smallest is compared with alpha / (m - i), and the first that fails stops it).
     */
    public static int holm(double[] sortedP, double alpha) {
        int m = sortedP.length;
        int i = 0;
        while (i < m && sortedP[i] <= alpha / (m - i)) {
            i++;
        }
        return i;
    }

    /** One-sided p of "worse by at most threshold", the worse direction read from the row's mode and unit. */
    static double pWorse(Cell base, Cell other, Comparison.Change ch, double threshold, double shift) {
        double limit = Math.log1p(threshold);
        if (ch.forkLevel()) {
            double[] a = Comparison.logs(base.forkMedians(), 1);
            double[] b = Comparison.logs(other.forkMedians(), shift);
            return ch.lowerBetter() ? WelchTest.pGreater(a, b, limit) : WelchTest.pGreater(b, a, limit);
        }
        double[] a = base.iterations();
        double[] b = other.iterations().clone();
        // move the other sample back by the threshold (and the shift): what is left is a shift test
        double by = ch.lowerBetter() ? shift * (1 + threshold) : shift / (1 + threshold);
        for (int i = 0; i < b.length; i++) {
            b[i] /= by;
        }
        AlternativeHypothesis worse = ch.lowerBetter() ? AlternativeHypothesis.GREATER_THAN : AlternativeHypothesis.LESS_THAN;
        return MannWhitneyUTest.withDefaults().with(worse).test(b, a).getPValue();
    }
}

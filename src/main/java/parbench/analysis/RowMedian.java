package parbench.analysis;

import java.util.List;
import parbench.jmhfmt.BenchmarkRow;
import parbench.stats.Estimate;
import parbench.stats.Stats;

/**
 * The one median of a row, as every output prints it: the median over forks of each fork's median
 * iteration, with its interpolated 95% interval, in the row's base unit (s/op, ops/s, or its own).
 * The fork is the unit of replication (Kalibera and Jones, ISMM 2013), so iterations are never
 * pooled: with fewer than {@link #FEWEST_FORKS} forks the median has no interval, however many
 * iterations each fork ran. This suite's own points rest on the same median in seconds per
 * operation ({@link SuiteRun.Point#time}).
 *
 * @param unit the base unit the median is in
 */
public record RowMedian(BenchmarkRow row, String unit, Estimate median) {

    /** The fewest forks that give a median its 95% interval. */
    public static final int FEWEST_FORKS = Stats.fewestForInterval(Stats.CONFIDENCE);

    public static RowMedian of(BenchmarkRow r) {
        return new RowMedian(r, r.primary().baseUnit(), Stats.overForks(r.primary().forksInBase()));
    }

    static List<RowMedian> of(List<BenchmarkRow> rows) {
        return rows.stream().map(RowMedian::of).toList();
    }
}

package parbench.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import parbench.catalog.Metrics;
import parbench.jmhfmt.BenchmarkRow;
import parbench.stats.Stats;

/**
 * How much CPU time the host took from the run: steal, the share of each fork's CPU time the
 * hypervisor gave to someone else (the load profiler's {@code cpu.steal}, a fork's median over its
 * iterations). Where it is high the figures measure the host's other tenants as much as the
 * strategies: on a committed host the runs' precision followed their share of such forks, and one
 * whose forks nearly all lost a tenth found nothing faster than serial (docs/history.md).
 *
 * @param forks   the forks with a steal reading
 * @param high    how many of them had more than {@link #HIGH} of their CPU time stolen
 * @param median  the median fork's steal
 * @param highest the most any fork lost
 */
public record HostSteal(int forks, int high, double median, double highest) {

    /** A fork that lost more than this to steal ran on a host busy with others. */
    public static final double HIGH = 0.10;
    /** A run with more than this share of its forks {@link #HIGH} is flagged: the committed runs with more were the imprecise ones. */
    public static final double TOO_MANY = 0.05;

    /** Every fork's steal in these rows; empty where none was recorded (a plain JMH file, the profiler off). */
    public static Optional<HostSteal> of(List<BenchmarkRow> rows) {
        double[] forks = rows.stream().map(r -> r.secondaries().get(Metrics.STEAL)).filter(Objects::nonNull)
                .flatMapToDouble(steal -> Arrays.stream(Stats.forkMedians(steal.forks()))).sorted().toArray();
        if (forks.length == 0) {
            return Optional.empty();
        }
        int high = (int) Arrays.stream(forks).filter(s -> s > HIGH).count();
        return Optional.of(new HostSteal(forks.length, high, Stats.median(forks).value(), forks[forks.length - 1]));
    }

    /** Whether the host took enough from this run that its figures are to be read as the host's. */
    public boolean busyHost() {
        return high > TOO_MANY * forks;
    }
}

package parbench.analysis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import parbench.analysis.SuiteRun.Point;
import parbench.stats.Estimate;
import parbench.stats.Stats;

/**
 * Every figure of one point, computed once: what the report's tables, the CSV, the charts, the index
 * and compare's scaling print for it. Each is empty where the run cannot give it (no serial loop at
 * its size, no ceiling, no load profiler).
 *
 * @param speedup    serial's time / this time; for the ceiling, what the hardware gave ({@link Ceiling#speedup})
 * @param share      its share of the ceiling: speedup / the ceiling ({@link Ceiling#bound}), the one share
 *                   every output prints, worded "of the ceiling"
 * @param efficiency speedup / workers
 * @param cpu        CPU time per operation against serial's time ({@link Ratios#cpu})
 * @param flags      what a reader must be told of it
 */
public record PointFigures(Point point, Optional<Estimate> speedup, Optional<Estimate> share, Optional<Estimate> efficiency,
        Optional<Estimate> cpu, Set<Flag> flags) {

    /** A time interval wider than this (half-width / median) is flagged as too noisy to lean on. */
    public static final double WIDE = 0.10;
    /** A fork median this much above the fork's last iteration (median over forks) is not steady state. */
    public static final double WARMING = 0.05;

    public enum Flag {
        /** a strategy's speedup interval contains 1: this run cannot say whether it beats serial */
        INCONCLUSIVE,
        /** the time's interval is wider than {@link #WIDE} */
        NOISY,
        /** too few forks for an interval */
        TOO_FEW_FORKS,
        /**
         * the forks' medians lie more than {@link #WARMING} above their own last iterations (the
         * median over forks): still getting faster when measured, so the figure is not steady state
         */
        STILL_WARMING
    }

    /** The median over forks of each fork's median, with its interval. */
    public Estimate time() {
        return point.time();
    }

    /** How many forks the time rests on. */
    public int forks() {
        return point.time().n();
    }

    public boolean steady() {
        return !flags.contains(Flag.STILL_WARMING);
    }

    static PointFigures of(Point p, Optional<Point> serial, Optional<Ceiling> ceiling) {
        Optional<Estimate> speedup = p.isCeiling() ? ceiling.flatMap(Ceiling::speedup) : serial.map(s -> Ratios.ratio(s, p));
        Optional<Estimate> share = ceiling.filter(c -> c.threads() > 0).flatMap(c -> share(p, c, speedup));
        Optional<Estimate> efficiency = p.workers() <= 0 ? Optional.empty() : speedup.map(s -> s.times(1.0 / p.workers()));
        Optional<Estimate> cpu = p.forkBusy().length == 0 ? Optional.empty() : serial.map(s -> Ratios.cpu(p, s));
        return new PointFigures(p, speedup, share, efficiency, cpu, flags(p, speedup));
    }

    /**
     * speedup / the ceiling. Where the ceiling measured at or below its ideal, the ceiling's time /
     * (its threads x this time), paired by round as every ratio is; where it measured above, its
     * ideal is the bound, and the share is speedup / its threads (the cores), whatever the workers:
     * 4 workers on 2 cores can give 2x, not 4x. The ceiling's own share is 100%, or above 100% by
     * as much as it measured above its ideal.
     */
    private static Optional<Estimate> share(Point p, Ceiling c, Optional<Estimate> speedup) {
        if (c.aboveIdeal() || p.isCeiling()) {
            return speedup.map(s -> p.isCeiling() && !c.aboveIdeal() ? exactly(1, s.n()) : s.times(1.0 / c.threads()));
        }
        return Optional.of(Ratios.ratio(c.point(), p).times(1.0 / c.threads()));
    }

    /** A figure that holds by definition: its interval is the point itself. */
    private static Estimate exactly(double value, int n) {
        return new Estimate(value, value, value, n, 1);
    }

    private static Set<Flag> flags(Point p, Optional<Estimate> speedup) {
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        if (p.bench().isStrategy() && speedup.filter(s -> s.contains(1)).isPresent()) {
            f.add(Flag.INCONCLUSIVE);
        }
        if (!p.time().known()) {
            f.add(Flag.TOO_FEW_FORKS);
        } else if (p.time().relativeHalfWidth() > WIDE) {
            f.add(Flag.NOISY);
        }
        if (stillWarming(p)) {
            f.add(Flag.STILL_WARMING);
        }
        return Set.copyOf(f);
    }

    /** The median over forks of each fork's median / its last iteration, above 1 + WARMING; false with one iteration a fork. */
    static boolean stillWarming(Point p) {
        double[] ratios = Arrays.stream(p.row().primary().forksInSecondsPerOp()).filter(f -> f.length > 1)
                .mapToDouble(f -> Stats.median(f).value() / f[f.length - 1]).toArray();
        return ratios.length > 0 && Stats.median(ratios).value() > 1 + WARMING;
    }
}

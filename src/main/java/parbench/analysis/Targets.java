package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workers;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * How close a run's headline figures are to the precision it aims at: each in-process strategy's
 * share of the ceiling and speedup at range sum's headline size (at workers = cores), each
 * in-process strategy's break-even on range sum, and the memory-bound headline: the speedup of the
 * strategy the verdict names for squares. That one aims at a looser goal
 * ({@link Goals#memorySpeedupPercent}): memory-bound rounds scatter about ten times as much as
 * CPU-bound ones, so a goal of a point or a percent would take every minute of the run. An
 * adaptive run gives its further rounds to the sizes whose figures are furthest from their goals;
 * the report says which were met.
 *
 * @param goals        what the run aimed at
 * @param targets      one per headline figure, in table order
 * @param roundSeconds for each target, in the same order, what a round of the configurations that
 *                     decide it took here (serial, the ceiling where it has one, the strategy; for a
 *                     break-even, serial and the strategy at each size around it); NaN where the
 *                     run's record does not say
 */
public record Targets(Goals goals, List<Target> targets, List<Double> roundSeconds) {

    public Targets(Goals goals, List<Target> targets) {
        this(goals, targets, targets.stream().map(t -> Double.NaN).toList());
    }

    /**
     * About how many minutes more of forks would meet a target on this machine: the rounds it still
     * needs ({@link Target#roundsNeeded}) at what a round of its configurations took; empty where it
     * is met or either is unknown.
     */
    public java.util.OptionalDouble minutesMore(Target t) {
        int i = targets.indexOf(t);
        double seconds = i < 0 ? Double.NaN : roundSeconds.get(i);
        if (t.roundsNeeded().isEmpty() || !Double.isFinite(seconds)) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(Math.max(0, t.roundsNeeded().getAsLong() - t.estimate().n()) * seconds / 60);
    }

    /**
     * @param sharePoints    the larger side of a share's 95% interval, in percentage points
     * @param speedupPercent the larger side of a speedup's 95% interval, in percent of the speedup
     * @param bracket        the widest a break-even's interval may be, as its upper end / its lower end
     */
    public record Goals(double sharePoints, double speedupPercent, double bracket) {
        public static final Goals DEFAULT = new Goals(1, 1, 1.25);

        /** How much looser the memory-bound speedup's goal is than a CPU-bound one's. */
        public static final double MEMORY_LOOSER = 10;

        /** The goal for the memory-bound headline's speedup: ±10% where the CPU-bound ones aim at ±1%. */
        public double memorySpeedupPercent() {
            return MEMORY_LOOSER * speedupPercent;
        }
    }

    public enum Figure { SHARE, SPEEDUP, BREAK_EVEN }

    /**
     * One headline figure against its goal.
     *
     * @param estimate the figure (a share as a fraction, a speedup, a break-even size)
     * @param reached  the same measure as the goal: points, percent, or the bracket's ratio; infinite without an interval
     * @param sizes    the sizes whose measurements decide it: where more forks would narrow it
     */
    public record Target(Figure figure, Workload workload, long size, String strategy, Estimate estimate, double reached,
            double goal, List<Long> sizes) {
        public boolean met() {
            return reached <= goal;
        }

        /**
         * About how many rounds would meet the goal: an interval narrows as 1 / sqrt(rounds), so a
         * target missed by a factor d needs about d^2 times its rounds; empty where it is met or has
         * no interval to scale.
         */
        public java.util.OptionalLong roundsNeeded() {
            int n = estimate.n();
            double d = distance();
            return met() || !Double.isFinite(d) ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(Math.round(Math.ceil(n * d * d)));
        }

        /** How far from its goal, on a scale where 1 is met: the interval's width over the goal's (log scale for brackets). */
        public double distance() {
            return figure == Figure.BREAK_EVEN ? Math.log(reached) / Math.log(goal) : reached / goal;
        }
    }

    static Targets of(Figures figures, Optional<Costs> rangeSum, Goals goals) {
        List<Target> targets = new ArrayList<>();
        figures.workload(Workload.RANGE_SUM).headlineSize().ifPresent(n -> figures.at(Workload.RANGE_SUM, n).stream()
                .filter(f -> inProcessAtCores(f.point())).forEach(f -> headline(f, goals, targets)));
        figures.workload(Workload.SQUARES).winner().filter(f -> inProcessAtCores(f.point()))
                .ifPresent(f -> memoryBound(f, goals, targets));
        rangeSum.ifPresent(c -> c.models().stream().filter(m -> inProcessAtCores(m.points().get(0)))
                .filter(m -> !m.neverCrosses() && c.crossing(m) == Costs.Crossing.BETWEEN)
                .forEach(m -> targets.add(breakEven(c, m, goals))));
        return new Targets(goals, targets, targets.stream().map(t -> roundSeconds(figures.suite(), t)).toList());
    }

    /** What a round of the configurations deciding a target took: serial, the ceiling and the strategy at each of its sizes. */
    private static double roundSeconds(SuiteRun run, Target t) {
        double seconds = 0;
        for (long n : t.sizes()) {
            for (Point p : run.at(t.workload(), n)) {
                if (p.isSerial() || p.isCeiling() || inProcessAtCores(p) && p.label().equals(t.strategy())) {
                    java.util.OptionalDouble s = run.forkSeconds(p);
                    if (s.isEmpty()) {
                        return Double.NaN;
                    }
                    seconds += s.getAsDouble();
                }
            }
        }
        return seconds > 0 ? seconds : Double.NaN;
    }

    static boolean inProcessAtCores(Point p) {
        return p.bench().isStrategy() && !p.processes() && !p.series().perElement() && p.series().ranked()
                && Workers.CORES.equals(p.workersSymbol());
    }

    private static void headline(PointFigures f, Goals goals, List<Target> targets) {
        Point p = f.point();
        List<Long> at = List.of(p.size());
        f.share().ifPresent(s -> targets.add(new Target(Figure.SHARE, p.workload(), p.size(), p.label(), s,
                s.known() ? 100 * Math.max(s.hi() - s.value(), s.value() - s.lo()) : Double.POSITIVE_INFINITY,
                goals.sharePoints(), at)));
        f.speedup().ifPresent(s -> targets.add(new Target(Figure.SPEEDUP, p.workload(), p.size(), p.label(), s,
                100 * s.relativeHalfWidth(), goals.speedupPercent(), at)));
    }

    /** The memory-bound headline: the speedup the verdict gives for squares. */
    private static void memoryBound(PointFigures f, Goals goals, List<Target> targets) {
        Point p = f.point();
        f.speedup().ifPresent(s -> targets.add(new Target(Figure.SPEEDUP, p.workload(), p.size(), p.label(), s,
                100 * s.relativeHalfWidth(), goals.memorySpeedupPercent(), List.of(p.size()))));
    }

    /** The sizes around the break-even's interval: from the last measured at or below its lower end to the first at or above its upper end. */
    private static Target breakEven(Costs c, CostModel m, Goals goals) {
        Estimate n = m.crossing();
        List<Long> sizes = m.points().stream().map(Point::size).toList();
        long from = sizes.stream().filter(s -> s <= n.lo()).reduce((a, b) -> b).orElse(sizes.get(0));
        long to = sizes.stream().filter(s -> s >= n.hi()).findFirst().orElse(sizes.get(sizes.size() - 1));
        List<Long> around = sizes.stream().filter(s -> s >= from && s <= to).toList();
        double reached = n.known() && n.lo() > 0 ? n.hi() / n.lo() : Double.POSITIVE_INFINITY;
        return new Target(Figure.BREAK_EVEN, Workload.RANGE_SUM, 0, m.series().label(), n, reached, goals.bracket(), around);
    }

    public boolean allMet() {
        return targets.stream().allMatch(Target::met);
    }

    public long met() {
        return targets.stream().filter(Target::met).count();
    }
}

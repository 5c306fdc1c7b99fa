package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Series;
import parbench.catalog.Workers;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.work.Tuning;

/**
 * What tuning a strategy is worth beside what choosing another mechanism is worth, at each size the
 * run measured a tuning at: the experiment that keeps a ranking of mechanisms about mechanisms.
 *
 * <p>A tuning's effect is the declared policy's time over the tuned time (above 1: the tuning is
 * faster), paired by round where the two ran in the same rounds. A strategy's gap to the fastest
 * mechanism is its declared time over the fastest ranked strategy's time at that size: what
 * switching mechanism, rather than tuning, would give it.
 *
 * @param strategies one line per tuned strategy and size, in table order
 */
public record TuningEffects(List<Strategy> strategies) {

    /** One tuning of one strategy at one size. */
    public record Effect(Tuning tuning, Point tuned, Estimate effect, Optional<Estimate> speedup) {
    }

    /**
     * One strategy at one size under the declared policy, and each tuning measured there.
     *
     * @param fastest   the fastest ranked in-process strategy at workers = cores at that size
     * @param gap       this strategy's time over the fastest's; empty where it is the fastest
     * @param largest   of the tunings, the one whose effect is furthest from 1
     * @param relation  how the largest effect stands against the gap, by their intervals
     */
    public record Strategy(Series series, long size, Point declared, Optional<Estimate> speedup, List<Effect> effects,
            Point fastest, Optional<Estimate> gap, Effect largest, Relation relation) {
    }

    /** Whether a tuning moves a strategy more than the choice of mechanism does, as far as the intervals tell. */
    public enum Relation {
        /** the largest tuning's effect exceeds the gap to the fastest mechanism: its interval lies wholly above the gap's */
        TUNING_MORE,
        /** the gap to the fastest mechanism exceeds every tuning's effect */
        MECHANISM_MORE,
        /** their intervals overlap: this run cannot say which moves it more */
        COMPARABLE
    }

    public static TuningEffects of(Figures figures) {
        List<Strategy> lines = new ArrayList<>();
        SuiteRun run = figures.suite();
        for (long size : run.sizes(Workload.RANGE_SUM)) {
            List<Point> at = run.at(Workload.RANGE_SUM, size);
            for (Point declared : at) {
                if (declared.series().ranked() && atCores(declared)) {
                    line(figures, declared, at).ifPresent(lines::add);
                }
            }
        }
        return new TuningEffects(lines);
    }

    public boolean isEmpty() {
        return strategies.isEmpty();
    }

    private static Optional<Strategy> line(Figures figures, Point declared, List<Point> at) {
        List<Effect> effects = new ArrayList<>();
        for (Point p : at) {
            if (p.series().tuning() != null && p.series().declared().equals(declared.series()) && atCores(p)) {
                effects.add(new Effect(p.series().tuning(), p, Ratios.ratio(declared, p), figures.of(p).speedup()));
            }
        }
        Optional<Point> fastest = at.stream().filter(TuningEffects::mechanism).min(Comparator.comparingDouble(q -> q.time().value()));
        if (effects.isEmpty() || fastest.isEmpty()) {
            return Optional.empty();
        }
        Optional<Estimate> gap = fastest.get() == declared ? Optional.empty() : Optional.of(Ratios.ratio(declared, fastest.get()));
        Effect largest = effects.stream().max(Comparator.comparingDouble(e -> Math.abs(Math.log(e.effect().value())))).orElseThrow();
        return Optional.of(new Strategy(declared.series(), declared.size(), declared, figures.of(declared).speedup(), effects,
                fastest.get(), gap, largest, relation(largest.effect(), gap)));
    }

    /** A strategy the ranking compares at workers = cores: in process, under the declared policy, not per element. */
    private static boolean mechanism(Point p) {
        return p.bench().isStrategy() && !p.processes() && p.series().ranked() && !p.series().perElement() && atCores(p);
    }

    private static boolean atCores(Point p) {
        return Workers.CORES.equals(p.workersSymbol());
    }

    /**
     * An effect and a gap are both factors of speed; a tuning that slows the strategy moves it by
     * the inverse. Without a gap (the strategy is the fastest) any effect that excludes 1 is more.
     */
    static Relation relation(Estimate effect, Optional<Estimate> gap) {
        double[] e = magnitude(effect);
        double[] g = gap.map(TuningEffects::magnitude).orElse(new double[] {1, 1});
        if (e[0] > g[1]) {
            return Relation.TUNING_MORE;
        }
        return g[0] > e[1] ? Relation.MECHANISM_MORE : Relation.COMPARABLE;
    }

    /** The interval of max(x, 1/x): how far from 1 a factor lies, whichever way. */
    private static double[] magnitude(Estimate x) {
        if (x.lo() >= 1) {
            return new double[] {x.lo(), x.hi()};
        }
        if (x.hi() <= 1) {
            return new double[] {1 / x.hi(), 1 / x.lo()};
        }
        return new double[] {1, Math.max(x.hi(), 1 / x.lo())};
    }
}

package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.catalog.Workers;
import parbench.work.Policy;

/**
 * What a run concludes, as data: which strategy to use for CPU-bound work and how close its rivals
 * are, the best child-process strategy, from what size each strategy pays (measured, and from its
 * cost model), what limits the
 * memory-bound work, how sleeping work scales, and the best policy for uneven tasks. The report
 * words it; the index takes its winner.
 */
public record Verdict(Optional<Cpu> cpu, Optional<Point> processes,
        List<CostModel> costModels, Optional<Memory> memory, Optional<Point> sleepingPool, Optional<Point> unevenLongestFirst,
        Optional<Cpu> kernel, List<CostModel> kernelModels) {

    /**
     * @param beatsSerial the winner's speedup interval lies above 1
     * @param rivals      other strategies at the same worker count whose time ratio to the
     *                    winner's has 1 within its interval
     */
    public record Cpu(long size, Point best, boolean beatsSerial, List<Series> rivals) {
    }

    /** What sets the limit for memory-bound work; each named only where its interval rules out the others. */
    public enum Limit {
        /** independent threads themselves get well under the core count (their interval's top below 90% of it) */
        BANDWIDTH,
        /** the best strategy gets at least 95% of what independent threads get (its share's interval at or above) */
        NONE,
        /** independent threads scale (at least 90% of the cores), the strategy does not (its share below 95%): splitting and joining one array */
        SPLITTING,
        /** the intervals overlap the lines between the causes: this run cannot tell which */
        UNDECIDED
    }

    /** @param limit empty where the ceiling or the share has no interval (too few forks) to judge by */
    public record Memory(long size, Point best, Optional<Estimate> ceiling, Optional<Limit> limit) {
    }

    static Verdict of(SuiteRun run, Map<Workload, Costs> costs) {
        return new Verdict(cpu(run), run.headlineSize(Workload.RANGE_SUM).flatMap(n -> run.best(Workload.RANGE_SUM, n, true)),
                models(costs, Workload.RANGE_SUM), memory(run), sleepingPool(run), unevenLongestFirst(run),
                cpu(run, Workload.KERNEL), models(costs, Workload.KERNEL));
    }

    private static List<CostModel> models(Map<Workload, Costs> costs, Workload w) {
        return costs.containsKey(w) ? costs.get(w).models() : List.of();
    }

    private static Optional<Cpu> cpu(SuiteRun run) {
        return cpu(run, Workload.RANGE_SUM);
    }

    /** The in-process strategy to use at a workload's largest size: range sum, or a user's kernel. */
    private static Optional<Cpu> cpu(SuiteRun run, Workload w) {
        return run.winner(w).map(best -> new Cpu(best.size(), best,
                run.speedup(best).map(s -> s.lo() > 1).orElse(false), rivals(run, best)));
    }

    private static List<Series> rivals(SuiteRun run, Point best) {
        List<Series> rivals = new ArrayList<>();
        for (Point p : run.at(best.workload(), best.size())) {
            if (p != best && p.bench().isStrategy() && p.workers() == best.workers()
                    && SuiteRun.ratio(p, best).contains(1) && !rivals.contains(p.series())) {
                rivals.add(p.series());
            }
        }
        return rivals;
    }

    private static Optional<Memory> memory(SuiteRun run) {
        return run.winner(Workload.SQUARES).map(best -> {
            Optional<Estimate> ceiling = run.ceilingSpeedup(Workload.SQUARES, best.size());
            Optional<Estimate> share = run.ofCeiling(best);
            Optional<Limit> limit = ceiling.filter(Estimate::known).flatMap(c -> share.filter(Estimate::known)
                    .map(o -> limit(c, o, run.cores())));
            return new Memory(best.size(), best, ceiling, limit);
        });
    }

    static Limit limit(Estimate ceiling, Estimate share, int cores) {
        if (ceiling.hi() < 0.9 * cores) {
            return Limit.BANDWIDTH;
        }
        if (share.lo() >= 0.95) {
            return Limit.NONE;
        }
        return share.hi() < 0.95 && ceiling.lo() >= 0.9 * cores ? Limit.SPLITTING : Limit.UNDECIDED;
    }

    private static Optional<Point> sleepingPool(SuiteRun run) {
        return run.sizes(Workload.SLEEPING).stream().findFirst().flatMap(millis -> run.find(Workload.SLEEPING, millis,
                Series.of(Bench.FIXED_POOL), Workers.TWICE_CORES));
    }

    private static Optional<Point> unevenLongestFirst(SuiteRun run) {
        return run.sizes(Workload.UNEVEN_SLEEP).stream().findFirst().flatMap(unit -> run.at(Workload.UNEVEN_SLEEP, unit)
                .stream().filter(p -> p.series().policy() == Policy.LONGEST_FIRST).findFirst());
    }
}

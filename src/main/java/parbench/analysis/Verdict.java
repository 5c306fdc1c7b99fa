package parbench.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
public record Verdict(Optional<Cpu> cpu, Optional<PointFigures> processes,
        List<CostModel> costModels, Optional<Memory> memory, Optional<Sleeping.Line> sleepingPool,
        Optional<Makespans.Line> unevenLongestFirst,
        Optional<Cpu> kernel, List<CostModel> kernelModels) {

    /**
     * @param beatsSerial the winner's speedup interval lies above 1
     * @param rivals      other strategies at the same worker count whose time ratio to the
     *                    winner's has 1 within its interval ({@link WorkloadFigures#ties})
     */
    public record Cpu(long size, PointFigures best, boolean beatsSerial, List<Series> rivals) {
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
    public record Memory(long size, PointFigures best, Optional<Estimate> ceiling, Optional<Limit> limit) {
    }

    static Verdict of(Figures figures, Map<Workload, Costs> costs, Optional<Sleeping> sleeping, Optional<Makespans> makespans) {
        return new Verdict(cpu(figures, Workload.RANGE_SUM), figures.workload(Workload.RANGE_SUM).bestProcesses(),
                models(costs, Workload.RANGE_SUM), memory(figures), sleeping.flatMap(Verdict::sleepingPool),
                makespans.map(m -> m.line(Policy.LONGEST_FIRST)).filter(l -> l.sleepUnits().isPresent()),
                cpu(figures, Workload.KERNEL), models(costs, Workload.KERNEL));
    }

    private static List<CostModel> models(Map<Workload, Costs> costs, Workload w) {
        return costs.containsKey(w) ? costs.get(w).models() : List.of();
    }

    /** The in-process strategy to use at a workload's headline size: range sum, or a user's kernel. */
    private static Optional<Cpu> cpu(Figures figures, Workload w) {
        WorkloadFigures wf = figures.workload(w);
        return wf.winner().map(best -> new Cpu(best.point().size(), best,
                best.speedup().map(s -> s.lo() > 1).orElse(false), wf.ties()));
    }

    private static Optional<Memory> memory(Figures figures) {
        return figures.workload(Workload.SQUARES).winner().map(best -> {
            Optional<Estimate> ceiling = figures.block(Workload.SQUARES, best.point().size())
                    .flatMap(BlockFigures::ceiling).flatMap(Ceiling::speedup);
            Optional<Estimate> share = best.share();
            Optional<Limit> limit = ceiling.filter(Estimate::known).flatMap(c -> share.filter(Estimate::known)
                    .map(o -> limit(c, o, figures.suite().cores())));
            return new Memory(best.point().size(), best, ceiling, limit);
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

    /** A pool of twice the cores at the shortest sleep: waiting scales with workers, not cores. */
    private static Optional<Sleeping.Line> sleepingPool(Sleeping s) {
        return s.tables().get(0).lines().stream().filter(l -> l.figures().point().series().equals(Series.of(Bench.FIXED_POOL))
                && l.figures().point().workersSymbol().equals(Workers.TWICE_CORES)).findFirst();
    }
}

package parbench.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import parbench.analysis.BlockFigures;
import parbench.analysis.Ceiling;
import parbench.analysis.CostModel;
import parbench.analysis.Costs;
import parbench.analysis.HostSteal;
import parbench.analysis.PointFigures;
import parbench.analysis.RowMedian;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.analysis.Verdict;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.stats.Stats;
import parbench.work.Policy;
import parbench.work.SleepingTasks;
import parbench.work.UnevenTasks;

/** The verdict of a run in words: the first section of its report. */
final class VerdictText {
    private final RunAnalysis analysis;
    private final SuiteRun suite;
    private final StringBuilder md;

    VerdictText(RunAnalysis analysis, StringBuilder md) {
        this.analysis = analysis;
        this.suite = analysis.suite();
        this.md = md;
    }

    void write(Verdict v) {
        line("## Verdict");
        line("");
        v.cpu().ifPresent(c -> cpu(c, "- **CPU-bound work** (range sum of " + Format.count(c.size()) + "): ",
                Workload.RANGE_SUM));
        v.processes().ifPresent(f -> line("- **Child processes** at that size: best is " + f.point().label() + " with "
                + Format.workers(f.point().workers()) + ", " + speedupText(f) + "; threads need no processes to use every core."));
        if (v.cpu().isPresent() && !v.costModels().isEmpty()) {
            line("- **Where parallelism breaks even** (range sum, workers = cores: the size at which each strategy's "
                    + "measured speedup rises through 1, with its 95% interval; above it the strategy is faster): "
                    + v.costModels().stream().map(m -> m.series().label() + " " + crossing(m))
                    .collect(Collectors.joining("; ")) + ".");
        }
        v.memory().ifPresent(this::memory);
        v.sleepingPool().ifPresent(p -> line("- **Sleeping (waiting) work** scales with workers, not cores: a pool of "
                + p.workers() + " runs " + SleepingTasks.TASKS + " sleeps of " + p.size() + " ms in "
                + Format.timeWithError(p.time()) + " (ideal " + SleepingTasks.idealMillis(SleepingTasks.TASKS, p.workers(), p.size())
                + " ms), on " + processors() + "."));
        v.unevenLongestFirst().ifPresent(this::uneven);
        analysis.steal().filter(HostSteal::busyHost).ifPresent(st -> line("- **The host was busy with others**: "
                + StealText.figures(st) + ". The figures above measure its other tenants as much as the strategies "
                + "(the intervals are wider, and a strategy can look slower than serial); run again when it is quiet."));
        for (RunAnalysis.At missing : analysis.headlineMissing()) {
            line("- **Not measured**: " + suite.title(missing.workload()) + " at " + missing.workload().sizeParam + " = "
                    + Format.count(missing.size()) + ", the plan's headline size; the figures above read the largest "
                    + "size this run measured, " + suite.largest(missing.workload()).map(Format::count).orElse("?") + ".");
        }
        v.kernel().ifPresent(c -> cpu(c, "- **Your kernel**, " + suite.kernel().orElse("?") + " (n = " + Format.count(c.size())
                + "): ", Workload.KERNEL));
        if (v.kernel().isPresent() && !v.kernelModels().isEmpty()) {
            line("- **Where spreading your kernel breaks even** (workers = cores: the n at which each strategy's "
                    + "measured speedup rises through 1, with its 95% interval): " + v.kernelModels().stream()
                    .map(m -> m.series().label() + " " + crossing(m)).collect(Collectors.joining("; ")) + ".");
        }
        line("");
    }

    private void cpu(Verdict.Cpu c, String work, Workload w) {
        PointFigures best = c.best();
        Point b = best.point();
        if (best.speedup().map(x -> !x.known()).orElse(true)) {
            line(work + "fastest is **" + b.label() + "** with " + Format.workers(b.workers()) + ": " + speedupText(best)
                    + "; with " + b.time().n() + (b.time().n() == 1 ? " fork" : " forks") + " there is no interval, so "
                    + "whether it beats serial is not measured (" + RowMedian.FEWEST_FORKS
                    + " forks or more give one).");
            return;
        }
        if (!c.beatsSerial()) {
            line(work + "**nothing beats the serial loop** here (" + processors() + "); the fastest, " + b.label()
                    + " with " + Format.workers(b.workers()) + ", is " + speedupText(best) + ", within its error of serial.");
            return;
        }
        String figures = speedupText(best, true) + best.cpu().map(x -> ", for " + Format.ratio(x, "×") + " the CPU time of serial")
                .orElse("");
        if (c.rivals().isEmpty()) {
            line(work + "use **" + b.label() + "** with " + Format.workers(b.workers()) + ": " + figures
                    + ". Nothing else at that worker count is within its error.");
            return;
        }
        List<String> others = c.rivals().stream().map(Series::label).toList();
        line(work + "a tie, at " + Format.workers(b.workers()) + ", between **" + b.label() + "**; "
                + String.join("; ", others.subList(0, others.size() - 1)) + (others.size() > 1 ? "; and " : "and ")
                + others.get(others.size() - 1) + ": each is within its error of the fastest measured, so this run cannot "
                + "rank them, and any of them will do. Fastest measured, " + b.label() + ": " + figures + ".");
    }

    private void memory(Verdict.Memory m) {
        Point b = m.best().point();
        line("- **Memory-bound work** (squares into an array of " + Format.count(m.size()) + "): best is " + b.label()
                + " with " + Format.workers(b.workers()) + ", " + speedupText(m.best())
                + m.ceiling().map(c -> "; independent threads get " + Format.ratio(c, "×")
                        + m.limit().map(VerdictText::limit).orElse(" here (no interval: too few forks to say what sets the limit)"))
                        .orElse("") + ".");
    }

    private static String limit(Verdict.Limit limit) {
        switch (limit) {
            case BANDWIDTH: return " here, so memory bandwidth, not the core count, sets the limit";
            case NONE: return " here: as much as the hardware gives";
            case UNDECIDED: return " here; the intervals do not tell whether memory bandwidth or splitting one array sets the limit";
            default: return " here, so what is lost is lost to splitting and joining one array, not to the hardware";
        }
    }

    private void uneven(Point p) {
        line("- **Uneven tasks**: hand them out longest first from a shared queue: "
                + Format.ratio(parbench.analysis.Makespans.sleepUnits(p), " units") + " against "
                + theory(Policy.LONGEST_FIRST) + " in theory, where a contiguous split gives " + theory(Policy.CONTIGUOUS)
                + " and a strided one " + theory(Policy.STRIDED) + ".");
    }

    private static long theory(Policy policy) {
        return UnevenTasks.theoreticalMakespan(policy, UnevenTasks.SIZES, UnevenTasks.WORKERS);
    }

    private String speedupText(PointFigures f) {
        return speedupText(f, false);
    }

    /** "1.92× [1.89, 1.96] over serial (96% [94%, 98%] of the ceiling)", with what the ceiling was where asked. */
    private String speedupText(PointFigures f, boolean withCeiling) {
        Optional<Ceiling> ceiling = analysis.figures().block(f.point().workload(), f.point().size()).flatMap(BlockFigures::ceiling)
                .filter(c -> c.speedup().isPresent() && withCeiling);
        // a ceiling above its own ideal is the host's noise: the ideal is then the bound
        String which = ceiling.map(c -> c.aboveIdeal()
                ? ", its ideal " + c.threads() + "× here: the measured " + Format.ratio(c.speedup().get(), "×")
                        + " is above it, the host's noise"
                : ", " + Format.ratio(c.speedup().get(), "×") + " measured").orElse("");
        return f.speedup().map(x -> Format.ratio(x, "×") + " over serial").orElse("no serial baseline")
                + f.share().map(x -> " (" + Format.percent(x) + " of the ceiling" + which + ")").orElse("");
    }

    private String processors() {
        return suite.cores() + " available processor" + (suite.cores() == 1 ? "" : "s");
    }

    /** The measured break-even: "breaks even at 145,000 [118,000, 187,000]", "never, in the sizes measured", or "at or below 1,000". */
    String crossing(CostModel m) {
        Costs costs = analysis.costs().get(m.points().get(0).workload());
        switch (costs.crossing(m)) {
            case NEVER:
                return "never, in the sizes measured" + (m.never() ? "" : " (the cost model's line extrapolates "
                        + Format.approxCount(m.breakEven().value()) + ")");
            case AT_SMALLEST:
                return "faster from the smallest size measured, " + Format.count(costs.sizes().get(0)) + ", or below";
            default:
                return "breaks even at " + Format.sizeRange(m.crossing());
        }
    }

    /** The cost model's n*: "24,600 [21,000, 30,100]", "never", or where n* lies outside the sizes measured. */
    String breakEven(CostModel m) {
        Estimate n = m.breakEven();
        switch (analysis.costs().get(m.points().get(0).workload()).lineBreakEven(m)) {
            case NEVER:
                return "never (its cost per element is no lower than serial's)";
            case BEYOND_SIZES:
                return "beyond the sizes measured (the model extrapolates " + Format.sizeRange(n) + ")";
            case BELOW_SIZES:
                return "below the smallest size measured (" + Format.sizeRange(n) + ")";
            default:
                return "meets serial's at " + Format.sizeRange(n);
        }
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}

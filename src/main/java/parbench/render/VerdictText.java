package parbench.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import parbench.analysis.BlockFigures;
import parbench.analysis.Ceiling;
import parbench.analysis.CostModel;
import parbench.analysis.HostSteal;
import parbench.analysis.Makespans;
import parbench.analysis.PointFigures;
import parbench.analysis.RowMedian;
import parbench.analysis.RunAnalysis;
import parbench.analysis.Sleeping;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.analysis.Verdict;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.work.Policy;

/** The verdict of a run in words: the first section of its report. */
final class VerdictText implements ReportSection {
    private final RunAnalysis analysis;
    private final SuiteRun suite;

    VerdictText(RunAnalysis analysis) {
        this.analysis = analysis;
        this.suite = analysis.suite();
    }

    @Override
    public void write(Markdown md) {
        Verdict v = analysis.verdict();
        md.line("## Verdict").line("");
        v.cpu().ifPresent(c -> cpu(md, c, "- **CPU-bound work** (range sum of " + Format.count(c.size())
                + (suite.declaresPolicy() ? "; every strategy under one policy: " + TuningText.POLICY : "") + "): "));
        tuning(md);
        v.processes().ifPresent(f -> md.line("- **Child processes** at that size: best is " + f.point().label() + " with "
                + Format.workers(f.point().workers()) + ", " + speedupText(f, false)
                + "; threads need no processes to use every core."));
        if (v.cpu().isPresent() && !v.costModels().isEmpty()) {
            md.line("- **Where parallelism breaks even** (range sum, workers = cores: the size at which each strategy's "
                    + "measured speedup rises through 1, with its 95% interval; above it the strategy is faster): "
                    + crossings(v.costModels()) + ".");
        }
        v.memory().ifPresent(m -> memory(md, m));
        v.sleepingPool().ifPresent(l -> sleeping(md, l));
        v.unevenLongestFirst().ifPresent(l -> uneven(md, l));
        analysis.steal().filter(HostSteal::busyHost).ifPresent(st -> md.line("- **The host was busy with others**: "
                + StealText.figures(st) + ". The figures above measure its other tenants as much as the strategies "
                + "(the intervals are wider, and a strategy can look slower than serial); run again when it is quiet."));
        for (RunAnalysis.At missing : analysis.headlineMissing()) {
            Workload w = missing.workload();
            md.line("- **Not measured**: " + suite.title(w) + " at " + w.sizeParam + " = " + Format.count(missing.size())
                    + ", the plan's headline size; the figures above read the largest size this run measured, "
                    + analysis.figures().workload(w).headlineSize().map(Format::count).orElse("?") + ".");
        }
        v.kernel().ifPresent(c -> cpu(md, c, "- **Your kernel**, " + suite.kernel().orElse("?") + " (n = "
                + Format.count(c.size()) + "): "));
        if (v.kernel().isPresent() && !v.kernelModels().isEmpty()) {
            md.line("- **Where spreading your kernel breaks even** (workers = cores: the n at which each strategy's "
                    + "measured speedup rises through 1, with its 95% interval): " + crossings(v.kernelModels()) + ".");
        }
        md.line("");
    }

    /** The tuning's verdict: where a tuning moved a strategy more than the choice of mechanism would. */
    private void tuning(Markdown md) {
        if (analysis.tuning().isEmpty()) {
            return;
        }
        List<String> more = analysis.tuning().strategies().stream()
                .filter(s -> s.relation() == parbench.analysis.TuningEffects.Relation.TUNING_MORE).map(TuningText::sentence)
                .map(x -> x.replace("**", "")).toList();
        md.line("- **What the tuning is worth** (the pool and manual threads; section below): " + (more.isEmpty()
                ? "no tuning moved a strategy more than the choice of mechanism does."
                : String.join(" ", more)));
    }

    private String crossings(List<CostModel> models) {
        return models.stream().map(m -> m.series().label() + " "
                + BreakEvenWords.crossing(analysis.costs().get(m.points().get(0).workload()), m)).collect(Collectors.joining("; "));
    }

    private void cpu(Markdown md, Verdict.Cpu c, String work) {
        PointFigures best = c.best();
        Point b = best.point();
        String with = " with " + Format.workers(b.workers());
        if (best.speedup().map(x -> !x.known()).orElse(true)) {
            md.line(work + "fastest is **" + b.label() + "**" + with + ": " + speedupText(best, false) + "; with "
                    + best.forks() + (best.forks() == 1 ? " fork" : " forks") + " there is no interval, so whether it beats "
                    + "serial is not measured (" + RowMedian.FEWEST_FORKS + " forks or more give one).");
            return;
        }
        if (!c.beatsSerial()) {
            md.line(work + "**nothing beats the serial loop** here (" + processors() + "); the fastest, " + b.label() + with
                    + ", is " + speedupText(best, false) + ", within its error of serial.");
            return;
        }
        String figures = speedupText(best, true) + best.cpu().map(x -> ", for " + Format.ratio(x, "×") + " the CPU time of serial")
                .orElse("");
        if (c.rivals().isEmpty()) {
            md.line(work + "use **" + b.label() + "**" + with + ": " + figures + ". Nothing else at that worker count is within its error.");
            return;
        }
        List<String> others = c.rivals().stream().map(Series::label).toList();
        md.line(work + "a tie, at " + Format.workers(b.workers()) + ", between **" + b.label() + "**; "
                + String.join("; ", others.subList(0, others.size() - 1)) + (others.size() > 1 ? "; and " : "and ")
                + others.get(others.size() - 1) + ": each is within its error of the fastest measured, so this run cannot "
                + "rank them, and any of them will do. Fastest measured, " + b.label() + ": " + figures + ".");
    }

    private void memory(Markdown md, Verdict.Memory m) {
        Point b = m.best().point();
        md.line("- **Memory-bound work** (squares into an array of " + Format.count(m.size()) + "): best is " + b.label()
                + " with " + Format.workers(b.workers()) + ", " + speedupText(m.best(), false)
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

    private void sleeping(Markdown md, Sleeping.Line l) {
        Point p = l.figures().point();
        md.line("- **Sleeping (waiting) work** scales with workers, not cores: a pool of " + p.workers() + " runs "
                + analysis.sleeping().orElseThrow().tasks() + " sleeps of " + p.size() + " ms in " + Format.timeWithError(p.time())
                + " (ideal " + l.idealMillis() + " ms), on " + processors() + ".");
    }

    private void uneven(Markdown md, Makespans.Line longestFirst) {
        Makespans m = analysis.makespans().orElseThrow();
        md.line("- **Uneven tasks**: hand them out longest first from a shared queue: "
                + Format.ratio(longestFirst.sleepUnits().orElseThrow(), " units") + " against " + longestFirst.theory()
                + " in theory, where a contiguous split gives " + m.line(Policy.CONTIGUOUS).theory() + " and a strided one "
                + m.line(Policy.STRIDED).theory() + ".");
    }

    /**
     * "1.92× [1.89, 1.96] over serial (96% [94%, 98%] of the ceiling)"; with the ceiling, what it was:
     * as measured, or its ideal where it measured above that (the host's noise).
     */
    private String speedupText(PointFigures f, boolean withCeiling) {
        Optional<Ceiling> ceiling = analysis.figures().block(f.point().workload(), f.point().size()).flatMap(BlockFigures::ceiling)
                .filter(c -> c.speedup().isPresent() && withCeiling);
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
}

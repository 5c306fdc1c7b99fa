package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parbench.analysis.CeilingGap;
import parbench.analysis.CostModel;
import parbench.analysis.Costs;
import parbench.analysis.Makespans;
import parbench.analysis.Overheads;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.jmhfmt.BenchmarkRow;
import parbench.machine.MachineRecord;
import parbench.machine.MachineText;
import parbench.stats.Estimate;
import parbench.stats.Stats;
import parbench.work.Policy;
import parbench.work.SleepingTasks;
import parbench.work.UnevenTasks;

/**
 * The Markdown a person reads for one run: what to use on this machine first, then the tables
 * that back it. Every figure carries its 95% interval; a row whose interval is too wide to say
 * whether it beats serial is marked.
 */
public final class RunReport {
    private final String title;
    private final List<BenchmarkRow> rows;
    private final MachineRecord machine;
    private final RunAnalysis analysis;
    private final SuiteRun suite;
    private final List<RunChart> charts;
    private final StringBuilder md = new StringBuilder();

    /**
     * @param analysis the run's analysis, computed once from rows and machine
     * @param traced   the uneven tasks' traced timelines, null where the run recorded none
     */
    public RunReport(String title, List<BenchmarkRow> rows, MachineRecord machine, RunAnalysis analysis,
            UnevenTasks.Traced traced) {
        this.title = title;
        this.rows = rows;
        this.machine = machine;
        this.analysis = analysis;
        this.suite = analysis.suite();
        this.charts = RunChart.of(analysis, machine == null ? title : machine.name(), traced);
    }

    /** The charts this report links, each to be written as {@code chart.fileName(title)} beside it. */
    public List<RunChart> charts() {
        return charts;
    }

    public String markdown() {
        md.setLength(0);
        line("# parbench run " + title);
        line("");
        machineLine();
        incompleteNote();
        if (suite.isEmpty()) {
            boolean waiting = WaitingText.write(md, analysis, charts, title);
            machineSection();
            if (!waiting) {
                line("These are not parbench's benchmarks, so there are no speedups to work out; every row as measured:");
                line("");
                genericTable();
            }
        } else {
            new VerdictText(analysis, md).write(analysis.verdict());
            chart(RunChart.SIZE);
            chart(RunChart.MAIN);
            new TargetsText(md).write(analysis.targets(), machine == null || machine.forks() == null ? null
                    : machine.forks().design());
            line("## The figures in full");
            line("");
            warmingNote();
            machineSection();
            costModel(Workload.RANGE_SUM);
            scalingTables(Workload.RANGE_SUM);
            chart("-size-squares");
            chart("-speedup-squares");
            costModel(Workload.SQUARES);
            scalingTables(Workload.SQUARES);
            chart("-size-kernel");
            chart("-speedup-kernel");
            costModel(Workload.KERNEL);
            scalingTables(Workload.KERNEL);
            sleepingTable();
            analysis.makespans().ifPresent(this::unevenTable);
            overheadTable();
            ceilingGapTable();
            breakEvenTable();
            WaitingText.write(md, analysis, charts, title);
            vocabulary();
        }
        return md.toString();
    }

    /** The machine in one line: what a reader needs before the verdict. */
    private void machineLine() {
        if (machine == null) {
            return;
        }
        String forks = machine.forks() == null ? "" : machine.forks().interleaved()
                ? "; " + (machine.forks().finished() != null ? machine.forks().finished() : machine.forks().planned())
                        + " interleaved rounds" : "; " + machine.forks().planned() + " fork(s) per benchmark, in JMH's order";
        line("**" + machine.name() + "**: " + (machine.cpuModel() == null ? "CPU unknown" : machine.cpuModel().trim()) + ", "
                + machine.availableProcessors() + " available processors"
                + (machine.jvm() == null ? "" : ", JDK " + machine.jvm().version()) + ", "
                + (machine.date() == null ? "date unknown" : machine.date().substring(0, Math.min(10, machine.date().length())))
                + forks + ". Full record below.");
        line("");
    }

    private void chart(String suffix) {
        charts.stream().filter(c -> c.suffix().equals(suffix)).findFirst().ifPresent(c -> {
            line("![" + c.caption() + "](" + c.fileName(title) + ")");
            line("");
            line("*" + c.caption() + "*");
            line("");
        });
    }

    private void machineSection() {
        line("### Machine");
        line("");
        if (machine == null) {
            line("**No machine record**: a plain JMH file. What JMH itself kept of the JVM: "
                    + MachineSummary.jvmFromJmh(rows.get(0).jvm()) + ". Core counts are taken from the ceiling benchmark's threads where there is one.");
            line("");
            return;
        }
        line("| machine | " + machine.name() + " |");
        line("|---|---|");
        MachineText.fields(machine).forEach((k, v) -> line("| " + k + " | " + v + " |"));
        line("| forks' JVM arguments | " + forkJvmArgs() + " |");
        analysis.steal().ifPresent(st -> line("| CPU time the host took (steal) | " + StealText.figures(st) + " |"));
        if (machine.missing() != null && !machine.missing().isEmpty()) {
            line("| not readable | " + String.join("; ", machine.missing()) + " |");
        }
        line("");
    }

    /** What JMH recorded the forks ran with: a flag such as the common pool's parallelism changes what is measured. */
    private String forkJvmArgs() {
        List<String> distinct = rows.stream().map(r -> String.join(" ", r.jvm().jvmArgs())).distinct().toList();
        String args = String.join("; ", distinct).strip();
        return args.isEmpty() ? "none" : "`" + args.replace("`", "") + "`";
    }

    private void warmingNote() {
        List<Point> warming = analysis.stillWarming();
        if (!warming.isEmpty()) {
            line("↘ **" + warming.size() + " of " + suite.points().size() + " configurations were still warming up** when "
                    + "measured: their forks' medians lie more than " + Format.percent(RunAnalysis.WARMING) + " above the "
                    + "same forks' last iterations (the median over forks), so their figures are not steady state. They are "
                    + "marked in the tables below.");
            line("");
        }
    }

    private void incompleteNote() {
        if (machine != null && machine.incomplete() != null) {
            line("> **Incomplete run** (" + machine.incomplete().reason() + "): " + machine.incomplete().finished().size()
                    + " benchmark(s) finished; did not finish: " + String.join("; ", machine.incomplete().notFinished()));
            line("");
        }
    }

    private void genericTable() {
        line("| benchmark | mode | params | median | 95% CI | n | JMH score ± error |");
        line("|---|---|---|---|---|---|---|");
        for (BenchmarkRow r : rows) {
            Estimate s = Stats.median(r.primary().samples());
            String ci = s.known() ? Format.sig(s.lo()) + " … " + Format.sig(s.hi()) : "n too small";
            line("| " + r.shortName() + " | " + r.mode() + " | " + r.paramText() + " | " + Format.sig(s.value()) + " "
                    + r.primary().unit() + " | " + ci + " | " + s.n() + " | " + Format.sig(r.primary().score()) + " ± "
                    + Format.sig(r.primary().scoreError()) + " |");
        }
        line("");
    }

    // ---- the tables --------------------------------------------------------------------------

    private void costModel(Workload w) {
        Costs costs = analysis.costs().get(w);
        if (costs != null && !costs.models().isEmpty()) {
            new CostModelText(analysis, costs, md).write();
        }
    }

    private void scalingTables(Workload w) {
        List<Long> sizes = suite.sizes(w);
        if (sizes.isEmpty()) {
            return;
        }
        line("## " + suite.heading(w));
        line("");
        for (long size : sizes) {
            scalingTable(w, size);
        }
    }

    private void scalingTable(Workload w, long size) {
        line("### " + suite.title(w) + ", " + w.sizeParam + " = " + Format.count(size));
        line("");
        Optional<Estimate> ceiling = suite.ceilingSpeedup(w, size);
        ceiling.ifPresent(c -> line("Measured ceiling: " + Format.ratio(c, "×") + " ("
                + suite.ceiling(w, size).get().workers() + " independent thread"
                + (suite.ceiling(w, size).get().workers() == 1 ? "" : "s") + ")."));
        line("");
        line("| strategy | workers | time (median ± 95% CI) | speedup vs serial | CPU time vs serial | efficiency vs ideal | vs ceiling | busy cores [95% CI] | |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (Point p : suite.at(w, size)) {
            boolean strategy = p.bench().isStrategy();
            String speed = p.isSerial() ? "1" : p.isCeiling() ? "(" + ceiling.map(c -> Format.ratio(c, "×")).orElse("?") + ")"
                    : suite.speedup(p).map(s -> Format.ratio(s, "×")).orElse("?");
            String eff = strategy ? suite.efficiency(p).map(Format::percent).orElse("?") : "";
            String ofC = strategy ? suite.ofCeiling(p).map(Format::percent).orElse("–") : "";
            String cpu = p.isCeiling() ? "" : suite.cpuCost(p).map(c -> Format.ratio(c, "×")).orElse("–");
            line("| " + p.label() + " | " + workersText(p) + " | " + Format.timeWithError(p.time()) + " | " + speed
                    + " | " + cpu + " | " + eff + " | " + ofC + " | " + busy(p) + " | " + flag(p) + " |");
        }
        line("");
        if (analysis.aboveCeiling(w, size)) {
            line("⚠ A strategy above 100% of the ceiling has not beaten the hardware: the ceiling ran at another "
                    + "moment than it did, and a shared host's speed drifts between moments. Shares of the ceiling "
                    + "at this size are less certain than their intervals say; compare strategies by their times.");
            line("");
        }
    }

    private void sleepingTable() {
        List<Long> sizes = suite.sizes(Workload.SLEEPING);
        if (sizes.isEmpty()) {
            return;
        }
        int tasks = SleepingTasks.TASKS;
        line("## Sleeping tasks (" + tasks + " tasks, no CPU)");
        line("");
        chart("-speedup-sleeping");
        line("Ideal: ceil(" + tasks + " / workers) × sleep, whatever the core count.");
        line("");
        for (long millis : sizes) {
            line("| strategy | workers | time (median ± 95% CI) | ideal | measured / ideal | |");
            line("|---|---|---|---|---|---|");
            for (Point p : suite.at(Workload.SLEEPING, millis)) {
                // virtual threads are not pooled: every task gets its own thread
                int concurrent = p.bench() == Bench.VIRTUAL_THREADS ? tasks : p.workers();
                double ideal = SleepingTasks.idealMillis(tasks, Math.max(1, concurrent), millis) / 1e3;
                line("| " + p.label() + " | " + workersText(p) + " | " + Format.timeWithError(p.time()) + " | "
                        + Format.time(ideal) + " | " + Format.ratio(p.time().times(1 / ideal), "×") + " | " + noiseFlag(p) + " |");
            }
            line("");
        }
    }

    private void unevenTable(Makespans m) {
        long units = UnevenTasks.totalUnits();
        line("## Uneven tasks " + java.util.Arrays.toString(UnevenTasks.SIZES).replace(" ", "") + " on "
                + UnevenTasks.WORKERS + " workers: makespan in units");
        line("");
        chart("-uneven");
        line("Sleep unit: the unitMillis parameter. CPU unit: the serial run's time / " + units
                + m.cpuUnit().map(u -> " = " + Format.timeWithError(u)).orElse(" (no serial run)") + ". CPU theory is bounded below by "
                + units + " / " + m.cores() + " cores = " + Format.sig((double) units / Math.max(1, m.cores())) + " units.");
        line("");
        line("| policy | theory | sleep: measured | CPU: theory on " + m.cores() + " cores | CPU: measured |");
        line("|---|---|---|---|---|");
        for (Makespans.Line l : m.lines()) {
            line("| " + l.policy().label() + " | " + l.theory() + " | "
                    + l.sleepUnits().map(u -> Format.ratio(u, "")).orElse("–") + " | " + Format.sig(l.cpuTheory()) + " | "
                    + l.cpuUnits().map(u -> Format.ratio(u, "")).orElse("–") + " |");
        }
        m.serialSleepUnits().ifPresent(u -> line("| serial (1 worker) | " + units + " | " + Format.ratio(u, "") + " | "
                + units + " | " + units + " (the unit's definition) |"));
        line("");
    }

    private void overheadTable() {
        Optional<Point> serial = analysis.overheadBaseline();
        List<Overheads.Overhead> overheads = analysis.overheads();
        if (serial.isEmpty() || overheads.isEmpty()) {
            return;
        }
        line("## Overheads (range sum of " + Format.count(serial.get().size()) + ", where the work itself takes "
                + Format.timeWithError(serial.get().time()) + ")");
        line("");
        line("Per call, time minus serial time (the Hodges-Lehmann shift of their forks); per hand-off, divided by the tasks handed to another "
                + "thread or process.");
        line("");
        line("| cost | strategy | workers | per call | per hand-off |");
        line("|---|---|---|---|---|");
        for (Overheads.Overhead o : overheads) {
            line("| " + o.cost() + " | " + o.point().label() + " | " + o.point().workers() + " | " + Format.timeRange(o.perCall())
                    + " | " + o.perHandOff().map(Format::timeRange).orElse("–") + " |");
        }
        line("");
    }

    private void ceilingGapTable() {
        List<CeilingGap.Line> lines = analysis.ceilingGap();
        if (lines.isEmpty()) {
            return;
        }
        Point ceiling = suite.ceiling(Workload.RANGE_SUM, lines.get(0).point().size()).orElseThrow();
        line("## Share of the ceiling, and what explains the gap (range sum of " + Format.count(ceiling.size())
                + ", workers = cores)");
        line("");
        line("Predicted: (C / w) / (C / w + the per-call cost), C the ceiling's time (" + Format.timeWithError(ceiling.time())
                + "), w = " + suite.cores() + " workers, the per-call cost measured at range sum of "
                + Format.count(suite.sizes(Workload.RANGE_SUM).get(0)) + " (time minus serial time). "
                + "What the cost does not explain is the tail (workers finishing apart) and the host.");
        line("");
        line("| strategy | share of the ceiling (measured) | per-call cost | share the cost predicts | unexplained |");
        line("|---|---|---|---|---|");
        for (CeilingGap.Line l : lines) {
            line("| " + l.point().label() + " | " + Format.percent(l.measured()) + " | " + Format.timeRange(l.perCallCost())
                    + " | " + Format.percent(l.predicted()) + " | "
                    + String.format(java.util.Locale.ROOT, "%+.1f points", (l.measured().value() - l.predicted()) * 100) + " |");
        }
        line("");
    }

    private void breakEvenTable() {
        line("## Break-even: where each strategy's speedup crosses 1");
        line("");
        line("At workers = cores, the verdict's and the chart's figure, one definition everywhere: the size at which the "
                + "strategy's speedup over serial (at each size, the Hodges-Lehmann ratio) rises through 1 to stay "
                + "above it at the next size: in each round, where the lines through serial's and the strategy's times at "
                + "the two sizes around it meet, and the median over rounds with its 95% interval. \"–\" means the run did not measure it, "
                + "\"not known\" that it measured fewer than 3 sizes.");
        line("");
        line("| strategy | range sum (n) | squares (length) |");
        line("|---|---|---|");
        VerdictText words = new VerdictText(analysis, md);
        for (RunAnalysis.BreakEvens b : analysis.breakEvens()) {
            List<String> cells = new ArrayList<>();
            for (Workload w : RunAnalysis.BREAK_EVEN_WORKLOADS) {
                CostModel m = b.models().get(w);
                cells.add(!b.measured().contains(w) ? "–" : m == null ? "not known" : words.crossing(m));
            }
            line("| " + b.series().label() + " | " + String.join(" | ", cells) + " |");
        }
        line("");
    }

    /** Which blocks of this run paired their forks, with the correlation that decided it. */
    private String pairingText() {
        List<String> blocks = suite.pairings().stream().map(p -> suite.title(p.workload()) + " "
                + (p.workload().sizeParam == null ? "" : p.workload().sizeParam + " = " + Format.count(p.size()) + " ")
                + (p.choice().paired() ? "paired" : "unpaired") + String.format(java.util.Locale.ROOT,
                        " (mean log width of its %d ratios: %.3f paired, %.3f unpaired)", p.choice().ratios(),
                        p.choice().pairedWidth(), p.choice().unpairedWidth()))
                .toList();
        return blocks.isEmpty() ? "" : " In this run: " + String.join("; ", blocks) + ".";
    }

    private void vocabulary() {
        line("## How to read this");
        line("");
        line("- **time**: the median over forks of each fork's median iteration, ± the larger half of its 95% "
                + "confidence interval over forks (order statistics interpolated, Hettmansperger-Sheather; needs at least "
                + Stats.fewestForInterval(Stats.CONFIDENCE) + " forks, \"± ?\" below that). A fork is one JVM run and the "
                + "unit of replication: iterations within a fork share its JIT decisions and the host's minute, so they "
                + "are not counted as independent (Kalibera and Jones, ISMM 2013). Why fork medians and interpolated order "
                + "statistics: they assume no distribution, a slow fork moves them little, and on simulated runs with "
                + "known truth their 95% intervals cover it 95% of the time with 8 forks, where intervals over pooled "
                + "iterations covered it 77% of the time.");
        line("- **speedup**, **vs ceiling**, overheads: the ratio (or difference) of two configurations' forks. "
                + "An interleaved run measures a block (a workload at one size: serial, the ceiling and the strategies) "
                + "back to back once per round, so both sides share the host's minute; where two configurations ran in "
                + "at least " + Stats.FEWEST_PAIRS + " of the same block rounds, and pairing narrows the block's ratios "
                + "against serial and the ceiling by a tenth on the whole (where the forks of a round do not share the "
                + "host's drift it does not), the forks of a round are paired: the Hodges-Lehmann estimate of the "
                + "rounds' ratios with the interval of the Wilcoxon signed-rank test. Otherwise (fewer rounds in common, "
                + "pairing that does not pay, or a plain JMH file) the Hodges-Lehmann estimate over all their forks "
                + "with the distribution-free interval of the Mann-Whitney test." + pairingText());
        line("- **CPU time vs serial**: what a speedup costs, busy cores × time against serial's time, fork by fork: "
                + "\"1.9× faster for 2.1× the CPU\" is the speedup beside this. Serial's own figure is its busy cores "
                + "(about 1; above 1 by what else the machine did).");
        line("- **cost model**: time = a + b × size per strategy, fitted to each round's forks, so that the "
                + "break-even n* is found between the sizes measured rather than at one of them.");
        line("- **efficiency vs ideal**: speedup / workers. **vs ceiling**: speedup / the ceiling's speedup, where the "
                + "ceiling is what independent JMH threads, one per available processor, got on this machine in this run.");
        line("- **busy cores**: system CPU load × logical processors over each whole iteration (OSHI), child processes "
                + "included; for squares that includes the serial clearing and checking of the array around every call, "
                + "which are not in the measured time.");
        line("- ⚠ **inconclusive**: the speedup interval contains 1, so this run cannot say whether it beats serial. "
                + "~ **noisy**: the time's interval is wider than ±" + Format.percent(RunAnalysis.WIDE) + ". "
                + "↘ **still warming up**: the forks' medians lie more than " + Format.percent(RunAnalysis.WARMING)
                + " above their last iterations (median over forks): measured before steady state.");
        line("- Compare strategies within one run; across runs or machines use `compare`.");
        line("");
    }

    private String flag(Point p) {
        List<String> flags = new ArrayList<>();
        if (analysis.flags(p).contains(RunAnalysis.Flag.INCONCLUSIVE)) {
            flags.add("⚠ inconclusive");
        }
        String noise = noiseFlag(p);
        if (!noise.isEmpty()) {
            flags.add(noise);
        }
        if (analysis.flags(p).contains(RunAnalysis.Flag.STILL_WARMING)) {
            flags.add("↘ still warming up");
        }
        return String.join(", ", flags);
    }

    private String noiseFlag(Point p) {
        Set<RunAnalysis.Flag> f = analysis.flags(p);
        if (f.contains(RunAnalysis.Flag.TOO_FEW_FORKS)) {
            return p.time().n() + (p.time().n() == 1 ? " fork" : " forks") + ", too few for an interval";
        }
        return f.contains(RunAnalysis.Flag.NOISY) ? "~ noisy" : "";
    }

    static String workersText(Point p) {
        String symbol = p.workersSymbol();
        return symbol.equals(String.valueOf(p.workers())) ? symbol : symbol + " (" + p.workers() + ")";
    }

    private static String busy(Point p) {
        Estimate b = p.busyCores();
        if (!b.hasSamples()) {
            return "–";
        }
        return Format.sig(b.value()) + (b.known() ? " [" + Format.sig(b.lo()) + ", " + Format.sig(b.hi()) + "]" : " [?]");
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}

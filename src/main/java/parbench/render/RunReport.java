package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.CeilingGap;
import parbench.analysis.Makespans;
import parbench.analysis.Overheads;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.analysis.Verdict;
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
    /** A time interval wider than this (half-width / median) is flagged as too noisy to lean on. */
    static final double WIDE = 0.10;

    private final String title;
    private final List<BenchmarkRow> rows;
    private final MachineRecord machine;
    private final SuiteRun suite;
    private final StringBuilder md = new StringBuilder();

    public RunReport(String title, List<BenchmarkRow> rows, MachineRecord machine) {
        this.title = title;
        this.rows = rows;
        this.machine = machine;
        this.suite = SuiteRun.of(rows, machine == null ? null : machine.availableProcessors());
    }

    public SuiteRun suite() {
        return suite;
    }

    public String markdown() {
        md.setLength(0);
        line("# parbench run " + title);
        line("");
        machineSection();
        incompleteNote();
        if (suite.isEmpty()) {
            line("These are not parbench's benchmarks, so there are no speedups to work out; every row as measured:");
            line("");
            genericTable();
        } else {
            new VerdictText(suite, md).write(Verdict.of(suite));
            scalingTables(Workload.RANGE_SUM);
            scalingTables(Workload.SQUARES);
            sleepingTable();
            Makespans.of(suite).ifPresent(this::unevenTable);
            overheadTable();
            ceilingGapTable();
            breakEvenTable();
            vocabulary();
        }
        return md.toString();
    }

    private void machineSection() {
        if (machine == null) {
            line("**No machine record**: a plain JMH file. What JMH itself kept of the JVM: "
                    + MachineSummary.jvmFromJmh(rows.get(0).jvm()) + ". Core counts are taken from the ceiling benchmark's threads where there is one.");
            line("");
            return;
        }
        line("| machine | " + machine.name() + " |");
        line("|---|---|");
        MachineText.fields(machine).forEach((k, v) -> line("| " + k + " | " + v + " |"));
        if (machine.missing() != null && !machine.missing().isEmpty()) {
            line("| not readable | " + String.join("; ", machine.missing()) + " |");
        }
        line("");
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

    private void scalingTables(Workload w) {
        List<Long> sizes = suite.sizes(w);
        if (sizes.isEmpty()) {
            return;
        }
        line("## " + w.heading);
        line("");
        for (long size : sizes) {
            scalingTable(w, size);
        }
    }

    private void scalingTable(Workload w, long size) {
        line("### " + w.title + ", " + w.sizeParam + " = " + Format.count(size));
        line("");
        Optional<Estimate> ceiling = suite.ceilingSpeedup(w, size);
        ceiling.ifPresent(c -> line("Measured ceiling: " + Format.ratio(c, "×") + " ("
                + suite.ceiling(w, size).get().workers() + " independent thread"
                + (suite.ceiling(w, size).get().workers() == 1 ? "" : "s") + ")."));
        line("");
        line("| strategy | workers | time (median ± 95% CI) | speedup vs serial | efficiency vs ideal | vs ceiling | busy cores [95% CI] | |");
        line("|---|---|---|---|---|---|---|---|");
        for (Point p : suite.at(w, size)) {
            boolean strategy = p.bench().isStrategy();
            String speed = p.isSerial() ? "1" : p.isCeiling() ? "(" + ceiling.map(c -> Format.ratio(c, "×")).orElse("?") + ")"
                    : suite.speedup(p).map(s -> Format.ratio(s, "×")).orElse("?");
            String eff = strategy ? suite.efficiency(p).map(Format::percent).orElse("?") : "";
            String ofC = strategy ? suite.ofCeiling(p).map(Format::percent).orElse("?") : "";
            line("| " + p.label() + " | " + workersText(p) + " | " + Format.timeWithError(p.time()) + " | " + speed
                    + " | " + eff + " | " + ofC + " | " + busy(p) + " | " + flag(p) + " |");
        }
        line("");
        if (suite.at(w, size).stream().map(suite::ofCeiling).flatMap(Optional::stream).anyMatch(c -> c.value() > 1)) {
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
        Optional<Point> serial = Overheads.baseline(suite);
        List<Overheads.Overhead> overheads = Overheads.of(suite);
        if (serial.isEmpty() || overheads.isEmpty()) {
            return;
        }
        line("## Overheads (range sum of " + Format.count(serial.get().size()) + ", where the work itself takes "
                + Format.timeWithError(serial.get().time()) + ")");
        line("");
        line("Per call, time minus serial time (paired by round); per hand-off, divided by the tasks handed to another "
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
        List<CeilingGap.Line> lines = CeilingGap.of(suite);
        if (lines.isEmpty()) {
            return;
        }
        Point ceiling = suite.ceiling(Workload.RANGE_SUM, lines.get(0).point().size()).orElseThrow();
        line("## Share of the ceiling, and what explains the gap (range sum of " + Format.count(ceiling.size())
                + ", workers = cores)");
        line("");
        line("Predicted: (C / w) / (C / w + the per-call cost), C the ceiling's time (" + Format.timeWithError(ceiling.time())
                + "), w = " + suite.cores() + " workers, the per-call cost measured at range sum of "
                + Format.count(suite.sizes(Workload.RANGE_SUM).get(0)) + " (time minus serial time, paired by round). "
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
        List<Workload> ws = List.of(Workload.RANGE_SUM, Workload.SQUARES);
        line("## Break-even: the smallest size at which each strategy beats serial");
        line("");
        line("At workers = cores, the speedup's 95% interval above 1; \"never\" means not at any size measured, "
                + "\"–\" that the run did not measure it, \"not known\" that too few forks gave no interval.");
        line("");
        line("| strategy | range sum (n) | squares (length) |");
        line("|---|---|---|");
        java.util.Map<Series, String> series = new java.util.LinkedHashMap<>(suite.strategiesFor(Workload.RANGE_SUM));
        suite.strategiesFor(Workload.SQUARES).forEach(series::putIfAbsent);
        series.forEach((s, symbol) -> {
            List<String> cells = new ArrayList<>();
            for (Workload w : ws) {
                boolean measured = suite.points().stream().anyMatch(p -> p.workload() == w && p.series().equals(s));
                SuiteRun.BreakEven b = suite.breakEven(w, s, symbol);
                cells.add(!measured ? "–" : b.size().map(Format::count).orElse(b.decidable() ? "never" : "not known"));
            }
            line("| " + s.label() + " | " + String.join(" | ", cells) + " |");
        });
        line("");
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
        line("- **speedup**, **vs ceiling**, overheads: paired by round. An interleaved run measures every configuration "
                + "once per round, in a shuffled order; each round gives one ratio (serial fork / strategy fork), and the "
                + "figure is the median of those ratios with its interval over rounds. In a file of JMH's own order "
                + "forks are paired by number.");
        line("- **efficiency vs ideal**: speedup / workers. **vs ceiling**: speedup / the ceiling's speedup, where the "
                + "ceiling is what independent JMH threads, one per available processor, got on this machine in this run.");
        line("- **busy cores**: system CPU load × logical processors over each whole iteration (OSHI), child processes "
                + "included; for squares that includes the serial clearing and checking of the array around every call, "
                + "which are not in the measured time.");
        line("- ⚠ **inconclusive**: the speedup interval contains 1, so this run cannot say whether it beats serial. "
                + "~ **noisy**: the time's interval is wider than ±" + Format.percent(WIDE) + ".");
        line("- Compare strategies within one run; across runs or machines use `compare`.");
        line("");
    }

    private String flag(Point p) {
        List<String> flags = new ArrayList<>();
        if (p.bench().isStrategy()) {
            suite.speedup(p).filter(s -> s.contains(1)).ifPresent(s -> flags.add("⚠ inconclusive"));
        }
        String noise = noiseFlag(p);
        if (!noise.isEmpty()) {
            flags.add(noise);
        }
        return String.join(", ", flags);
    }

    private static String noiseFlag(Point p) {
        if (!p.time().known()) {
            return p.time().n() + (p.time().n() == 1 ? " fork" : " forks") + ", too few for an interval";
        }
        return p.time().relativeHalfWidth() > WIDE ? "~ noisy" : "";
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

package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.CeilingGap;
import parbench.analysis.CostModel;
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
    private final List<RunChart> charts;
    private final StringBuilder md = new StringBuilder();

    /** @param traced the uneven tasks' traced timelines, null where the run recorded none */
    public RunReport(String title, List<BenchmarkRow> rows, MachineRecord machine, UnevenTasks.Traced traced) {
        this.title = title;
        this.rows = rows;
        this.machine = machine;
        this.suite = SuiteRun.of(rows, machine == null ? null : machine.availableProcessors());
        this.charts = RunChart.of(suite, machine == null ? title : machine.name(), traced);
    }

    public SuiteRun suite() {
        return suite;
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
            machineSection();
            line("These are not parbench's benchmarks, so there are no speedups to work out; every row as measured:");
            line("");
            genericTable();
        } else {
            new VerdictText(suite, md).write(Verdict.of(suite));
            chart(RunChart.SIZE);
            chart(RunChart.MAIN);
            line("## The figures in full");
            line("");
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
            Makespans.of(suite).ifPresent(this::unevenTable);
            overheadTable();
            ceilingGapTable();
            breakEvenTable();
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

    /** Each strategy's a + b*n, its break-even, and where the line fails to fit. */
    private void costModel(Workload w) {
        Optional<CostModel.Baseline> serial = CostModel.baseline(suite, w);
        List<CostModel> models = CostModel.of(suite, w);
        if (serial.isEmpty() || models.isEmpty()) {
            return;
        }
        List<Long> sizes = suite.sizes(w);
        line("## " + suite.heading(w) + ": cost model, time = a + b × " + w.sizeParam);
        line("");
        line("Fitted to each round's forks over the " + sizes.size() + " sizes (least squares on relative error), each figure "
                + "the median over rounds with its 95% interval. a is what a call pays to spread the work, b what an element "
                + "costs once spread; the line's break-even n* = (a − a₀) / (b₀ − b) is where it meets serial's (a₀, b₀). "
                + "The measured break-even is, in each round, the first size from which the strategy is faster at two sizes "
                + "in a row, refined to where the lines through the two sizes around it meet (a + b × n fitted locally); "
                + "where the global line misses the measured speedup (last column, and ✗ below) the measured one is the "
                + "one to trust. "
                + "Direct: time minus serial's at " + w.sizeParam + " = " + Format.count(sizes.get(0))
                + ", paired by round, as the overhead table measures it.");
        line("");
        costModelTable(serial.get(), models);
        whereNoLineFits(w, serial.get(), models);
        if (w == Workload.RANGE_SUM) {
            goetz(models);
        }
        modelAgainstMeasurement(w, serial.get(), models);
    }

    private void costModelTable(CostModel.Baseline serial, List<CostModel> models) {
        line("| strategy | per call, a | per element, b | b / serial's b | per call, direct | break-even, measured "
                + "(interpolated) | break-even, the line's n* | line off by >" + Format.percent(CostModel.MISFIT) + " at |");
        line("|---|---|---|---|---|---|---|---|");
        double b0 = serial.perElement().value();
        line("| serial | " + Format.timeRange(serial.perCall()) + " | " + Format.timeRange(serial.perElement())
                + " | 1 | | | | |");
        VerdictText words = new VerdictText(suite, md);
        for (CostModel m : models) {
            List<String> misfits = misfits(m, serial).stream().map(c -> Format.count(c.point().size())).toList();
            line("| " + m.series().label() + " | " + Format.timeRange(m.perCall()) + " | " + Format.timeRange(m.perElement())
                    + " | " + Format.ratio(m.perElement().times(1 / b0), "") + " | " + Format.timeRange(m.directPerCall())
                    + " | " + words.crossing(m) + " | " + words.breakEven(m) + " | "
                    + (misfits.isEmpty() ? "–" : String.join(", ", misfits)) + " |");
        }
        line("");
    }

    private List<CostModel.Check> misfits(CostModel m, CostModel.Baseline serial) {
        return m.checks(suite, serial).stream().filter(CostModel.Check::misfit).toList();
    }

    /** Says where a line describes no size well: a strategy it misses at most sizes, or serial's own time. */
    private void whereNoLineFits(Workload w, CostModel.Baseline serial, List<CostModel> models) {
        int sizes = suite.sizes(w).size();
        List<String> lineless = models.stream().filter(m -> misfits(m, serial).size() * 2 > sizes)
                .map(m -> m.series().label()).toList();
        if (!lineless.isEmpty()) {
            line("Not a straight line here: " + String.join(", ", lineless) + " (the line misses at more than half the sizes). "
                    + "Their speedup climbs over several decades instead of jumping once a per-call cost is paid (where the "
                    + "caller works too, it does most of a small call alone while the other workers wake up). Their a and b "
                    + "describe no size well; their measured break-even stands.");
            line("");
        }
        if (serial.perCall().known() && serial.perCall().hi() < 0) {
            line("Serial's own per-call cost comes out below 0: its time grows faster than " + w.sizeParam + " (an element "
                    + "costs more in a larger call: later elements cost more, or the data has left the caches), so no "
                    + "straight line fits this workload and no a or b above is a cost; read the measured speedups and "
                    + "break-evens.");
            line("");
        }
    }

    /** Goetz's rule of thumb for parallel streams beside what this machine shows. */
    private void goetz(List<CostModel> models) {
        List<String> streams = models.stream().filter(m -> m.series().bench() == Bench.COMMON_POOL_STREAMS
                || m.series().bench() == Bench.SIZED_POOL_STREAMS).map(m -> m.series().label() + " "
                        + new VerdictText(suite, md).crossing(m)).toList();
        if (streams.isEmpty()) {
            return;
        }
        line("Goetz's rule of thumb for parallel streams is N × Q > 10,000, Q the work per element in simple operations: "
                + "range sum does one addition (Q ≈ 1), so streams should pay from about 10,000 elements. On this machine: "
                + String.join("; ", streams) + ".");
        line("");
    }

    private void modelAgainstMeasurement(Workload w, CostModel.Baseline serial, List<CostModel> models) {
        line("Speedup over serial, measured / predicted by the models; ✗ where the prediction is off by more than "
                + Format.percent(CostModel.MISFIT) + " and outside the measured 95% interval.");
        line("");
        StringBuilder head = new StringBuilder("| " + w.sizeParam + " | serial |");
        StringBuilder rule = new StringBuilder("|---|---|");
        models.forEach(m -> {
            head.append(' ').append(m.series().label()).append(" |");
            rule.append("---|");
        });
        line(head.toString());
        line(rule.toString());
        for (long n : suite.sizes(w)) {
            StringBuilder row = new StringBuilder("| " + Format.count(n) + " | "
                    + suite.serial(w, n).map(p -> Format.time(p.time().value())).orElse("–") + " |");
            for (CostModel m : models) {
                Optional<CostModel.Check> check = m.checks(suite, serial).stream().filter(c -> c.point().size() == n).findFirst();
                row.append(' ').append(check.map(c -> c.measured().map(x -> Format.sig(x.value())).orElse("?") + " / "
                        + Format.sig(c.predicted()) + (c.misfit() ? " ✗" : "")).orElse("–")).append(" |");
            }
            line(row.toString());
        }
        line("");
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
        line("- **CPU time vs serial**: what a speedup costs, busy cores × time / serial's time, paired by round: "
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

package parbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import parbench.machine.MachineRecord;
import parbench.machine.MachineText;
import parbench.report.SuiteAnalysis.Point;
import parbench.report.SuiteAnalysis.Workload;
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
    private final SuiteAnalysis suite;
    private final StringBuilder md = new StringBuilder();

    public RunReport(String title, List<BenchmarkRow> rows, MachineRecord machine) {
        this.title = title;
        this.rows = rows;
        this.machine = machine;
        this.suite = SuiteAnalysis.of(rows, machine == null ? null : machine.availableProcessors());
    }

    public SuiteAnalysis suite() {
        return suite;
    }

    public String markdown() {
        md.setLength(0);
        line("# parbench run " + title);
        line("");
        machineSection();
        if (machine != null && machine.incomplete() != null) {
            line("> **Incomplete run** (" + machine.incomplete().reason() + "): " + machine.incomplete().finished().size()
                    + " benchmark(s) finished; did not finish: " + String.join("; ", machine.incomplete().notFinished()));
            line("");
        }
        if (suite.isEmpty()) {
            line("These are not parbench's benchmarks, so there are no speedups to work out; every row as measured:");
            line("");
            genericTable();
        } else {
            verdict();
            for (Workload w : List.of(Workload.RANGE_SUM, Workload.SQUARES)) {
                scalingTables(w);
            }
            sleepingTable();
            unevenTable();
            overheadTable();
            breakEvenTable();
            vocabulary();
        }
        return md.toString();
    }

    private void machineSection() {
        if (machine == null) {
            line("**No machine record**: a plain JMH file. What JMH itself kept of the JVM: "
                    + jvmFromJmh() + ". Core counts are taken from the ceiling benchmark's threads where there is one.");
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

    private String jvmFromJmh() {
        BenchmarkRow.JvmFields j = rows.get(0).jvm();
        List<String> parts = new ArrayList<>();
        if (j.jmhVersion() != null) {
            parts.add("JMH " + j.jmhVersion());
        }
        if (j.vmName() != null || j.jdkVersion() != null) {
            parts.add((j.vmName() == null ? "JVM" : j.vmName()) + " " + (j.jdkVersion() == null ? "" : j.jdkVersion()));
        }
        if (j.vmVersion() != null) {
            parts.add("VM " + j.vmVersion());
        }
        return parts.isEmpty() ? "nothing (a file from before JMH 1.19)" : String.join(", ", parts);
    }

    private void genericTable() {
        line("| benchmark | mode | params | median | 95% CI | n | JMH score ± error |");
        line("|---|---|---|---|---|---|---|");
        for (BenchmarkRow r : rows) {
            Stats.Summary s = Stats.summarize(r.primary().samples());
            String ci = s.hasInterval() ? Units.sig(s.lo()) + " … " + Units.sig(s.hi()) : "n too small";
            line("| " + r.shortName() + " | " + r.mode() + " | " + r.paramText() + " | " + Units.sig(s.median()) + " "
                    + r.primary().unit() + " | " + ci + " | " + s.n() + " | " + Units.sig(r.primary().score()) + " ± "
                    + Units.sig(r.primary().scoreError()) + " |");
        }
        line("");
    }

    // ---- the verdict -------------------------------------------------------------------------

    private void verdict() {
        line("## Verdict");
        line("");
        List<Long> sums = suite.sizes(Workload.RANGE_SUM);
        if (!sums.isEmpty()) {
            long n = sums.get(sums.size() - 1);
            Optional<Point> best = suite.best(Workload.RANGE_SUM, n, false);
            Optional<Interval> ceiling = suite.ceilingSpeedup(Workload.RANGE_SUM, n);
            best.ifPresent(b -> {
                boolean beatsSerial = suite.speedup(b).map(s -> s.lo() > 1).orElse(false);
                line(beatsSerial
                        ? "- **CPU-bound work** (range sum of " + count(n) + "): use **" + b.strategy() + "** with "
                                + workers(b.workers()) + ": " + speedupText(b)
                                + ceiling.map(c -> " of a measured ceiling of " + c.ratio("×")).orElse("")
                                + ". " + closeRivals(Workload.RANGE_SUM, n, b)
                        : "- **CPU-bound work** (range sum of " + count(n) + "): **nothing beats the serial loop** here ("
                                + suite.cores() + " available processor" + (suite.cores() == 1 ? "" : "s")
                                + "); the fastest, " + b.strategy() + " with " + workers(b.workers()) + ", is "
                                + speedupText(b) + ", within its error of serial.");
            });
            Optional<Point> proc = suite.best(Workload.RANGE_SUM, n, true);
            proc.ifPresent(p -> line("- **Child processes** at that size: best is " + p.strategy() + " with "
                    + workers(p.workers()) + ", " + speedupText(p) + "; threads need no processes to use every core."));
            Optional<Long> threadsPay = suite.breakEven(Workload.RANGE_SUM, "fixed pool", "cores");
            Optional<Long> procPay = suite.breakEven(Workload.RANGE_SUM, "warm processes", "cores");
            Optional<Long> coldPay = suite.breakEven(Workload.RANGE_SUM, "cold processes", "cores");
            line("- **From what size parallelism pays** (range sum, workers = cores, faster than serial beyond both errors): "
                    + "a pool " + from(threadsPay) + "; warm processes " + from(procPay) + "; cold processes "
                    + from(coldPay) + ".");
        }
        List<Long> squares = suite.sizes(Workload.SQUARES);
        if (!squares.isEmpty()) {
            long n = squares.get(squares.size() - 1);
            suite.best(Workload.SQUARES, n, false).ifPresent(b -> line("- **Memory-bound work** (squares into an array of "
                    + count(n) + "): best is " + b.strategy() + " with " + workers(b.workers()) + ", " + speedupText(b)
                    + suite.ceilingSpeedup(Workload.SQUARES, n).map(c -> "; independent threads get " + c.ratio("×")
                            + (c.hi() < 0.9 * suite.cores()
                                    ? " here, so memory bandwidth, not the core count, sets the limit"
                                    : suite.ofCeiling(b).map(o -> o.value() >= 0.95).orElse(false)
                                    ? " here: as much as the hardware gives"
                                    : " here, so what is lost is lost to splitting and joining one array, not to the hardware"))
                            .orElse("") + "."));
        }
        for (Point p : suite.at(Workload.SLEEPING, suite.sizes(Workload.SLEEPING).stream().findFirst().orElse(-1L))) {
            if (p.strategy().equals("fixed pool") && p.workersSymbol().equals("2xcores")) {
                line("- **Sleeping (waiting) work** scales with workers, not cores: a pool of " + p.workers()
                        + " runs 4 sleeps of " + p.size() + " ms in " + p.time().time() + " (ideal "
                        + SleepingTasks.idealMillis(SleepingTasks.TASKS, p.workers(), p.size()) + " ms), on "
                        + suite.cores() + " available processor" + (suite.cores() == 1 ? "" : "s") + ".");
            }
        }
        List<Point> uneven = suite.at(Workload.UNEVEN_SLEEP, suite.sizes(Workload.UNEVEN_SLEEP).stream().findFirst().orElse(-1L));
        uneven.stream().filter(p -> p.strategy().endsWith("longest first")).findFirst().ifPresent(p -> line(
                "- **Uneven tasks**: hand them out longest first from a shared queue: " + makespanUnits(p).ratio(" units")
                        + " against 9 in theory, where a contiguous split gives 14 and a strided one 15."));
        line("");
    }

    private String from(Optional<Long> size) {
        return size.map(n -> "from n = " + count(n)).orElse("never, in the sizes measured");
    }

    private String closeRivals(Workload w, long n, Point best) {
        List<String> rivals = new ArrayList<>();
        for (Point p : suite.at(w, n)) {
            if (p != best && !p.isSerial() && !p.isCeiling() && p.workers() == best.workers()
                    && !p.time().below(best.time()) && !best.time().below(p.time()) && !rivals.contains(p.strategy())) {
                rivals.add(p.strategy());
            }
        }
        return rivals.isEmpty() ? "Nothing else at that worker count is within its error."
                : "Within its error at the same worker count: " + String.join(", ", rivals) + ".";
    }

    private String speedupText(Point p) {
        Optional<Interval> s = suite.speedup(p);
        Optional<Interval> c = suite.ofCeiling(p);
        return s.map(x -> x.ratio("×") + " over serial").orElse("no serial baseline")
                + c.map(x -> " (" + Units.percent(x.value()) + " [" + Units.percent(x.lo()) + ", " + Units.percent(x.hi()) + "]")
                .orElse("") + (c.isPresent() ? ")" : "");
    }

    // ---- the tables --------------------------------------------------------------------------

    private void scalingTables(Workload w) {
        List<Long> sizes = suite.sizes(w);
        if (sizes.isEmpty()) {
            return;
        }
        line("## " + (w == Workload.RANGE_SUM ? "Range sum (CPU-bound)" : "Squares (memory-bound)"));
        line("");
        for (long size : sizes) {
            line("### " + w.title + ", " + w.sizeParam + " = " + count(size));
            line("");
            Optional<Interval> ceiling = suite.ceilingSpeedup(w, size);
            ceiling.ifPresent(c -> line("Measured ceiling: " + c.ratio("×") + " (" + suite.ceiling(w, size).get().workers()
                    + " independent thread" + (suite.ceiling(w, size).get().workers() == 1 ? "" : "s") + ")."));
            line("");
            line("| strategy | workers | time (median ± 95% CI) | speedup vs serial | efficiency vs ideal | vs ceiling | busy cores [95% CI] | |");
            line("|---|---|---|---|---|---|---|---|");
            for (Point p : suite.at(w, size)) {
                String speed = p.isSerial() ? "1" : p.isCeiling() ? "(" + ceiling.map(c -> c.ratio("×")).orElse("?") + ")"
                        : suite.speedup(p).map(s -> s.ratio("×")).orElse("?");
                String eff = p.isSerial() || p.isCeiling() ? "" : suite.efficiency(p).map(e -> pct(e)).orElse("?");
                String ofC = p.isSerial() || p.isCeiling() ? "" : suite.ofCeiling(p).map(RunReport::pct).orElse("?");
                line("| " + p.strategy() + " | " + workersText(p) + " | " + p.time().time() + " | " + speed + " | " + eff
                        + " | " + ofC + " | " + busy(p) + " | " + flag(p) + " |");
            }
            line("");
            if (suite.at(w, size).stream().map(suite::ofCeiling).flatMap(Optional::stream).anyMatch(c -> c.value() > 1)) {
                line("⚠ A strategy above 100% of the ceiling has not beaten the hardware: the ceiling ran at another "
                        + "moment than it did, and a shared host's speed drifts between moments. Shares of the ceiling "
                        + "at this size are less certain than their intervals say; compare strategies by their times.");
                line("");
            }
        }
    }

    private void sleepingTable() {
        List<Long> sizes = suite.sizes(Workload.SLEEPING);
        if (sizes.isEmpty()) {
            return;
        }
        line("## Sleeping tasks (4 tasks, no CPU)");
        line("");
        line("Ideal: ceil(4 / workers) × sleep, whatever the core count.");
        line("");
        for (long millis : sizes) {
            line("| strategy | workers | time (median ± 95% CI) | ideal | measured / ideal | |");
            line("|---|---|---|---|---|---|");
            for (Point p : suite.at(Workload.SLEEPING, millis)) {
                // virtual threads are not pooled: every task gets its own thread
                int concurrent = p.strategy().equals("virtual threads") ? SleepingTasks.TASKS : p.workers();
                double ideal = SleepingTasks.idealMillis(SleepingTasks.TASKS, Math.max(1, concurrent), millis) / 1e3;
                line("| " + p.strategy() + " | " + workersText(p) + " | " + p.time().time() + " | " + Units.time(ideal)
                        + " | " + p.time().times(1 / ideal).ratio("×") + " | " + noiseFlag(p) + " |");
            }
            line("");
        }
    }

    private void unevenTable() {
        List<Point> sleep = suite.at(Workload.UNEVEN_SLEEP, suite.sizes(Workload.UNEVEN_SLEEP).stream().findFirst().orElse(-1L));
        List<Point> cpu = suite.at(Workload.UNEVEN_CPU, 0);
        if (sleep.isEmpty() && cpu.isEmpty()) {
            return;
        }
        line("## Uneven tasks [2,4,6,8,1,3,5,7] on " + UnevenTasks.WORKERS + " workers: makespan in units");
        line("");
        Optional<Interval> cpuUnit = suite.serial(Workload.UNEVEN_CPU, 0).map(s -> s.time().times(1.0 / UnevenTasks.totalUnits()));
        line("Sleep unit: the unitMillis parameter. CPU unit: the serial run's time / 36"
                + cpuUnit.map(u -> " = " + u.time()).orElse(" (no serial run)") + ". CPU theory is bounded below by 36 / "
                + suite.cores() + " cores = " + Units.sig(36.0 / Math.max(1, suite.cores())) + " units.");
        line("");
        line("| policy | theory | sleep: measured | CPU: theory on " + suite.cores() + " cores | CPU: measured |");
        line("|---|---|---|---|---|");
        for (Policy policy : Policy.values()) {
            long theory = UnevenTasks.theoreticalMakespan(policy, UnevenTasks.SIZES, UnevenTasks.WORKERS);
            String label = "queue workers, " + policy.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String s = sleep.stream().filter(p -> p.strategy().equals(label)).findFirst()
                    .map(p -> makespanUnits(p).ratio("")).orElse("–");
            double cpuTheory = Math.max(theory, 36.0 / Math.max(1, suite.cores()));
            String c = cpu.stream().filter(p -> p.strategy().equals(label)).findFirst()
                    .flatMap(p -> cpuUnit.map(u -> p.time().over(u).ratio(""))).orElse("–");
            line("| " + policy.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " | " + theory + " | " + s + " | "
                    + Units.sig(cpuTheory) + " | " + c + " |");
        }
        sleep.stream().filter(Point::isSerial).findFirst().ifPresent(p -> line("| serial (1 worker) | 36 | "
                + makespanUnits(p).ratio("") + " | 36 | 36 (the unit's definition) |"));
        line("");
    }

    private Interval makespanUnits(Point p) {
        double unitSeconds = p.size() / 1e3;
        return p.time().times(1 / unitSeconds);
    }

    private void overheadTable() {
        List<Long> sums = suite.sizes(Workload.RANGE_SUM);
        if (sums.isEmpty()) {
            return;
        }
        long n = sums.get(0);
        Optional<Point> serial = suite.serial(Workload.RANGE_SUM, n);
        if (serial.isEmpty()) {
            return;
        }
        line("## Overheads (range sum of " + count(n) + ", where the work itself takes " + serial.get().time().time() + ")");
        line("");
        line("Per call, time minus serial time; per hand-off, divided by the tasks handed to another thread or process.");
        line("");
        line("| cost | strategy | workers | per call | per hand-off |");
        line("|---|---|---|---|---|");
        overhead("child JVM start + round trip", "cold processes", "1", 1, serial.get());
        overhead("warm round trip", "warm processes", "1", 1, serial.get());
        overhead("thread start + join", "manual threads", "2xcores", -1, serial.get());
        overhead("pool submit + wake-up", "fixed pool", "2xcores", -1, serial.get());
        overhead("queue hand-off", "queue workers", "2xcores", -1, serial.get());
        overhead("fork/join in a sized pool", "streams, sized pool", "2xcores", 0, serial.get());
        line("");
    }

    /** @param handOffs tasks handed to others: -1 means workers - 1 (the caller keeps one), 0 means workers */
    private void overhead(String cost, String strategy, String symbol, int handOffs, Point serial) {
        suite.at(Workload.RANGE_SUM, serial.size()).stream()
                .filter(p -> p.strategy().equals(strategy) && p.workersSymbol().equals(symbol)).findFirst()
                .ifPresent(p -> {
                    Interval extra = p.time().minus(serial.time());
                    int tasks = handOffs == -1 ? p.workers() - 1 : handOffs == 0 ? p.workers() : handOffs;
                    String per = tasks > 0 ? extra.times(1.0 / tasks).timeRange() : "–";
                    line("| " + cost + " | " + strategy + " | " + p.workers() + " | " + extra.timeRange() + " | " + per + " |");
                });
    }

    private void breakEvenTable() {
        List<Workload> ws = List.of(Workload.RANGE_SUM, Workload.SQUARES);
        line("## Break-even: the smallest size at which each strategy beats serial");
        line("");
        line("At workers = cores, faster than serial beyond both 95% intervals; \"never\" means not at any size measured.");
        line("");
        line("| strategy | range sum (n) | squares (length) |");
        line("|---|---|---|");
        Map<String, String> names = new java.util.LinkedHashMap<>(suite.strategiesFor(Workload.RANGE_SUM));
        suite.strategiesFor(Workload.SQUARES).forEach(names::putIfAbsent);
        for (Map.Entry<String, String> e : names.entrySet()) {
            List<String> cells = new ArrayList<>();
            for (Workload w : ws) {
                cells.add(suite.sizes(w).isEmpty() ? "–" : suite.breakEven(w, e.getKey(), e.getValue()).map(this::count).orElse("never"));
            }
            line("| " + e.getKey() + " | " + String.join(" | ", cells) + " |");
        }
        line("");
    }

    private void vocabulary() {
        line("## How to read this");
        line("");
        line("- **time**: the median of the measured iterations (all forks), ± the larger half of its distribution-free 95% "
                + "confidence interval (order statistics; needs at least 6 iterations, \"± ?\" below that).");
        line("- **speedup**: serial median / this median, with the interval from the ends of both intervals [low, high].");
        line("- **efficiency vs ideal**: speedup / workers. **vs ceiling**: speedup / the ceiling's speedup, where the "
                + "ceiling is what independent JMH threads, one per available processor, got on this machine in this run.");
        line("- **busy cores**: system CPU load × logical processors over each whole iteration (OSHI), child processes "
                + "included; for squares that includes the serial clearing and checking of the array around every call, "
                + "which are not in the measured time.");
        line("- ⚠ **inconclusive**: the speedup interval contains 1, so this run cannot say whether it beats serial. "
                + "~ **noisy**: the time's interval is wider than ±" + Units.percent(WIDE) + ".");
        line("- Compare strategies within one run; across runs or machines use `compare`.");
        line("");
    }

    private String flag(Point p) {
        List<String> flags = new ArrayList<>();
        if (!p.isSerial() && !p.isCeiling()) {
            suite.speedup(p).filter(s -> s.contains(1)).ifPresent(s -> flags.add("⚠ inconclusive"));
        }
        String noise = noiseFlag(p);
        if (!noise.isEmpty()) {
            flags.add(noise);
        }
        return String.join(", ", flags);
    }

    private static String noiseFlag(Point p) {
        List<String> flags = new ArrayList<>();
        if (!p.time().known()) {
            flags.add("n=" + p.summary().n() + ", too few for an interval");
        } else if (p.summary().relativeHalfWidth() > WIDE) {
            flags.add("~ noisy");
        }
        return String.join(", ", flags);
    }

    private static String workers(int n) {
        return n == 1 ? "1 worker" : n + " workers";
    }

    private static String workersText(Point p) {
        String symbol = p.workersSymbol();
        return symbol.equals(String.valueOf(p.workers())) ? symbol : symbol + " (" + p.workers() + ")";
    }

    private static String busy(Point p) {
        Interval b = p.busyCores();
        if (b == null || Double.isNaN(b.value())) {
            return "–";
        }
        return Units.sig(b.value()) + (b.known() ? " [" + Units.sig(b.lo()) + ", " + Units.sig(b.hi()) + "]" : " [?]");
    }

    static String pct(Interval i) {
        return Units.percent(i.value()) + (i.known() ? " [" + Units.percent(i.lo()) + ", " + Units.percent(i.hi()) + "]" : "");
    }

    private String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}

package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.JmhRows;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.work.Policy;

/** The suite's figures from synthetic rows with known times (each row six iterations within ±0.2%). */
class SuiteRunTest {
    @TempDir
    Path dir;

    private SuiteRun run() throws Exception {
        return SuiteRun.of(rows(), 2, ForkRounds.NONE);
    }

    private List<parbench.jmhfmt.BenchmarkRow> rows() throws Exception {
        return JmhRows.read(dir,
                JmhRows.rangeSum("SerialBench", 1, null, 10_000, 0.010),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 10_000, 0.020),
                JmhRows.rangeSum("ColdProcessesBench", 1, "cores", 10_000, 90),
                JmhRows.rangeSum("SerialBench", 1, null, 1_000_000, 1.0),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 1_000_000, 0.6),
                JmhRows.rangeSum("ColdProcessesBench", 1, "cores", 1_000_000, 91),
                JmhRows.rangeSum("SerialBench", 1, null, 50_000_000, 17.6),
                JmhRows.rangeSum("CeilingBench", 2, null, 50_000_000, 18.0),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 50_000_000, 9.0),
                JmhRows.rangeSum("FixedPoolBench", 1, "1", 50_000_000, 17.7),
                JmhRows.row("CommonPoolStreamsBench", "rangeSumPerElement", 1, JmhRows.params("n", 50_000_000, null), 30),
                JmhRows.rangeSum("ColdProcessesBench", 1, "cores", 50_000_000, 100),
                JmhRows.row("UnevenTasksBench", "unevenSleep", 1, "\"policy\":\"LONGEST_FIRST\",\"unitMillis\":\"5\"", 45.5));
    }

    @Test
    void speedupsAndSharesOfTheCeiling() throws Exception {
        SuiteRun run = run();
        Figures figures = Figures.of(run);
        Point pool = run.find(Workload.RANGE_SUM, 50_000_000, Series.of(Bench.FIXED_POOL), "cores").orElseThrow();
        assertEquals(2, pool.workers());
        Estimate speedup = figures.of(pool).speedup().orElseThrow();
        assertEquals(17.6 / 9.0, speedup.value(), 0.01, "the median of six rounds' ratios");
        assertTrue(speedup.lo() < speedup.value() && speedup.value() < speedup.hi());
        Estimate ceiling = figures.block(Workload.RANGE_SUM, 50_000_000).flatMap(BlockFigures::ceiling)
                .flatMap(Ceiling::speedup).orElseThrow();
        assertEquals(2 * 17.6 / 18.0, ceiling.value(), 0.01);
        assertEquals(18.0 / (2 * 9.0), figures.of(pool).share().orElseThrow().value(), 0.01, "ceiling time / (threads x pool time)");
        assertEquals(17.6 / 9.0 / 2, figures.of(pool).efficiency().orElseThrow().value(), 0.01);
    }

    @Test
    void workersWithoutAParameterComeFromTheCatalog() throws Exception {
        SuiteRun run = run();
        Point ceiling = run.ceiling(Workload.RANGE_SUM, 50_000_000).orElseThrow();
        assertEquals("threads=2", ceiling.workersSymbol());
        assertEquals(2, ceiling.workers());
        Point perElement = run.at(Workload.RANGE_SUM, 50_000_000).stream()
                .filter(p -> p.bench() == Bench.COMMON_POOL_STREAMS).findFirst().orElseThrow();
        assertEquals("cores", perElement.workersSymbol());
        assertEquals("streams per element, common pool", perElement.label());
        Point uneven = run.at(Workload.UNEVEN_SLEEP, 5).get(0);
        assertEquals(Policy.LONGEST_FIRST, uneven.series().policy());
        assertEquals(4, uneven.workers());
        assertEquals(45.5 / 5, Makespans.sleepUnits(uneven).value(), 0.05);
    }

    @Test
    void breakEvenIsWhereTheSpeedupCrossesOneOneDefinitionForEveryTable() throws Exception {
        RunAnalysis a = RunAnalysis.of(rows(), 2);
        assertEquals(List.of(10_000L, 1_000_000L, 50_000_000L), a.suite().sizes(Workload.RANGE_SUM));
        Costs costs = a.costs().get(Workload.RANGE_SUM);
        RunAnalysis.BreakEvens pool = a.breakEvens().stream().filter(b -> b.series().bench() == Bench.FIXED_POOL)
                .findFirst().orElseThrow();
        CostModel m = pool.models().get(Workload.RANGE_SUM);
        assertEquals(Costs.Crossing.BETWEEN, costs.crossing(m));
        // slower by 0.01 ms at 10,000, faster by 0.4 ms at 1,000,000: the lines meet 1/41 of the way
        assertEquals(10_000 + 990_000 / 41.0, m.crossing().value(), 500);
        assertTrue(pool.measured().contains(Workload.RANGE_SUM) && !pool.measured().contains(Workload.SQUARES));
        assertEquals(m, a.verdict().costModels().stream().filter(x -> x.series().bench() == Bench.FIXED_POOL)
                .findFirst().orElseThrow(), "the verdict reads the same model");
        CostModel cold = costs.model(Series.of(Bench.COLD_PROCESSES)).orElseThrow();
        assertEquals(Costs.Crossing.NEVER, costs.crossing(cold));
    }

    @Test
    void theWinnerIsTheFastestInProcessStrategyAtTheLargestSize() throws Exception {
        RunAnalysis a = RunAnalysis.of(rows(), 2);
        SuiteRun run = a.suite();
        Point winner = a.figures().workload(Workload.RANGE_SUM).winner().orElseThrow().point();
        assertEquals(Bench.FIXED_POOL, winner.bench());
        assertEquals("cores", winner.workersSymbol());
        Verdict v = a.verdict();
        assertEquals(winner, v.cpu().orElseThrow().best().point());
        assertTrue(v.cpu().get().beatsSerial());
        assertEquals(Bench.COLD_PROCESSES, v.processes().orElseThrow().point().bench());
        assertEquals(Policy.LONGEST_FIRST, v.unevenLongestFirst().orElseThrow().policy());
    }

    @Test
    void overheadsAreTimeOverSerialAtTheSmallestSize() throws Exception {
        List<Overheads.Overhead> list = Overheads.of(run());
        // cold processes were measured at cores, not at 1 worker: only the pool's line appears, nothing made up
        assertEquals(List.of("pool submit + wake-up"), list.stream().map(Overheads.Overhead::cost).toList());
        SuiteRun other = SuiteRun.of(JmhRows.read(dir.resolve("b"),
                JmhRows.rangeSum("SerialBench", 1, null, 10_000, 0.010),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 10_000, 0.016)), 2, ForkRounds.NONE);
        Overheads.Overhead pool = Overheads.of(other).get(0);
        assertEquals("pool submit + wake-up", pool.cost());
        assertEquals(0.006e-3, pool.perCall().value(), 0.1e-6);
        assertEquals(0.006e-3, pool.perHandOff().orElseThrow().value(), 0.1e-6, "2 workers, the caller keeps one: 1 hand-off");
        SuiteRun large = SuiteRun.of(JmhRows.read(dir.resolve("c"),
                JmhRows.rangeSum("SerialBench", 1, null, 50_000_000, 15),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 50_000_000, 8)), 2, ForkRounds.NONE);
        assertEquals(List.of(), Overheads.of(large), "at 50,000,000 time minus serial is a saving, not a per-call cost");
    }

    @Test
    void policyLabelsDoNotDependOnTheDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("queue workers, longest first", run().at(Workload.UNEVEN_SLEEP, 5).get(0).label());
            assertEquals("strided", Policy.STRIDED.label());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aOneForkFileSaysWhatItCannotTell() {
        // a committed run from before rounds: one fork per configuration, so no interval anywhere
        String md = parbench.CliRun.of("report", "results/intel-xeon-2cpu/20261122-044832.json").out();
        assertTrue(md.contains("fastest is **fixed pool**") && md.contains("whether it beats serial is not measured"), md);
        assertTrue(md.contains("fixed pool breaks even at 21,200 [?]"), "the measured break-even, without an interval: " + md);
        assertFalse(md.contains("fixed pool never"), "no interval is not the same as never");
        assertTrue(md.contains("no interval: too few forks to say what sets the limit"), md);
        assertFalse(md.contains("as much as the hardware gives"), md);
        assertTrue(md.contains("| fixed pool | breaks even at 21,200 [?] | not known |"), "the break-even table reads the verdict's: " + md);
    }

    @Test
    void otherSuitesRowsAreLeftOut(@TempDir Path other) throws Exception {
        RunAnalysis a = RunAnalysis.of(parbench.jmhfmt.JmhResultFile.read(parbench.OtherSuite.throughput(other)), null);
        assertTrue(a.suite().isEmpty());
        assertFalse(a.verdict().cpu().isPresent());
    }

    /** The plan declares the headline size; a file without it says so, and its figures read its largest size. */
    @Test
    void aFileWithoutThePlansHeadlineSizeSaysItIsNotMeasured() throws Exception {
        List<parbench.jmhfmt.BenchmarkRow> rows = JmhRows.read(dir.resolve("c"),
                JmhRows.rangeSum("SerialBench", 1, null, 1_000_000, 1.0),
                JmhRows.rangeSum("CeilingBench", 2, null, 1_000_000, 1.02),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 1_000_000, 0.6));
        RunAnalysis a = RunAnalysis.of(rows, 2);
        assertEquals(List.of(new RunAnalysis.At(Workload.RANGE_SUM, parbench.catalog.Plan.HEADLINE_SUM)), a.headlineMissing());
        assertEquals(Optional.of(1_000_000L), a.figures().workload(Workload.RANGE_SUM).headlineSize());
        String md = new parbench.render.RunReport("c", null, a, parbench.analysis.Timelines.of(null),
                RunCheck.Earlier.of(new RunPool.Run("c", null, a.figures()), List.of())).markdown();
        assertTrue(md.contains("- **Not measured**: range sum at n = 50,000,000, the plan's headline size; the figures "
                + "above read the largest size this run measured, 1,000,000."), md);
        assertTrue(RunAnalysis.of(rows(), 2).headlineMissing().isEmpty(), "the fixture has the headline size");
    }

    /** Every size the analysis reads as a headline is one the default plan measures, ceiling included. */
    @Test
    void thePlansHeadlinesAreInThePlan() {
        assertTrue(parbench.catalog.Plan.keeps("parbench.bench.CeilingBench.rangeSum",
                java.util.Map.of("n", String.valueOf(parbench.catalog.Plan.HEADLINE_SUM))));
        assertFalse(parbench.catalog.Plan.keeps("parbench.bench.CeilingBench.rangeSum", java.util.Map.of("n", "1000000")));
        assertTrue(parbench.catalog.Plan.keeps("parbench.bench.CeilingBench.squares",
                java.util.Map.of("length", String.valueOf(parbench.catalog.Plan.HEADLINE_SQUARES))));
        assertTrue(parbench.catalog.Plan.keeps("parbench.bench.ColdProcessesBench.rangeSum",
                java.util.Map.of("n", String.valueOf(parbench.catalog.Plan.SMALLEST_SUM), "workers", "1")), "the overhead table");
        for (Workload w : Workload.values()) {
            parbench.catalog.Plan.headline(w).ifPresent(n -> assertTrue(parbench.catalog.Plan.keeps(
                    "parbench.bench.FixedPoolBench." + w.method, java.util.Map.of(w.sizeParam, String.valueOf(n), "workers", "1")),
                    w + ": the scaling chart's worker counts"));
        }
    }

    /** A configuration whose forks were still getting faster is flagged, never averaged in silence: 18 of 131 in the committed EPYC run. */
    @Test
    void configurationsStillWarmingUpAreFlagged() throws Exception {
        Path run = Path.of("results", "amd-epyc-2cpu", "20261123-204842.json");
        RunAnalysis a = RunAnalysis.of(parbench.jmhfmt.JmhResultFile.read(run), 2);
        assertEquals(18, a.stillWarming().size());
        assertTrue(a.stillWarming().stream().anyMatch(p -> p.bench() == Bench.WARM_PROCESSES && p.size() == 1_000));
        Point serial = a.suite().serial(Workload.RANGE_SUM, 50_000_000).orElseThrow();
        assertFalse(a.figures().of(serial).flags().contains(PointFigures.Flag.STILL_WARMING), "serial's long calls are steady");
        assertTrue(a.suite().points().stream().filter(p -> !a.stillWarming().contains(p))
                .noneMatch(PointFigures::stillWarming));
        assertTrue(RunAnalysis.of(rows(), 2).stillWarming().isEmpty(), "two iterations within 0.1%: steady");
    }

    /** A ceiling above its ideal is noise; a share is then of what the cores can give, whatever the workers. */
    @Test
    void aShareAgainstANoisyCeilingIsOfTheCoresNotOfTheWorkers() throws Exception {
        Figures run = Figures.of(SuiteRun.of(JmhRows.read(dir,
                JmhRows.rangeSum("SerialBench", 1, null, 50_000_000, 17.6),
                JmhRows.rangeSum("CeilingBench", 2, null, 50_000_000, 17.2),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 50_000_000, 9.0),
                JmhRows.rangeSum("FixedPoolBench", 1, "2xcores", 50_000_000, 8.9),
                JmhRows.rangeSum("FixedPoolBench", 1, "1", 50_000_000, 17.7)), 2, ForkRounds.NONE));
        assertTrue(run.block(Workload.RANGE_SUM, 50_000_000).flatMap(BlockFigures::ceiling).orElseThrow().aboveIdeal(),
                "2 x 17.6 / 17.2 = 2.05x on 2 threads");
        for (String workers : List.of("1", "cores", "2xcores")) {
            PointFigures p = run.of(run.suite().find(Workload.RANGE_SUM, 50_000_000, Series.of(Bench.FIXED_POOL), workers).orElseThrow());
            assertEquals(p.speedup().orElseThrow().value() / 2, p.share().orElseThrow().value(), 1e-9,
                    workers + " workers: speedup / the 2 cores");
        }
    }

    /** The verdict reads the headline configurations (workers = cores), not the luckiest of the pilot's others. */
    @Test
    void theWinnerIsTheFastestAtTheCoresAndAtAnyCountOnlyWhereNoneRanThere() throws Exception {
        SuiteRun run = SuiteRun.of(JmhRows.read(dir,
                JmhRows.rangeSum("SerialBench", 1, null, 50_000_000, 17.6),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 50_000_000, 9.0),
                JmhRows.rangeSum("FixedPoolBench", 1, "2xcores", 50_000_000, 8.5)), 2, ForkRounds.NONE);
        assertEquals(2, Figures.of(run).workload(Workload.RANGE_SUM).winner().orElseThrow().point().workers(),
                "4 workers measured faster, at the cores it is 2");
        SuiteRun noCores = SuiteRun.of(JmhRows.read(dir.resolve("other"),
                JmhRows.rangeSum("SerialBench", 1, null, 50_000_000, 17.6),
                JmhRows.rangeSum("FixedPoolBench", 1, "1", 50_000_000, 17.7),
                JmhRows.rangeSum("FixedPoolBench", 1, "2xcores", 50_000_000, 8.5)), 2, ForkRounds.NONE);
        assertEquals(4, Figures.of(noCores).workload(Workload.RANGE_SUM).winner().orElseThrow().point().workers());
    }

    /** A cause is named only where its interval rules out the others. */
    @Test
    void whatLimitsMemoryBoundWorkIsNamedOnlyWhereTheIntervalsSaySo() {
        assertEquals(Verdict.Limit.BANDWIDTH, Verdict.limit(new Estimate(1.3, 1.2, 1.5, 8, 0.95), new Estimate(0.8, 0.7, 0.9, 8, 0.95), 2));
        assertEquals(Verdict.Limit.NONE, Verdict.limit(new Estimate(1.9, 1.85, 1.95, 8, 0.95), new Estimate(0.98, 0.96, 1.0, 8, 0.95), 2));
        assertEquals(Verdict.Limit.SPLITTING, Verdict.limit(new Estimate(1.9, 1.85, 1.95, 8, 0.95), new Estimate(0.75, 0.7, 0.8, 8, 0.95), 2));
        // 20261201-235113's squares: the ceiling 1.76x [1.56, 2.33] and the share 77% [70%, 94%] on 2 processors
        assertEquals(Verdict.Limit.UNDECIDED, Verdict.limit(new Estimate(1.76, 1.56, 2.33, 8, 0.95), new Estimate(0.77, 0.70, 0.94, 8, 0.95), 2));
    }

    /** Overlapping intervals are a tie, named as one; a ceiling above its ideal is noise, and the share is of the ideal. */
    @Test
    void aTieIsATie() {
        String md = parbench.CliRun.of("report", "results/amd-epyc-2cpu/20261123-204842.json").out();
        assertTrue(md.contains("- **CPU-bound work** (range sum of 50,000,000): a tie, at 2 workers, between **streams, common pool**; "
                + "fixed pool; manual threads; queue workers; and streams, sized pool: each is within its error"), md);
        assertTrue(md.contains("(97% [94%, 99%] of the ceiling, its ideal 2× here: the measured ") && md.contains(" is above it, the host's noise)"), md);
        assertFalse(md.contains("- **CPU-bound work** (range sum of 50,000,000): use **"), md);
    }
}

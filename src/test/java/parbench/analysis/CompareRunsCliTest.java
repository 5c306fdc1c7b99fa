package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.CliRun;
import parbench.machine.MachineRecord;

/**
 * {@code compare A1 A2 A3 -- B1 B2 B3} on the command line: several runs a side compared at the run
 * level, in Markdown, CSV and JSON, with the gate; a side with one run warned of; a user's mistakes
 * one line and exit 2. Runs written here, with machine records beside them, the host's hour moving
 * each run a few percent and the pool slower on every run of B where asked.
 */
class CompareRunsCliTest {
    @TempDir
    Path dir;

    /** The runs of a side, with a record of suite "aa" beside each: each hour moves one run's block, pool the pool. */
    private List<String> side(String name, double[] hours, double pool) throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            MachineRecord m = RunsOfOneSuite.record("amd-epyc-2cpu", "17.0.15", "2026-12-04T0" + i + ":00:00Z", "aa");
            RunsOfOneSuite.run(dir, name + i, m, hours[i], pool);
            Files.write(dir.resolve(name + i + ".machine.json"), m.toJson());
            paths.add(dir.resolve(name + i + ".json").toString());
        }
        return paths;
    }

    private static String[] args(List<String> a, List<String> b, String... options) {
        List<String> all = new ArrayList<>(List.of("compare"));
        all.addAll(a);
        all.add("--");
        all.addAll(b);
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    private List<String> a() throws Exception {
        return side("a", new double[] {1.0, 1.04, 0.97}, 1);
    }

    private List<String> bSlowerPool() throws Exception {
        return side("b", new double[] {1.02, 0.96, 1.05}, 1.2);
    }

    @Test
    void threeRunsASideFindThePoolSlowerAtTheRunLevelAndNothingElse() throws Exception {
        CliRun o = CliRun.of(args(a(), bSlowerPool()));
        assertEquals(0, o.status(), o.err());
        String md = o.out();
        assertTrue(md.startsWith("# parbench compare: runs\n"), md);
        assertTrue(md.contains("| A | a0.json | amd-epyc-2cpu | 17.0.15 | 2026-12-04T00:00:00Z |"), md);
        assertTrue(md.contains("| benchmark | params | mode | A: 3 runs (df 2) | B: 3 runs (df 2) | B vs A | p (runs) |"), md);
        List<String> rows = md.lines().filter(l -> l.contains("Bench.rangeSum |")).toList();
        assertEquals(4, rows.size(), md);
        for (String row : rows) {
            boolean pool = row.startsWith("| FixedPoolBench");
            assertEquals(pool, row.contains("(worse: slower)"), row);
            assertEquals(!pool, row.contains("| ~ ("), row);
            assertTrue(row.endsWith("(3+3) |"), row);
        }
        assertFalse(md.contains("## Warnings"), "one suite a side, enough runs: " + md);
        assertTrue(md.contains("### range sum, n = 50,000,000"), md);
        assertTrue(md.lines().anyMatch(l -> l.startsWith("| fixed pool | cores | speedup |") && l.contains("(lower)")), md);
        assertTrue(md.lines().anyMatch(l -> l.startsWith("| streams, sized pool | cores | speedup |") && l.contains("| ~ (")), md);
    }

    @Test
    void csvAndJsonCarryEachRowAndEachRunsEstimate() throws Exception {
        List<String> a = a();
        List<String> b = bSlowerPool();
        CliRun csv = CliRun.of(args(a, b, "--csv"));
        assertEquals(0, csv.status(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertTrue(lines.get(0).startsWith("benchmark,mode,threads,params,figure,unit,files,baseline_files,runs,mean,"), lines.get(0));
        assertEquals(1 + 4 + 4, lines.size(), "a header, 4 rows, each strategy's speedup and share: " + csv.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("parbench.bench.FixedPoolBench.rangeSum,avgt,1,")
                && l.contains(",median,s/op,") && l.endsWith(",WELCH_LOG_RUNS," + lines.stream().filter(x -> x.contains("FixedPool")
                        && x.contains(",median,")).findFirst().orElseThrow().split(",WELCH_LOG_RUNS,")[1])), csv.out());
        CliRun json = CliRun.of(args(a, b, "--json"));
        assertEquals(0, json.status(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("ONE_SUITE", root.get("sides").get(0).get("agreement").asText());
        assertEquals(3, root.get("sides").get(1).get("runs").size());
        JsonNode pool = null;
        for (JsonNode row : root.get("rows")) {
            if (row.get("benchmark").asText().endsWith("FixedPoolBench.rangeSum")) {
                pool = row;
            }
        }
        assertEquals(3, pool.get("other").get("estimates").size());
        assertEquals(2, pool.get("other").get("df").asInt());
        assertTrue(pool.get("change").get("significant").asBoolean());
        assertEquals("worse: slower", pool.get("change").get("verdict").asText());
        assertTrue(pool.get("other").get("next_run_high").asDouble() > pool.get("other").get("mean_high").asDouble(),
                "the next run's interval is wider than the mean's");
        assertEquals(0, root.get("warnings").size());
    }

    @Test
    void theGateFailsOnTheSlowerPoolBeyondFivePercentAndPassesBeyondForty() throws Exception {
        List<String> a = a();
        List<String> b = bSlowerPool();
        CliRun five = CliRun.of(args(a, b, "--max-regression", "5"));
        assertEquals(1, five.status(), five.err());
        assertEquals("parbench: gate fails: 1 row(s) a significant regression beyond 5%", five.err().strip());
        assertTrue(five.out().contains("## Gate: --max-regression 5%"), five.out());
        assertTrue(five.out().lines().anyMatch(l -> l.startsWith("| FixedPoolBench.rangeSum | n=50000000 workers=cores | avgt | +")),
                five.out());
        CliRun forty = CliRun.of(args(a, b, "--max-regression", "40%"));
        assertEquals(0, forty.status(), forty.err());
        assertEquals("parbench: gate passes", forty.err().strip());
        CliRun aa = CliRun.of(args(a, side("c", new double[] {0.99, 1.03, 1.0}, 1), "--max-regression", "0"));
        assertEquals(0, aa.status(), "runs of one jar, gated at 0%: " + aa.out());
    }

    @Test
    void aSideWithOneRunIsComparedWithAWarningAndCannotBeGated() throws Exception {
        List<String> one = side("one", new double[] {1.0}, 1);
        List<String> b = side("b", new double[] {1.0, 1.1, 0.9}, 2.0);
        CliRun o = CliRun.of(args(one, b));
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("A side has fewer than 2 runs (A 1, B 3): need 2 runs a side for the run-level test"), o.out());
        assertTrue(o.out().contains("| A: 1 run (df 0) |"), o.out());
        assertTrue(o.out().lines().filter(l -> l.contains("Bench.rangeSum |")).allMatch(l -> l.contains("| ~ (") && l.contains("[?])")),
                "no test, whatever the change: " + o.out());
        CliRun gated = CliRun.of(args(one, b, "--max-regression", "5"));
        assertEquals(2, gated.status(), gated.err());
        assertEquals(1, gated.err().lines().count(), gated.err());
        assertTrue(gated.err().startsWith("parbench: compare: --max-regression on runs needs 2 runs a side"), gated.err());
    }

    @Test
    void mistakesAreOneLineAndExitTwo() throws Exception {
        List<String> a = a();
        String missing = dir.resolve("nope.json").toString();
        List<String[]> mistakes = List.of(
                args(a, List.of(missing)),
                args(a, List.of()),
                args(List.of(), a),
                args(a, a, "--", a.get(0)),
                args(a, a, "--normalize"),
                args(a, a, "--baseline", dir.toString()),
                new String[] {"compare", a.get(0), "--alpha", "--", a.get(1)});
        for (String[] args : mistakes) {
            CliRun o = CliRun.of(args);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("parbench: "), o.err());
            assertFalse(o.err().contains("Exception") || o.err().contains("\u0000"), o.err());
            assertEquals("", o.out());
        }
        assertTrue(CliRun.of(args(a, List.of(missing))).err().contains("nope.json"), "the missing file is named");
        assertTrue(CliRun.of(args(a, List.of())).err().contains("no result files after --"));
    }

    @Test
    void optionsMayFollowTheSecondSideAndSaveWritesTheComparison() throws Exception {
        List<String> a = a();
        List<String> b = bSlowerPool();
        Path results = dir.resolve("results");
        CliRun o = CliRun.of(args(a, b, "--save", "--results", results.toString(), "--alpha", "0.01"));
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("not significant at alpha = 0.01"), o.out());
        List<Path> saved;
        try (Stream<Path> files = Files.list(results.resolve("comparisons"))) {
            saved = files.map(Path::getFileName).sorted().toList();
        }
        assertEquals(2, saved.size(), "Markdown and CSV: " + saved);
        assertTrue(saved.get(0).toString().matches("\\d{8}-\\d{6}-.*_a0-and-2-more-vs-.*_b0-and-2-more\\.csv"), saved.toString());
        assertEquals(o.out(), Files.readString(results.resolve("comparisons").resolve(saved.get(1))));
    }
}

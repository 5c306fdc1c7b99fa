package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parbench.CliRun;
import parbench.OtherSuite;
import parbench.TestData;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;

class CompareTest {

    static Stream<Path> sharedFiles() throws Exception {
        return TestData.sharedFiles();
    }

    @TestData.Shared
    @ParameterizedTest
    @MethodSource("sharedFiles")
    void everySharedFileComparesWithItself(Path file) {
        CliRun o = CliRun.of("compare", file.toString(), file.toString());
        assertEquals(0, o.status(), o.err());
        int rows = JmhResultFile.read(file).size();
        long tildes = o.out().lines().filter(l -> l.contains("| ~ (+0.0%)")).count();
        assertEquals(rows, tildes, "every row unchanged and not significant:\n" + o.out());
        assertTrue(o.out().contains("| **geomean** |"), o.out());
        assertTrue(o.out().contains("+0.0% | |"), "geomean of identical files is +0.0%");
    }

    @TestData.Shared
    @Test
    void intelAgainstM1IsARealCrossMachineComparison() throws Exception {
        Path intel = TestData.shared("jmh132_avgt_params_dotgc_intel");
        Path m1 = TestData.shared("jmh132_avgt_params_dotgc_m1");
        CliRun o = CliRun.of("compare", intel.toString(), m1.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("no machine record"), o.out());
        // the first row, checked against scipy.stats.mannwhitneyu: all 5 M1 iterations below all 5 Intel ones
        assertTrue(o.out().contains("| Blake3Benchmark.newHasher | dataLen=16384 hashLen=256 | avgt | 33.1 µs/op ± ? | "
                + "26.3 µs/op ± ? | -20.5% (better: faster) | p=0.008 (5+5 it., U) |"), o.out());
        assertTrue(o.out().contains("24 comparison(s) have a file with one fork"), "one fork each: said, not hidden");
        assertFalse(o.out().contains("## Rows not in every file"), "the same 24 rows on both machines");
        Comparison c = new Comparison(List.of(
                new Comparison.Input("intel", intel.toString(), JmhResultFile.read(intel), null),
                new Comparison.Input("m1", m1.toString(), JmhResultFile.read(m1), null)), 0.05, false);
        assertEquals(24, c.matched().size());
        Comparison.Change first = c.matched().get(0).change(1);
        assertEquals(2.0 / 252, first.test().p(), 1e-12);
        assertEquals(new parbench.stats.TestResult(parbench.stats.TestResult.Method.U_ITERATIONS, first.test().p(), 5, 5, 0.05,
                true), first.test());
        // one estimator for the change and its interval: the Hodges-Lehmann shift, worked out with numpy
        assertEquals(0.795445, first.ratio(), 1e-6);
        assertEquals(first.ratio(), first.interval().value(), 0);
        assertTrue(first.significant() && first.lowerBetter() && first.ratio() < 1, "a time, lower: better");
        double g = c.geomean(1);
        // the geometric mean of the 24 rows' Hodges-Lehmann ratios, worked out with numpy
        assertEquals(1.680905, g, 1e-5);
    }

    /** The project's own side of the test above, on files written here: one fork a side leaves a U test over iterations. */
    @Test
    void oneForkFilesOfTwoMachinesAreComparedByTheirIterations(@TempDir Path dir) throws Exception {
        Path[] pair = OtherSuite.pair(dir);
        CliRun o = CliRun.of("compare", pair[0].toString(), pair[1].toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("no machine record"), o.out());
        assertTrue(o.out().contains("| HashBench.hash | dataLen=16 hashLen=256 | avgt | 33.1 µs/op ± ? | "
                + "26.3 µs/op ± ? | -20.5% (better: faster) | p=0.008 (5+5 it., U) |"), o.out());
        assertTrue(o.out().contains(OtherSuite.PAIR_ROWS + " comparison(s) have a file with one fork"), o.out());
        assertFalse(o.out().contains("## Rows not in every file"), o.out());
        Comparison c = new Comparison(List.of(new Comparison.Input("a", pair[0].toString(), JmhResultFile.read(pair[0]), null),
                new Comparison.Input("b", pair[1].toString(), JmhResultFile.read(pair[1]), null)), 0.05, false);
        assertEquals(OtherSuite.PAIR_ROWS, c.matched().size());
        Comparison.Change first = c.matched().get(0).change(1);
        assertEquals(new parbench.stats.TestResult(parbench.stats.TestResult.Method.U_ITERATIONS, 2.0 / 252, 5, 5, 0.05,
                true), first.test());
        assertEquals(0.795, first.ratio(), 1e-9, "every iteration 0.795 times the other machine's: the shift is exact");
        assertTrue(first.significant() && first.lowerBetter(), "a time, lower: better");
    }

    @Test
    void unitsAreConvertedBeforeComparing(@TempDir Path dir) throws Exception {
        Path original = OtherSuite.millis(dir);
        ObjectMapper json = new ObjectMapper();
        ArrayNode rows = (ArrayNode) json.readTree(original.toFile());
        for (JsonNode r : rows) {
            ObjectNode pm = (ObjectNode) r.get("primaryMetric");
            String unit = pm.get("scoreUnit").asText();
            assertEquals("ms/op", unit);
            pm.put("scoreUnit", "us/op");
            pm.put("score", pm.get("score").asDouble() * 1000);
            for (JsonNode fork : pm.get("rawData")) {
                for (int i = 0; i < fork.size(); i++) {
                    ((ArrayNode) fork).set(i, fork.get(i).asDouble() * 1000);
                }
            }
        }
        Path micros = dir.resolve("micros.json");
        json.writeValue(micros.toFile(), rows);
        CliRun o = CliRun.of("compare", original.toString(), micros.toString());
        assertEquals(0, o.status(), o.err());
        assertFalse(o.out().contains("units differ"), o.out());
        assertEquals(rows.size(), o.out().lines().filter(l -> l.contains("| ~ (+0.0%)")).count(), o.out());
    }

    @Test
    void unmatchedRowsAreListedAndDisjointFilesRefused(@TempDir Path dir) throws Exception {
        Path a = OtherSuite.throughput(dir);
        Path b = OtherSuite.pair(dir)[0];
        CliRun o = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("parbench: compare: ") && o.err().contains("no benchmark in common"), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
    }

    @Test
    void rowsOnOneSideOnlyAreListed(@TempDir Path dir) throws Exception {
        Path full = OtherSuite.pair(dir)[0];
        Path fewer = rewrite(full, dir.resolve("fewer.json"), rows -> rows.remove(rows.size() - 1));
        CliRun o = CliRun.of("compare", full.toString(), fewer.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("## Rows not in every file"), o.out());
    }

    @Test
    void badInputsGiveOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path good = OtherSuite.throughput(dir);
        Path truncated = Files.writeString(dir.resolve("cut.json"), Files.readString(good).substring(0, 300));
        for (String[] args : List.of(
                new String[] {"compare", good.toString()},
                new String[] {"compare", good.toString(), dir.resolve("nope.json").toString()},
                new String[] {"compare", good.toString(), truncated.toString()},
                new String[] {"compare", good.toString(), good.toString(), "--alpha", "7"},
                new String[] {"compare", good.toString(), good.toString(), "--frobnicate"},
                // jopt converts values only when they are read: these once escaped as stack traces
                new String[] {"compare", good.toString(), good.toString(), "--alpha", "abc"},
                new String[] {"compare", good.toString(), good.toString(), "--alpha=0,05"},
                new String[] {"compare", good.toString(), good.toString(), "--alpha", "0.05", "--alpha", "0.1"},
                new String[] {"compare", good.toString(), good.toString(), "--save", "--results", "/proc/no/such"})) {
            CliRun o = CliRun.of(args);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("parbench: "), o.err());
        }
    }

    @Test
    void aRowWithNoSamplesSaysSo(@TempDir Path dir) throws Exception {
        Path good = OtherSuite.millis(dir);
        Path empty = rewrite(good, dir.resolve("empty.json"),
                rows -> ((ObjectNode) rows.get(0).get("primaryMetric")).putArray("rawData"));
        CliRun o = CliRun.of("compare", good.toString(), empty.toString());
        assertEquals(0, o.status(), o.err());
        assertFalse(o.out().contains("NaN"), o.out());
        assertTrue(o.out().contains("| no samples | no samples |"), o.out());
    }

    @Test
    void theWarningSaysHowManySamplesTheAlphaInUseNeeds(@TempDir Path dir) throws Exception {
        Path a = OtherSuite.pair(dir)[0];
        CliRun at05 = CliRun.of("compare", a.toString(), a.toString(), "--alpha", "0.05");
        CliRun at001 = CliRun.of("compare", a.toString(), a.toString(), "--alpha", "0.001");
        assertFalse(at05.out().contains("too few samples"), "5 + 5 iterations can show a difference at 0.05");
        assertTrue(at001.out().contains("need 7 samples per side to detect a difference at alpha level 0.001"), at001.out());
    }

    @Test
    void sampleModeHistogramsAreReadAndCompared(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sample.json");
        CliRun made = CliRun.of("--no-save", "--no-load-profiler", "SerialBench.rangeSum", "-p", "n=10000", "-bm", "sample",
                "-f", "0", "-wi", "0", "-i", "2", "-r", "100ms", "-rf", "json", "-rff", json.toString());
        assertEquals(0, made.status(), made.err());
        assertTrue(Files.readString(json).contains("rawDataHistogram"), "JMH wrote sample mode's histogram");
        BenchmarkRow row = JmhResultFile.read(json).get(0);
        assertEquals("sample", row.mode());
        assertEquals(2, parbench.JmhRows.iterations(row.primary()).length, "one mean per iteration");
        CliRun o = CliRun.of("compare", json.toString(), json.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("| sample |"), o.out());
    }

    @Test
    void csvAndSave(@TempDir Path dir) throws Exception {
        Path[] pair = OtherSuite.pair(dir.resolve("in"));
        Path a = pair[0];
        Path b = pair[1];
        CliRun csv = CliRun.of("compare", a.toString(), b.toString(), "--csv");
        assertEquals(0, csv.status(), csv.err());
        assertTrue(csv.out().startsWith("benchmark,mode,threads,params,unit,file,baseline,forks,median"), csv.out());
        assertEquals(OtherSuite.PAIR_ROWS + 1, csv.out().lines().count(), "a header and every row");
        CliRun first = CliRun.of("compare", a.toString(), b.toString(), "--save", "--results", dir.toString());
        CliRun second = CliRun.of("compare", a.toString(), b.toString(), "--save", "--results", dir.toString());
        assertEquals(0, first.status() + second.status(), first.err() + second.err());
        List<Path> saved;
        try (Stream<Path> files = Files.list(dir.resolve("comparisons"))) {
            saved = files.sorted().toList();
        }
        assertEquals(6, saved.size(), "two comparisons, each .md, .csv and a forest plot, none written over: " + saved);
        for (Path md : saved.stream().filter(p -> p.toString().endsWith(".md")).toList()) {
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)]+\\.png)\\)").matcher(Files.readString(md));
            int links = 0;
            while (link.find()) {
                assertTrue(Files.isRegularFile(md.resolveSibling(link.group(1))), link.group(1) + " linked from " + md);
                links++;
            }
            assertEquals(1, links, "the forest plot; no speedup chart, as these are not parbench's benchmarks");
        }
    }

    /** A copy of a result file with its rows changed. */
    private static Path rewrite(Path source, Path target, java.util.function.Consumer<ArrayNode> change) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode rows = (ArrayNode) json.readTree(source.toFile());
        change.accept(rows);
        json.writeValue(target.toFile(), rows);
        return target;
    }
}

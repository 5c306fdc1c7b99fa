package parbench.report;

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

class CompareTest {

    static Stream<Path> sharedFiles() throws Exception {
        return JmhResultFileTest.sharedFiles();
    }

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

    @Test
    void intelAgainstM1IsARealCrossMachineComparison() throws Exception {
        Path intel = JmhResultFileTest.shared("jmh132_avgt_params_dotgc_intel");
        Path m1 = JmhResultFileTest.shared("jmh132_avgt_params_dotgc_m1");
        CliRun o = CliRun.of("compare", intel.toString(), m1.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("no machine record"), o.out());
        assertTrue(o.out().contains("(better: faster)") || o.out().contains("(worse: slower)"), o.out());
        assertFalse(o.out().contains("## Rows not in every file"), "the same 24 rows on both machines");
        Comparison c = new Comparison(List.of(
                new Comparison.Input("intel", intel.toString(), JmhResultFile.read(intel), null),
                new Comparison.Input("m1", m1.toString(), JmhResultFile.read(m1), null)), 0.05);
        assertEquals(24, c.matched().size());
        double g = c.geomean(1);
        assertTrue(g > 0 && Double.isFinite(g));
        for (Comparison.Row row : c.matched()) {
            Comparison.Change ch = c.change(row, 1);
            assertEquals(ch.p() < 0.05 && !ch.tooFewSamples(), ch.significant());
        }
    }

    @Test
    void unitsAreConvertedBeforeComparing(@TempDir Path dir) throws Exception {
        Path original = JmhResultFileTest.shared("jmh137_avgt_params_forks5");
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
    void unmatchedRowsAreListedAndDisjointFilesRefused() throws Exception {
        Path a = JmhResultFileTest.shared("jmh137_thrpt_threads4");
        Path b = JmhResultFileTest.shared("jmh119_thrpt_novmName");
        CliRun o = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("parbench: compare: ") && o.err().contains("no benchmark in common"), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
    }

    @Test
    void rowsOnOneSideOnlyAreListed(@TempDir Path dir) throws Exception {
        Path full = JmhResultFileTest.shared("jmh137_avgt_params_gcprof");
        ObjectMapper json = new ObjectMapper();
        ArrayNode rows = (ArrayNode) json.readTree(full.toFile());
        rows.remove(rows.size() - 1);
        Path fewer = dir.resolve("fewer.json");
        json.writeValue(fewer.toFile(), rows);
        CliRun o = CliRun.of("compare", full.toString(), fewer.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("## Rows not in every file"), o.out());
    }

    @Test
    void badInputsGiveOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path good = JmhResultFileTest.shared("jmh137_thrpt_threads4");
        Path truncated = Files.writeString(dir.resolve("cut.json"), Files.readString(good).substring(0, 300));
        for (String[] args : List.of(
                new String[] {"compare", good.toString()},
                new String[] {"compare", good.toString(), dir.resolve("nope.json").toString()},
                new String[] {"compare", good.toString(), truncated.toString()},
                new String[] {"compare", good.toString(), good.toString(), "--alpha", "7"},
                new String[] {"compare", good.toString(), good.toString(), "--frobnicate"})) {
            CliRun o = CliRun.of(args);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("parbench: "), o.err());
        }
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
        assertEquals(2, row.primary().samples().length, "one mean per iteration");
        CliRun o = CliRun.of("compare", json.toString(), json.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("| sample |"), o.out());
    }

    @Test
    void csvAndSave(@TempDir Path dir) throws Exception {
        Path a = JmhResultFileTest.shared("jmh132_avgt_params_dotgc_intel");
        Path b = JmhResultFileTest.shared("jmh132_avgt_params_dotgc_m1");
        CliRun csv = CliRun.of("compare", a.toString(), b.toString(), "--csv");
        assertEquals(0, csv.status(), csv.err());
        assertTrue(csv.out().startsWith("benchmark,mode,threads,params,unit,file,baseline,n,median"), csv.out());
        assertEquals(25, csv.out().lines().count());
        CliRun first = CliRun.of("compare", a.toString(), b.toString(), "--save", "--results", dir.toString());
        CliRun second = CliRun.of("compare", a.toString(), b.toString(), "--save", "--results", dir.toString());
        assertEquals(0, first.status() + second.status(), first.err() + second.err());
        try (Stream<Path> saved = Files.list(dir.resolve("comparisons"))) {
            assertEquals(4, saved.count(), "two comparisons, each .md and .csv, none written over");
        }
    }
}

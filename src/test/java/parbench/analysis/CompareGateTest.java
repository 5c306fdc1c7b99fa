package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.CliRun;
import parbench.JmhRows;
import parbench.OtherSuite;

/**
 * compare as a gate, through the command line: two forks a side are enough to see a halving, the
 * exit status is the gate's, --json carries every row and the decision, --baseline finds the run
 * to compare with.
 */
class CompareGateTest {
    @TempDir
    Path dir;

    /** Two forks of four iterations a side, like many JMH users' -f 2: serial unchanged, the parallel row half as fast. */
    private Path[] halving() throws Exception {
        Path before = JmhRows.write(dir.resolve("before.json"),
                JmhRows.row("SerialBench", "rangeSum", 1, JmhRows.params("n", 10_000_000, null), new double[] {3.10, 3.05}),
                JmhRows.row("FixedPoolBench", "rangeSum", 1, JmhRows.params("n", 10_000_000, "cores"), new double[] {1.53, 1.60}),
                JmhRows.row("SerialBench", "rangeSum", 1, JmhRows.params("n", 1_000_000, null), new double[] {0.310, 0.302}));
        Path after = JmhRows.write(dir.resolve("after.json"),
                JmhRows.row("SerialBench", "rangeSum", 1, JmhRows.params("n", 10_000_000, null), new double[] {3.02, 3.12}),
                JmhRows.row("FixedPoolBench", "rangeSum", 1, JmhRows.params("n", 10_000_000, "cores"), new double[] {3.08, 3.21}),
                JmhRows.row("SerialBench", "rangeSum", 1, JmhRows.params("n", 1_000_000, null), new double[] {0.306, 0.309}));
        return new Path[] {before, after};
    }

    @Test
    void twoForksASideShowAHalvingAndTheGateFailsOnIt() throws Exception {
        Path[] f = halving();
        CliRun o = CliRun.of("compare", f[0].toString(), f[1].toString(), "--max-regression", "10");
        assertEquals(1, o.status(), o.err());
        assertTrue(o.out().contains("(worse: slower) | p="), o.out());
        assertTrue(o.out().contains("(2+2 forks, t)"), o.out());
        assertEquals(2, o.out().lines().filter(l -> l.startsWith("| SerialBench.rangeSum") && l.contains("| ~ (")).count(),
                "the serial rows are not flagged: " + o.out());
        assertTrue(o.out().contains("**Fails**: 1 row(s)") && o.out().contains("| FixedPoolBench.rangeSum | n=10000000 workers=cores"),
                o.out());
        assertTrue(o.err().contains("parbench: gate fails: 1 row(s)"), o.err());
    }

    @Test
    void theGatePassesOnAnImprovementAndOnAFileAgainstItself() throws Exception {
        Path[] f = halving();
        assertEquals(0, CliRun.of("compare", f[1].toString(), f[0].toString(), "--max-regression", "10").status(),
                "twice as fast is no regression");
        CliRun same = CliRun.of("compare", f[0].toString(), f[0].toString(), "--max-regression", "0");
        assertEquals(0, same.status(), same.out());
        assertTrue(same.out().contains("**Passes**"), same.out());
    }

    @Test
    void throughputIsReadTheRightWayRound() throws Exception {
        Path file = OtherSuite.throughput(dir);
        CliRun o = CliRun.of("compare", file.toString(), file.toString(), "--max-regression", "5", "--json");
        assertEquals(0, o.status(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertFalse(json.get("gate").get("fires").asBoolean());
        assertFalse(json.get("rows").get(0).get("changes").get(0).get("lower_is_better").asBoolean(), "throughput: higher is better");
    }

    @Test
    void jsonHasEveryRowAndTheDecision() throws Exception {
        Path[] f = halving();
        CliRun o = CliRun.of("compare", f[0].toString(), f[1].toString(), "--max-regression", "10", "--json");
        assertEquals(1, o.status());
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertEquals(3, json.get("rows").size());
        JsonNode pool = json.get("rows").get(1);
        assertEquals("parbench.bench.FixedPoolBench.rangeSum", pool.get("benchmark").asText());
        JsonNode change = pool.get("changes").get(0);
        assertEquals("WELCH_LOG_FORKS", change.get("test").asText());
        assertTrue(change.get("ratio").asDouble() > 1.9 && change.get("ratio_low").asDouble() > 1, change.toString());
        assertEquals(2, change.get("n1").asInt());
        assertTrue(json.get("gate").get("fires").asBoolean());
        assertEquals(1, json.get("gate").get("regressions").size());
        assertEquals(3, json.get("gate").get("tests").asInt());
    }

    @Test
    void badGateValuesAreOneLineAndExitTwo() throws Exception {
        Path[] f = halving();
        for (String[] args : new String[][] {{"--max-regression", "ten"}, {"--max-regression", "-5"}, {"--csv", "--json"},
                {"--baseline", dir.toString()}}) {
            String[] all = Stream.concat(Stream.of("compare", f[0].toString(), f[1].toString()), Stream.of(args))
                    .toArray(String[]::new);
            CliRun o = CliRun.of(all);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
        }
    }

    @Test
    void theBaselineIsTheNewestEarlierRunOfTheSameMachine() throws Exception {
        Path machine = dir.resolve("results").resolve("amd-epyc-2cpu");
        Files.createDirectories(machine);
        for (String stem : new String[] {"20261123-201815", "20261123-204842"}) {
            for (String suffix : new String[] {".json", ".machine.json"}) {
                Files.copy(Path.of("results", "amd-epyc-2cpu", stem + suffix), machine.resolve(stem + suffix));
            }
        }
        CliRun o = CliRun.of("compare", "--baseline", dir.resolve("results").toString(),
                machine.resolve("20261123-204842.json").toString(), "--max-regression", "5");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.err().contains("parbench: baseline " + machine.resolve("20261123-201815.json")), o.err());
        CliRun none = CliRun.of("compare", "--baseline", dir.resolve("results").toString(),
                machine.resolve("20261123-201815.json").toString());
        assertEquals(2, none.status(), "nothing earlier: " + none.err());
    }
}

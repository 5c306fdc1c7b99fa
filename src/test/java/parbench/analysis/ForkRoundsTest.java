package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Plan;
import parbench.catalog.Workload;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;
import parbench.stats.Estimate;
import parbench.stats.Stats;

/** A ratio pairs the forks the machine record says ran in one block round, and nothing else. */
class ForkRoundsTest {
    private static final Path RUN = Path.of("results/intel-xeon-2cpu/20261202-195542.json");

    @Test
    void aRatioPairsForksOfOneRoundAsTheRecordNamesThem() throws Exception {
        List<BenchmarkRow> rows = JmhResultFile.read(RUN);
        int forks = row(rows, "SerialBench").forks();
        int[] inOrder = IntStream.rangeClosed(1, forks).toArray();
        int[] reversed = IntStream.rangeClosed(1, forks).map(i -> forks + 1 - i).toArray();
        Point serial = point(rows, ForkRounds.NONE, "SerialBench");
        Point pool = point(rows, ForkRounds.NONE, "FixedPoolBench");
        double[] s = serial.forkTimes();
        double[] p = pool.forkTimes();
        double[] pReversed = IntStream.range(0, forks).mapToDouble(i -> p[forks - 1 - i]).toArray();

        assertEquals(Stats.ratioInterval(p, s, Stats.CONFIDENCE), speedup(rows, ForkRounds.NONE), "a plain JMH file pairs nothing");
        double[][] same = Pairing.paired(serial.withRounds(inOrder), pool.withRounds(inOrder)).orElseThrow();
        assertArrayEquals(s, same[0]);
        assertArrayEquals(p, same[1], "fork r with fork r where both ran in round r");
        double[][] shuffled = Pairing.paired(serial.withRounds(inOrder), pool.withRounds(reversed)).orElseThrow();
        assertArrayEquals(pReversed, shuffled[1], "the record, not the file's order, says which forks pair");
        // this run's block pays for pairing, so the whole analysis pairs as the record, or the index of a record from before the list, says
        assertEquals(Stats.pairedRatio(s, p), speedup(rows, new ForkRounds(Map.of(), true)),
                "a record from before the list: fork r is round r where serial has as many forks");
    }

    @Test
    void tooFewRoundsInCommonAreNotPaired() throws Exception {
        List<BenchmarkRow> rows = JmhResultFile.read(RUN);
        BenchmarkRow serial = row(rows, "SerialBench");
        BenchmarkRow pool = row(rows, "FixedPoolBench");
        int forks = serial.forks();
        List<Integer> first = IntStream.rangeClosed(1, forks).boxed().toList();
        // the pool's forks share only FEWEST_PAIRS - 1 rounds with serial's
        List<Integer> later = IntStream.rangeClosed(1, forks).map(i -> i + forks - (Stats.FEWEST_PAIRS - 1)).boxed().toList();
        Estimate e = speedup(rows, new ForkRounds(Map.of(key(serial), first, key(pool), later), false));
        assertEquals(speedup(rows, ForkRounds.NONE), e);
    }

    private static Estimate speedup(List<BenchmarkRow> rows, ForkRounds rounds) {
        return Ratios.ratio(point(rows, rounds, "SerialBench"), point(rows, rounds, "FixedPoolBench"));
    }

    private static Point point(List<BenchmarkRow> rows, ForkRounds rounds, String bench) {
        SuiteRun run = SuiteRun.of(rows, 2, rounds);
        return run.at(Workload.RANGE_SUM, Plan.HEADLINE_SUM).stream()
                .filter(x -> x.row().benchmark().contains("." + bench + ".") && (x.isSerial() || "cores".equals(x.workersSymbol())))
                .findFirst().orElseThrow();
    }

    private static BenchmarkRow row(List<BenchmarkRow> rows, String bench) {
        return rows.stream().filter(r -> r.benchmark().equals("parbench.bench." + bench + ".rangeSum")
                && String.valueOf(Plan.HEADLINE_SUM).equals(r.param("n"))
                && (r.param("workers") == null || "cores".equals(r.param("workers")))).findFirst().orElseThrow();
    }

    private static String key(BenchmarkRow r) {
        return ForkRounds.key(r.benchmark(), r.mode(), r.params());
    }
}

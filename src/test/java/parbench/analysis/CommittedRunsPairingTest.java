package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Plan;
import parbench.catalog.Workload;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.stats.Estimate;
import parbench.stats.Stats;

/**
 * Whether pairing a block's forks by round narrows the headline intervals, checked on the committed
 * runs made in blocks: the speedups and shares at range sum's headline size, as the suite computes
 * them (paired where the machine record says which round each fork ran in, or where a block's
 * rounds were whole, and pairing narrows the block's ratios by a tenth on the whole) and as the
 * unpaired Hodges-Lehmann ratio of the same forks. On most runs the forks of one block round share
 * the host's drift and pairing pays; on some (the EPYC runs of the earlier plan, the Intel Xeon run
 * 20261203-074045, where hiccups slowed the threaded configurations of one round and serial alone in
 * others) it does not, and the suite then pairs nothing there.
 */
class CommittedRunsPairingTest {

    /**
     * A block is paired on the whole of its ratios, so each figure of a paired run must be narrower
     * more often than not, no run may come out wider than unpaired by more than {@link #NOISE}, and the runs
     * that paired must be narrower on the whole.
     */
    @Test
    void theSuitesPairedIntervalsAreNarrowerThanUnpairedOnesOnTheCommittedBlockRuns() throws Exception {
        List<Path> runs = blockRuns();
        assertTrue(runs.size() >= 7, "results/ has runs made in blocks with a ceiling at the headline size: " + runs);
        double pairedAll = 0;
        double unpairedAll = 0;
        int pairedRuns = 0;
        int narrower = 0;
        int figures = 0;
        List<String> wider = new ArrayList<>();
        for (Path json : runs) {
            double[] widths = meanWidths(json);
            if (widths[0] != widths[1]) { // a run that did not pair adds the same to both sides, and says nothing of pairing
                pairedRuns++;
                narrower += (int) widths[2];
                figures += (int) widths[3];
                pairedAll += widths[0];
                unpairedAll += widths[1];
            }
            if (widths[0] > widths[1] * (1 + NOISE)) {
                wider.add(json.getFileName() + String.format(" (%.4f against %.4f)", widths[0], widths[1]));
            }
        }
        assertTrue(wider.isEmpty(), "pairing widened the intervals by more than noise in " + wider);
        assertTrue(pairedRuns >= 5, pairedRuns + " runs paired anything");
        assertTrue(narrower > figures * 2 / 3, "paired figures narrower in " + narrower + " of " + figures);
        // over the runs that paired: summed over all runs, one that could not pair (20261203-130349, 6 headline
        // rounds on a host that took 29% of the median fork's CPU) had widths 15 times the others' on both sides
        assertTrue(pairedAll < unpairedAll * 0.95, String.format("over the paired runs pairing is not narrower: %.4f against %.4f",
                pairedAll / pairedRuns, unpairedAll / pairedRuns));
    }

    /**
     * How much wider one run's paired intervals may come out before pairing must be looked at again:
     * where forks do not correlate at all, the paired mean width of a run's 10 figures (17 rounds,
     * sharing serial and the ceiling) is up to 12% wider than the unpaired one in 1 run of 20, 16%
     * in 1 of 100 (simulated, normal noise).
     */
    private static final double NOISE = 0.20;

    /** One run's mean log widths of the headline speedups and shares, as the suite has them and unpaired; how many narrower, of how many. */
    private static double[] meanWidths(Path json) throws Exception {
        SuiteRun run = SuiteRun.of(JmhResultFile.read(json), 2, ForkRounds.of(record(json)));
        Point serial = run.serial(Workload.RANGE_SUM, Plan.HEADLINE_SUM).orElseThrow();
        Point ceiling = run.ceiling(Workload.RANGE_SUM, Plan.HEADLINE_SUM).orElseThrow();
        int narrower = 0;
        double pairedSum = 0;
        double unpairedSum = 0;
        List<String> widths = new ArrayList<>();
        for (Point p : run.at(Workload.RANGE_SUM, Plan.HEADLINE_SUM)) {
            if (!p.bench().isStrategy() || p.processes() || p.series().perElement() || !p.workersSymbol().equals("cores")) {
                continue;
            }
            for (Point base : List.of(serial, ceiling)) {
                double paired = width(Ratios.ratio(base, p));
                double unpaired = width(Stats.ratioInterval(p.forkTimes(), base.forkTimes(), Stats.CONFIDENCE));
                narrower += paired < unpaired ? 1 : 0;
                pairedSum += paired;
                unpairedSum += unpaired;
                widths.add(p.label() + " / " + base.label() + String.format(" %.4f vs %.4f", paired, unpaired));
            }
        }
        int figures = widths.size();
        System.out.printf("%s: paired narrower in %d of %d; mean width (log) paired %.4f, unpaired %.4f: %s%n",
                json.getFileName(), narrower, figures, pairedSum / figures, unpairedSum / figures, widths);
        assertTrue(figures >= 8, json + ": " + widths);
        return new double[] {pairedSum / figures, unpairedSum / figures, narrower, figures};
    }

    private static double width(Estimate e) {
        return Math.log(e.hi() / e.lo());
    }

    private static MachineRecord record(Path json) throws Exception {
        Path m = json.resolveSibling(json.getFileName().toString().replace(".json", ".machine.json"));
        return new ObjectMapper().readValue(m.toFile(), MachineRecord.class);
    }

    /** The committed runs whose machine record says they were made in blocks, with a ceiling at the headline size. */
    private static List<Path> blockRuns() throws Exception {
        List<Path> runs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("results"))) {
            for (Path m : files.filter(f -> f.toString().endsWith(".machine.json")).sorted().toList()) {
                MachineRecord r = new ObjectMapper().readValue(m.toFile(), MachineRecord.class);
                Path json = m.resolveSibling(m.getFileName().toString().replace(".machine.json", ".json"));
                SuiteRun run = SuiteRun.of(JmhResultFile.read(json), 2, ForkRounds.NONE);
                if (r.forks() != null && r.forks().design() != null && run.ceiling(Workload.RANGE_SUM, Plan.HEADLINE_SUM).isPresent()) {
                    runs.add(json); // a run of a few benchmarks (the JDK 25 fix, 20261202-062741) has no ceiling to pair with
                }
            }
        }
        return runs;
    }
}

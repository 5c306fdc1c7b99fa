package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * runs made in blocks: the speedups and shares at range sum's headline size, as the paired median of
 * the rounds' ratios and as the unpaired Hodges-Lehmann ratio of the same forks. Forks of one block
 * correlate 0.2-0.5 there, too little for pairing to make up for the paired median's lower
 * efficiency; so the suite pairs nothing, and this test fails if, on the committed runs, pairing
 * would have given the narrower intervals after all.
 */
class CommittedRunsPairingTest {

    @Test
    void theUnpairedIntervalsTheSuiteUsesAreNoWiderThanPairedOnesOnEveryCommittedBlockRun() throws Exception {
        List<Path> runs = blockRuns();
        assertFalse(runs.isEmpty(), "results/ has runs made in blocks");
        for (Path json : runs) {
            SuiteRun run = SuiteRun.of(JmhResultFile.read(json), 2);
            Point serial = run.serial(Workload.RANGE_SUM, Plan.HEADLINE_SUM).orElseThrow();
            Point ceiling = run.ceiling(Workload.RANGE_SUM, Plan.HEADLINE_SUM).orElseThrow();
            int narrower = 0;
            int figures = 0;
            double pairedSum = 0;
            double unpairedSum = 0;
            List<String> widths = new ArrayList<>();
            for (Point p : run.at(Workload.RANGE_SUM, Plan.HEADLINE_SUM)) {
                if (!p.bench().isStrategy() || p.processes() || p.series().perElement() || !p.workersSymbol().equals("cores")) {
                    continue;
                }
                for (Point base : List.of(serial, ceiling)) {
                    double paired = width(Stats.pairedRatio(base.forkTimes(), p.forkTimes()));
                    double unpaired = width(SuiteRun.ratio(base, p));
                    narrower += paired < unpaired ? 1 : 0;
                    pairedSum += paired;
                    unpairedSum += unpaired;
                    figures++;
                    widths.add(p.label() + " / " + base.label() + String.format(" %.4f vs %.4f", paired, unpaired));
                }
            }
            System.out.printf("%s: paired narrower in %d of %d; mean width (log) paired %.4f, unpaired %.4f: %s%n",
                    json.getFileName(), narrower, figures, pairedSum / figures, unpairedSum / figures, widths);
            assertTrue(figures >= 8, json + ": " + widths);
            assertTrue(unpairedSum <= pairedSum, json + ": pairing would narrow the intervals here: " + widths);
        }
    }

    private static double width(Estimate e) {
        return Math.log(e.hi() / e.lo());
    }

    /** The committed runs whose machine record says they were made in blocks. */
    private static List<Path> blockRuns() throws Exception {
        List<Path> runs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("results"))) {
            for (Path m : files.filter(f -> f.toString().endsWith(".machine.json")).sorted().toList()) {
                MachineRecord r = new ObjectMapper().readValue(m.toFile(), MachineRecord.class);
                if (r.forks() != null && r.forks().design() != null) {
                    runs.add(m.resolveSibling(m.getFileName().toString().replace(".machine.json", ".json")));
                }
            }
        }
        return runs;
    }
}

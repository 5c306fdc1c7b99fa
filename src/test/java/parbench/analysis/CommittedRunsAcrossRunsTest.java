package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.stats.AcrossRuns;
import parbench.stats.Estimate;

/**
 * The run-level pool on the committed default runs of one jar: three back to back on the AMD EPYC
 * machine and two on the Intel Xeon machine, all on JDK 17. Their records are from before the
 * suite's hash, so they pool only as named here (their agreement says unverified). For each
 * machine, the headline speedups at 50,000,000 pooled across runs; on EPYC, each run against the
 * prediction interval of the other two (two runs give t with one degree of freedom: wide, as two
 * runs know little of the host's hour). Intel's two runs leave one run to predict from: no interval.
 */
class CommittedRunsAcrossRunsTest {
    private static final List<String> EPYC = List.of("20261204-043030", "20261204-044608", "20261204-050050");
    private static final List<String> INTEL = List.of("20261205-015948", "20261205-021408");

    private static List<RunPool.Run> runs(String machine, List<String> stems) throws Exception {
        List<RunPool.Run> runs = new ArrayList<>();
        for (String stem : stems) {
            Path json = Path.of("results", machine, stem + ".json");
            MachineRecord record = new ObjectMapper().readValue(json.resolveSibling(stem + ".machine.json").toFile(), MachineRecord.class);
            runs.add(RunPool.Run.of(stem, JmhResultFile.read(json), record));
        }
        return runs;
    }

    @Test
    void theHeadlineSpeedupsPooledAcrossTheBackToBackRunsAndEachEpycRunAgainstTheOtherTwo() throws Exception {
        List<RunPool.Run> epyc = runs("amd-epyc-2cpu", EPYC);
        RunPool pool = RunPool.of(epyc);
        assertEquals(SuiteKey.Agreement.UNVERIFIED, pool.agreement(), "records from before the hash");
        List<RunPool.Pooled> speedups = speedups(pool);
        assertTrue(speedups.size() >= 7, "in-process strategies at cores: " + speedups.size());
        StringBuilder out = new StringBuilder("EPYC, JDK 17, 3 runs: headline speedups at 50,000,000\n"
                + "| strategy | runs | across runs [95%] (df) | next run [95%] | left out, inside the other two's? |\n|---|---|---|---|---|\n");
        int inside = 0;
        int checked = 0;
        List<RunCheck> leftOut = new ArrayList<>();
        for (int i = 0; i < epyc.size(); i++) {
            List<RunPool.Run> others = new ArrayList<>(epyc);
            others.remove(i);
            leftOut.add(RunCheck.against(epyc.get(i), others));
        }
        for (RunPool.Pooled p : speedups) {
            assertEquals(2, p.across().df());
            StringBuilder positions = new StringBuilder();
            for (RunCheck c : leftOut) {
                RunCheck.Check check = c.checks().stream().filter(x -> x.figure().equals(p.figure())).findFirst().orElseThrow();
                positions.append(check.position() == AcrossRuns.Position.INSIDE ? "in " : check.position() + " ");
                checked++;
                inside += check.position() == AcrossRuns.Position.INSIDE ? 1 : 0;
            }
            out.append(row(p, positions.toString().trim()));
        }
        System.out.println(out + String.format(Locale.ROOT, "inside the other two runs' prediction interval: %d of %d%n", inside, checked));
        assertTrue(inside >= 0.9 * checked, inside + " of " + checked + " inside");

        RunPool intel = RunPool.of(runs("intel-xeon-2cpu", INTEL));
        StringBuilder two = new StringBuilder("Intel Xeon, JDK 17, 2 runs: headline speedups at 50,000,000\n"
                + "| strategy | runs | across runs [95%] (df) | next run [95%] | |\n|---|---|---|---|---|\n");
        for (RunPool.Pooled p : speedups(intel)) {
            assertEquals(1, p.across().df());
            assertTrue(p.across().mean().known());
            two.append(row(p, "one other run: no interval"));
        }
        System.out.println(two);
        assertTrue(speedups(intel).size() >= 7);
    }

    private static List<RunPool.Pooled> speedups(RunPool pool) {
        return pool.headline().stream().filter(p -> p.figure().kind() == RunFigure.Kind.SPEEDUP).toList();
    }

    private static String row(RunPool.Pooled p, String leftOut) {
        StringBuilder runs = new StringBuilder();
        for (double x : p.runEstimates()) {
            runs.append(String.format(Locale.ROOT, "%.3f ", x));
        }
        Estimate m = p.across().mean();
        Estimate next = p.across().prediction();
        return String.format(Locale.ROOT, "| %s | %s| %.3f [%.3f, %.3f] (%d) | [%.3f, %.3f] | %s |%n", p.figure().strategy(), runs,
                m.value(), m.lo(), m.hi(), p.across().df(), next.lo(), next.hi(), leftOut);
    }
}

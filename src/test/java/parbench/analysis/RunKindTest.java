package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.JmhRows;
import parbench.machine.MachineRecord;

/**
 * A run's kind from its record and rows, where the committed runs have no example (ResultsIndexTest
 * reads a default, a kernel and a selection among them): a quick run, with a record or without.
 */
class RunKindTest {
    @TempDir
    Path dir;

    private RunAnalysis analysed(boolean noForks) throws Exception {
        List<String> rows = List.of(JmhRows.rangeSum("SerialBench", 1, null, RunsOfOneSuite.N, 17.6),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", RunsOfOneSuite.N, 9.0));
        List<String> written = rows.stream().map(r -> noForks ? r.replace("\"forks\":6,", "\"forks\":0,") : r).toList();
        return RunAnalysis.of(JmhRows.read(dir, written.toArray(String[]::new)), 2);
    }

    private static MachineRecord withForks(MachineRecord.Forks forks) {
        return RunsOfOneSuite.record("amd-epyc-2cpu", "17.0.15", "2026-12-04T00:00:00Z", null).withForks(forks);
    }

    @Test
    void noForksIsQuickWhatEverElseTheRowsHold() throws Exception {
        RunKind recorded = RunKind.of(withForks(new MachineRecord.Forks(false, 0, null, null, null)), analysed(false));
        assertEquals(RunKind.Kind.QUICK, recorded.kind(), "the record's planned forks: 0");
        assertFalse(recorded.jmhOrder(), "no forks to order");
        assertEquals(RunKind.Kind.QUICK, RunKind.of(null, analysed(true)).kind(), "no record: every row ran without forks");
    }

    @Test
    void rowsThatLackPartOfEveryPlanAreASelectionInWhateverRounds() throws Exception {
        RunKind fixed = RunKind.of(withForks(new MachineRecord.Forks(true, 8, 8, 1L, null)), analysed(false));
        assertEquals(RunKind.Kind.SELECTION, fixed.kind(), "range sum alone, without the ceiling");
        assertEquals(Optional.of(8), fixed.fixedRounds());
        RunKind jmh = RunKind.of(withForks(new MachineRecord.Forks(false, 3, null, null, null)), analysed(false));
        assertTrue(jmh.jmhOrder());
        assertEquals(Optional.empty(), jmh.fixedRounds());
        assertTrue(RunKind.of(null, analysed(false)).jmhOrder(), "a plain JMH file: JMH's order");
    }
}

package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parbench.catalog.Workload;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;

/**
 * The memory-bound headline is a target of its own: the speedup the verdict gives for squares, read
 * from a committed default run, against a goal ten times looser than the CPU-bound speedups'.
 */
class MemoryBoundTargetTest {
    private static final Path RUN = Path.of("results/amd-epyc-2cpu/20261206-164831.json");

    @Test
    void theVerdictsSquaresSpeedupIsATargetWithTheMemoryBoundGoal() throws Exception {
        MachineRecord m = new ObjectMapper().readValue(Path.of(RUN.toString().replace(".json", ".machine.json")).toFile(),
                MachineRecord.class);
        RunAnalysis a = RunAnalysis.of(JmhResultFile.read(RUN), m.availableProcessors(), Targets.Goals.DEFAULT, ForkRounds.of(m));
        Verdict.Memory memory = a.verdict().memory().orElseThrow();
        List<Targets.Target> squares = a.targets().targets().stream().filter(t -> t.workload() == Workload.SQUARES).toList();
        assertEquals(1, squares.size(), "one memory-bound target: " + squares);
        Targets.Target t = squares.get(0);
        assertEquals(Targets.Figure.SPEEDUP, t.figure());
        assertEquals(memory.best().point().label(), t.strategy(), "the strategy the verdict names");
        assertEquals(memory.size(), t.size());
        assertEquals(List.of(memory.size()), t.sizes(), "more rounds of squares at its headline length narrow it");
        assertEquals(memory.best().speedup().orElseThrow(), t.estimate());
        assertEquals(10, t.goal(), 1e-9);
        // that run gave squares its 6 rounds alone: its interval, [1.26, 2.23] around 1.83, is far from ±10%
        assertTrue(!t.met() && t.reached() > 20, t.toString());
        assertTrue(a.targets().minutesMore(t).isPresent(), "the report prices the rounds it lacks");
    }
}

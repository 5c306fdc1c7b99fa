package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.OtherSuite;
import parbench.jmhfmt.JmhResultFile;

/** Steal read from the committed runs: the quiet run and the busy one the README quotes, and a file without the profiler. */
class HostStealTest {
    private static HostSteal of(String run) {
        return HostSteal.of(JmhResultFile.read(Path.of("results/intel-xeon-2cpu/" + run + ".json"))).orElseThrow();
    }

    @Test
    void aQuietRunIsNotFlagged() {
        HostSteal quiet = of("20261203-115913"); // shares within ±1.6-3.8 points
        assertEquals(890, quiet.forks());
        assertTrue(quiet.high() <= 1, quiet.toString());
        assertFalse(quiet.busyHost());
    }

    @Test
    void aRunWhoseHostTookTheCpuIsFlagged() {
        HostSteal busy = of("20261203-130349"); // found nothing faster than serial at 50,000,000
        assertTrue(busy.busyHost(), busy.toString());
        assertTrue(busy.median() > 0.2 && busy.highest() > busy.median() && busy.high() > busy.forks() / 2, busy.toString());
        assertTrue(of("20261203-074045").busyHost(), "shares within ±3.3-9.8 points, 18% of forks above a tenth");
        assertFalse(of("20261203-080047").busyHost(), "4% of forks above a tenth");
    }

    @Test
    void aFileWithoutTheLoadProfilerHasNoSteal(@TempDir Path dir) throws Exception {
        assertTrue(HostSteal.of(JmhResultFile.read(OtherSuite.millis(dir))).isEmpty());
    }
}

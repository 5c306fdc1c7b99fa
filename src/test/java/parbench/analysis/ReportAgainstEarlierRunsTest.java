package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.publish.ReportFiles;
import parbench.results.ResultsFolder;

/**
 * A run's report against the earlier runs of its suite in its folder: it always says that its
 * intervals are within the run and what covers the rest; it is checked only against runs of its
 * machine, JDK and suite hash that started before it, and only where there are three or more; a
 * figure outside their prediction interval is marked. Runs written here with machine records beside them.
 */
class ReportAgainstEarlierRunsTest {
    @TempDir
    Path dir;

    private static MachineRecord epyc(int hour, String jdk, String hash) {
        return RunsOfOneSuite.record("amd-epyc-2cpu", jdk, String.format("2026-12-04T%02d:00:00Z", hour), hash);
    }

    /** A run in the folder: its JSON and its record beside it. */
    private Path run(String stem, MachineRecord m, double hour, double pool) throws Exception {
        RunsOfOneSuite.run(dir, stem, m, hour, pool);
        Files.write(dir.resolve(stem + ".machine.json"), m.toJson());
        return dir.resolve(stem + ".json");
    }

    private static String report(Path json) throws Exception {
        return ReportFiles.Analysed.of(ResultsFolder.Run.of(json), JmhResultFile.read(json),
                parbench.ReportCommand.readMachine(json).orElseThrow()).report().markdown();
    }

    private static final String WITHIN = "The intervals in this report cover the variation within this run only";

    @Test
    void aRunWithAPoolFortyPercentSlowerThanTheThreeBeforeItFallsBelowThem() throws Exception {
        run("r1", epyc(1, "17.0.15", "aa"), 1.0, 1.0);
        run("r2", epyc(2, "17.0.15", "aa"), 1.07, 1.03);
        run("r3", epyc(3, "17.0.15", "aa"), 0.96, 0.98);
        run("other-suite", epyc(4, "17.0.15", "bb"), 1.0, 2.0);
        run("jdk25", epyc(4, "25.0.3", "aa"), 1.0, 2.0);
        run("later", epyc(9, "17.0.15", "aa"), 1.0, 2.0);
        String md = report(run("slow", epyc(5, "17.0.15", "aa"), 1.0, 1.4));
        assertTrue(md.contains(WITHIN), md);
        assertTrue(md.contains("Against the 3 earlier runs of its suite in its folder (amd-epyc-2cpu, JDK 17, suite `aa`): r1, r2, r3."),
                "its own suite's runs from before it, oldest first: " + md);
        String section = md.substring(md.indexOf("## Across runs"), md.indexOf("\n## ", md.indexOf("## Across runs")));
        List<String> rows = section.lines().filter(l -> l.startsWith("| fixed pool |") || l.startsWith("| streams, sized pool |")).toList();
        assertEquals(4, rows.size(), md);
        for (String row : rows) {
            assertEquals(row.startsWith("| fixed pool |"), row.endsWith("| **below** |"), row);
            assertEquals(row.startsWith("| streams, sized pool |"), row.endsWith("| inside |"), row);
        }
        assertTrue(md.contains("**2 of 4** headline figures fall outside the earlier runs' prediction interval"), md);
    }

    @Test
    void withFewerThanThreeEarlierRunsOrNoHashItSaysSoAndChecksNothing() throws Exception {
        run("r1", epyc(1, "17.0.15", "aa"), 1.0, 1.0);
        run("r2", epyc(2, "17.0.15", "aa"), 1.07, 1.03);
        run("r3-other-suite", epyc(3, "17.0.15", "bb"), 0.96, 0.98);
        String two = report(run("third", epyc(5, "17.0.15", "aa"), 1.0, 1.4));
        assertTrue(two.contains(WITHIN), two);
        assertTrue(two.contains("2 earlier runs of its suite (amd-epyc-2cpu, JDK 17, suite `aa`) are in its folder; with 3 or more"), two);
        assertFalse(two.contains("| **below** |"), two);
        String none = report(run("unnamed", epyc(6, "17.0.15", null), 1.0, 1.4));
        assertTrue(none.contains(WITHIN), none);
        assertTrue(none.contains("This run's record names no suite"), none);
    }
}

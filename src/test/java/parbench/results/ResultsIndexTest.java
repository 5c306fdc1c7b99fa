package parbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.CliRun;

/** results/README.md lists every run, newest first, and names the same winner as each run's verdict. */
class ResultsIndexTest {
    private static final Path COMMITTED = Path.of("results", "intel-xeon-2cpu");

    private static void copyRun(String stem, Path machineDir) throws Exception {
        Files.createDirectories(machineDir);
        for (String suffix : List.of(".json", ".machine.json")) {
            Files.copy(COMMITTED.resolve(stem + suffix), machineDir.resolve(stem + suffix));
        }
    }

    @Test
    void everyRunNewestFirstWithTheVerdictsWinner(@TempDir Path root) throws Exception {
        copyRun("20261122-024816", root.resolve("intel-xeon-2cpu"));
        copyRun("20261122-044832", root.resolve("intel-xeon-2cpu"));
        Files.writeString(root.resolve("intel-xeon-2cpu").resolve("broken.machine.json"), "{not json");
        parbench.publish.Index.update(new ResultsFolder(root));
        List<String> lines = Files.readAllLines(root.resolve("README.md"));
        List<String> rows = lines.stream().filter(l -> l.startsWith("| [")).toList();
        assertEquals(2, rows.size(), String.join("\n", lines));
        assertTrue(rows.get(0).startsWith("| [20261122-044832](intel-xeon-2cpu/20261122-044832.md) |"), rows.get(0));
        assertTrue(rows.get(1).startsWith("| [20261122-024816]"), rows.get(1));
        for (String row : rows) {
            String stem = row.substring(3, row.indexOf(']'));
            String verdict = CliRun.of("report", COMMITTED.resolve(stem + ".json").toString()).out().lines()
                    .filter(l -> l.startsWith("- **CPU-bound work**")).findFirst().orElseThrow();
            String[] bold = verdict.split("\\*\\*");
            String winner = bold[3]; // "- **CPU-bound work** (...): use **X** with ..." or "fastest is **X** with"
            assertTrue(row.contains(": " + winner + " "), row + "\nvs the verdict: " + verdict);
            assertTrue(row.contains("| yes |"), row);
        }
    }

    @Test
    void aKernelRunIsHeadedByItsKernel(@TempDir Path root) throws Exception {
        Path dir = root.resolve("amd-epyc-2cpu");
        Files.createDirectories(dir);
        for (String suffix : List.of(".json", ".machine.json")) {
            Files.copy(Path.of("results", "amd-epyc-2cpu", "20261123-211146" + suffix), dir.resolve("20261123-211146" + suffix));
        }
        parbench.publish.Index.update(new ResultsFolder(root));
        String row = Files.readAllLines(root.resolve("README.md")).stream().filter(l -> l.startsWith("| [")).findFirst()
                .orElseThrow();
        assertTrue(row.contains("| kernel Primes, n=1,000,000: manual threads 1.83× [1.77, 1.88]"), row);
    }
}

package parbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.CliRun;

/**
 * results/README.md on committed runs: every run newest first, the same choice as each run's
 * verdict (a tie named as a tie, its strategies in table order), busy hosts marked, each run's
 * kind, no column that cannot vary, the saved comparisons listed, and runs from before the suite
 * hash left unpooled.
 */
class ResultsIndexTest {
    private static final Path COMMITTED = Path.of("results");

    private static void copyRun(Path root, String machine, String stem) throws Exception {
        Path dir = root.resolve(machine);
        Files.createDirectories(dir);
        for (String suffix : List.of(".json", ".machine.json")) {
            Files.copy(COMMITTED.resolve(machine).resolve(stem + suffix), dir.resolve(stem + suffix));
        }
    }

    private static List<String> rows(Path root) throws Exception {
        parbench.publish.Index.update(new ResultsFolder(root));
        return Files.readAllLines(root.resolve("README.md")).stream().filter(l -> l.startsWith("| [2")).toList();
    }

    private static String row(List<String> rows, String stem) {
        return rows.stream().filter(r -> r.startsWith("| [" + stem + "]")).findFirst().orElseThrow();
    }

    @Test
    void everyRunNewestFirstWithTheVerdictsChoiceAndItsKind(@TempDir Path root) throws Exception {
        copyRun(root, "intel-xeon-2cpu", "20261122-024816");
        copyRun(root, "intel-xeon-2cpu", "20261122-044832");
        Files.writeString(root.resolve("intel-xeon-2cpu").resolve("broken.machine.json"), "{not json");
        List<String> rows = rows(root);
        String index = Files.readString(root.resolve("README.md"));
        assertEquals(2, rows.size(), index);
        assertTrue(rows.get(0).startsWith("| [20261122-044832](intel-xeon-2cpu/20261122-044832.md) |"), rows.get(0));
        assertTrue(rows.get(1).startsWith("| [20261122-024816]"), rows.get(1));
        for (String row : rows) {
            String stem = row.substring(3, row.indexOf(']'));
            String verdict = CliRun.of("report", COMMITTED.resolve("intel-xeon-2cpu").resolve(stem + ".json").toString()).out().lines()
                    .filter(l -> l.startsWith("- **CPU-bound work**")).findFirst().orElseThrow();
            String winner = verdict.split("\\*\\*")[3]; // "fastest is **X** with": one fork, no interval, no tie
            assertTrue(row.contains(": " + winner + " "), row + "\nvs the verdict: " + verdict);
            assertTrue(row.contains("| default, JMH's order | quiet |"), "one fork each, in JMH's order: " + row);
        }
        assertFalse(index.contains("complete"), "no column that is always yes: " + index);
        assertTrue(index.contains("No suite has 3 runs here yet."), index);
    }

    private static Path copyAndIndex(Path root) throws Exception {
        parbench.publish.Index.update(new ResultsFolder(root));
        return root.resolve("README.md");
    }

    @Test
    void aTieIsNamedAsATieInTableOrderAndABusyHostIsMarked(@TempDir Path root) throws Exception {
        copyRun(root, "intel-xeon-2cpu", "20261205-021408");
        copyRun(root, "intel-xeon-2cpu", "20261205-022814");
        copyRun(root, "intel-xeon-2cpu", "20261205-015948");
        List<String> rows = rows(root);
        String tie = row(rows, "20261205-021408");
        assertTrue(tie.contains("| default | quiet | n=50,000,000: **a tie** (queue workers; streams, common pool; streams, sized pool), "
                + "fastest measured streams, sized pool 1.92× [1.89, 1.96]"), "the report's tie, in table order: " + tie);
        assertTrue(row(rows, "20261205-022814").contains("| **busy**: 73 of 566 forks lost more than 10% to steal |"),
                row(rows, "20261205-022814"));
        String clear = row(rows, "20261205-015948");
        assertTrue(clear.contains("| quiet | n=50,000,000: fixed pool 1.97× [1.94, 2.02]"), "no tie: the choice alone: " + clear);
        assertFalse(clear.contains("tie"), clear);
    }

    @Test
    void eachKindFromTheRecordAndTheRows(@TempDir Path root) throws Exception {
        copyRun(root, "amd-epyc-2cpu", "20261123-211146");
        copyRun(root, "amd-epyc-2cpu", "20261123-201815");
        copyRun(root, "amd-epyc-2cpu", "20261202-062741");
        copyRun(root, "amd-epyc-2cpu", "20261204-050050");
        copyRun(root, "amd-epyc-2cpu", "20261206-164831");
        List<String> rows = rows(root);
        assertTrue(row(rows, "20261123-211146").contains("| kernel | quiet | kernel Primes, n=1,000,000: **a tie** "
                + "(fixed pool; manual threads; queue workers), fastest measured manual threads 1.83× [1.77, 1.88]"), row(rows, "20261123-211146"));
        assertTrue(row(rows, "20261123-201815").contains("| default, 8 rounds |"), "rounds fixed before the adaptive design");
        assertTrue(row(rows, "20261202-062741").contains("| selection |"), "range sum and sleeping tasks only");
        assertTrue(row(rows, "20261204-050050").contains("| default |"), "adaptive rounds of the whole plan");
        assertTrue(row(rows, "20261206-164831").contains("| default |"), "the plan that leaves uneven CPU work to --deep");
    }

    @Test
    void theSavedComparisonsAreListedNewestFirst(@TempDir Path root) throws Exception {
        copyRun(root, "intel-xeon-2cpu", "20261205-021408");
        Path comparisons = Files.createDirectories(root.resolve("comparisons"));
        for (String name : List.of("20261203-113513-intel-xeon-2cpu_20261203-080047-vs-intel-xeon-2cpu_20261203-082053",
                "20261205-030843-intel-xeon-2cpu_20261205-021408-vs-intel-xeon-2cpu_20261205-025313")) {
            Files.copy(COMMITTED.resolve("comparisons").resolve(name + ".md"), comparisons.resolve(name + ".md"));
        }
        Files.writeString(comparisons.resolve("by-hand.md"), "# a comparison named by hand\n");
        List<String> lines = Files.readAllLines(copyAndIndex(root));
        int heading = lines.indexOf("## Comparisons");
        assertTrue(heading > 0, String.join("\n", lines));
        List<String> listed = lines.subList(heading, lines.size()).stream().filter(l -> l.startsWith("| [")).toList();
        assertEquals(List.of("| [by-hand](comparisons/by-hand.md) | – | – |",
                "| [2026-12-05 03:08:43](comparisons/20261205-030843-intel-xeon-2cpu_20261205-021408-vs-intel-xeon-2cpu_20261205-025313.md)"
                        + " | `intel-xeon-2cpu_20261205-021408` | `intel-xeon-2cpu_20261205-025313` |",
                "| [2026-12-03 11:35:13](comparisons/20261203-113513-intel-xeon-2cpu_20261203-080047-vs-intel-xeon-2cpu_20261203-082053.md)"
                        + " | `intel-xeon-2cpu_20261203-080047` | `intel-xeon-2cpu_20261203-082053` |"), listed);
    }

    @Test
    void runsFromBeforeTheHashAreNotPooled(@TempDir Path root) throws Exception {
        for (String stem : List.of("20261204-043030", "20261204-044608", "20261204-050050")) {
            copyRun(root, "amd-epyc-2cpu", stem);
        }
        String index = Files.readString(copyAndIndex(root));
        assertTrue(index.contains("No suite has 3 runs here yet."), "three runs of one night, no hash in their records: " + index);
        assertTrue(index.contains("Runs recorded before the suite hash name no suite and are not pooled"), index);
    }
}

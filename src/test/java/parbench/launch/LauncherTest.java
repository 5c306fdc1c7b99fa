package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import parbench.CliRun;
import parbench.Main;
import parbench.machine.MachineRecord;
import parbench.jmhfmt.JmhResultFile;

class LauncherTest {

    @Test
    void userMistakesGiveOneLineAndExitTwo(@TempDir Path results) {
        String dir = results.toString();
        for (String[] args : List.of(
                new String[] {"--results", dir, "--frobnicate"},
                new String[] {"--results", dir, "-i", "abc"},
                new String[] {"--results", dir, "-p", "workers=3x"},
                new String[] {"--results", dir, "-p", "n=-5"},
                new String[] {"--results", dir, "-p", "policy=RANDOM"},
                new String[] {"--results", dir, "-p", "nosuch=1"},
                new String[] {"--results", dir, "NoSuchBenchmark"},
                new String[] {"--results", dir, "-jvm", "/no/such/java"},
                // JMH's own options whose bad values JMH itself reports with a stack trace or a failed run
                new String[] {"--results", dir, "-bm", "fastest"},
                new String[] {"--results", dir, "-tu", "parsecs"},
                new String[] {"--results", dir, "-rf", "xml"},
                new String[] {"--results", dir, "-v", "LOUD"},
                new String[] {"--results", dir, "-prof", "nosuch"},
                new String[] {"--results", dir, "SerialBench["},
                new String[] {"--results", dir, "-e", "(unclosed"},
                new String[] {"report"},
                new String[] {"report", "a.json", "b.json"},
                new String[] {"report", "results/intel-xeon-2cpu/20261122-044832.json", "--out", "/proc/no/such/dir"},
                new String[] {"report", "/no/such.json"},
                new String[] {"machine", "--bogus"})) {
            CliRun o = CliRun.of(args);
            assertEquals(2, o.status(), String.join(" ", args) + "\n" + o.err());
            assertEquals(1, o.err().lines().count(), String.join(" ", args) + ": " + o.err());
            assertTrue(o.err().startsWith("parbench: "), o.err());
        }
    }

    @Test
    void jmhListingStillWorks() {
        CliRun o = CliRun.of("-l");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("parbench.bench.FixedPoolBench.rangeSum"), o.out());
    }

    @Test
    void aFailingBenchmarkFailsTheRunButFinishedOnesAreKept(@TempDir Path results) throws Exception {
        // the second size cannot be allocated in a 256 MB heap: its setup fails in the fork
        CliRun o = CliRun.of("--results", results.toString(), "--no-load-profiler", "SerialBench.squares",
                "-p", "length=1000,100000000", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms",
                "-jvmArgsAppend", "-Xmx256m");
        assertEquals(1, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("1 benchmark(s) failed"), o.err());
        assertTrue(o.err().contains("length=100000000"), o.err());
        Path json = only(results, ".json");
        assertEquals(1, JmhResultFile.read(json).size(), "the finished benchmark is kept");
        MachineRecord m = new ObjectMapper().readValue(only(results, ".machine.json").toFile(), MachineRecord.class);
        assertTrue(m.incomplete().notFinished().get(0).contains("length=100000000"), m.incomplete().toString());
        assertEquals(parbench.machine.SuiteHash.ofRunningSuite().orElseThrow(), m.suiteHash(), "the suite it was made with");
        assertTrue(Files.exists(json.resolveSibling(json.getFileName().toString().replace(".json", ".md"))));
        assertTrue(Files.exists(results.resolve("README.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6"})
    void aStoppedRunKeepsWhatFinished(String forks, @TempDir Path results) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djmh.ignoreLock=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--results", results.toString(), "--no-load-profiler", "SerialBench.sleepingTasks",
                "-p", "millis=1,2,3,4,5,6,7,8", "-f", forks, "-wi", "0", "-i", "2", "-r", "300ms",
                "-rf", "json", "-rff", results.resolve("user-results.txt").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(results.resolve("log.txt").toFile()).start();
        try {
            // wait until at least one benchmark has finished and been saved
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !partialHasResults(results)) {
                Thread.sleep(100);
            }
            assertTrue(partialHasResults(results), Files.readString(results.resolve("log.txt")));
            p.destroy(); // SIGTERM: what Ctrl-C does as far as shutdown hooks go
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        String log = Files.readString(results.resolve("log.txt"));
        assertTrue(log.contains("stopped part way ("), log);
        Path json = only(results, ".json");
        int kept = JmhResultFile.read(json).size();
        assertTrue(kept >= 1 && kept < 8, "kept " + kept);
        assertEquals(kept, new ObjectMapper().readTree(results.resolve("user-results.txt").toFile()).size(),
                "the user's -rff holds what finished, as the results folder does");
        MachineRecord m = new ObjectMapper().readValue(only(results, ".machine.json").toFile(), MachineRecord.class);
        assertTrue(m.incomplete().reason().startsWith("stopped part way: "), m.incomplete().reason());
        assertEquals(!forks.equals("0"), m.forks().interleaved(), "-f 0 runs in JMH's order; otherwise rounds");
        if (!forks.equals("0")) {
            assertTrue(m.incomplete().reason().contains("of 6 rounds finished"), m.incomplete().reason());
            // stopped between two forks, nothing is running: the rounds never reached are still named
            assertTrue(m.incomplete().notFinished().stream().anyMatch(n -> n.endsWith(" of 6 rounds)")),
                    m.incomplete().notFinished().toString());
        }
        assertFalse(m.incomplete().notFinished().isEmpty());
        try (Stream<Path> files = Files.walk(results)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".partial.json")), "partial file published");
        }
    }

    private static boolean partialHasResults(Path results) throws Exception {
        try (Stream<Path> files = Files.walk(results)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".partial.json")).toList()) {
                if (Files.size(f) > 10) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path only(Path results, String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(results)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)
                    && (suffix.equals(".machine.json") || !f.toString().endsWith(".machine.json"))).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    @Test
    void aFullDiskIsOneLineNamingTheFileAndWhatWasKept(@TempDir Path dir) throws Exception {
        Path tiny = dir.resolve("tiny");
        Files.createDirectories(tiny);
        // a two-page file system: the JSON fits, the rest of the run's files do not
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", tiny.toString())
                .redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a small tmpfs here");
        try {
            CliRun o = CliRun.of("--results", tiny.toString(), "--no-load-profiler", "SerialBench.rangeSum$",
                    "-p", "n=1000", "-f", "0", "-wi", "0", "-i", "1", "-r", "20ms");
            assertEquals(2, o.status(), "a folder the user gave: " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().matches("parbench: could not write \\S+ \\(No space left on device\\); kept: .*\\.json\\R?"),
                    o.err());
            try (Stream<Path> files = Files.walk(tiny)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
            }
        } finally {
            new ProcessBuilder("umount", tiny.toString()).start().waitFor();
        }
    }

    @Test
    void halfIsDroppedOnlyWhereItIsOne() {
        // one processor: 1, cores and 2xcores kept by name although 1 and cores coincide
        assertEquals(List.of("1", "cores", "2xcores"), SuiteOptions.distinctWorkerCounts(1));
        assertEquals(List.of("1", "cores", "2xcores"), SuiteOptions.distinctWorkerCounts(2));
        assertEquals(List.of("1", "cores", "2xcores"), SuiteOptions.distinctWorkerCounts(3));
        assertEquals(List.of("1", "half", "cores", "2xcores"), SuiteOptions.distinctWorkerCounts(4));
        assertEquals(List.of("1", "half", "cores", "2xcores"), SuiteOptions.distinctWorkerCounts(16));
    }
}

package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.CliRun;
import parbench.strategy.ColdProcesses;
import parbench.strategy.Strategy;
import parbench.strategy.WarmProcesses;
import parbench.work.UserKernel;

/**
 * A user's kernel through the launcher: the example on every strategy, wrong and non-deterministic
 * kernels caught with what they did, bad classes stopped with one line, and a kernel that only the
 * kernel class path holds reaching JMH's forks and the child JVMs.
 */
class KernelTest {
    private static final String TEST_CLASSES = Path.of("target", "test-classes").toString();

    /** A prime-counting kernel compiled into its own folder, off this JVM's class path. */
    private static Path compiledElsewhere(Path dir) throws Exception {
        Path source = dir.resolve("src/elsewhere/Primes.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package elsewhere;
                public class Primes implements java.util.function.LongBinaryOperator {
                    public long applyAsLong(long from, long to) {
                        long count = 0;
                        for (long i = Math.max(from, 2); i < to; i++) {
                            boolean prime = true;
                            for (long d = 2; d * d <= i && prime; d++) prime = i % d != 0;
                            count += prime ? 1 : 0;
                        }
                        return count;
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()));
        return classes;
    }

    @Test
    void theExampleRunsOnEveryStrategyAndNamesTheKernelInTheReport(@TempDir Path results) throws Exception {
        CliRun run = CliRun.of("--kernel", "example.PrimeCount", "--kernel-classpath", TEST_CLASSES, "--quick",
                "-p", "n=3000,30000,100000", "--results", results.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        String json;
        Path md;
        try (Stream<Path> files = Files.walk(results)) {
            List<Path> all = files.toList();
            json = Files.readString(all.stream().filter(p -> p.toString().matches(".*/\\d{8}-\\d{6}\\.json")).findFirst().orElseThrow());
            md = all.stream().filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).findFirst().orElseThrow();
        }
        for (String bench : List.of("SerialBench", "CeilingBench", "ManualThreadsBench", "FixedPoolBench", "ParallelStreamsBench",
                "CommonPoolStreamsBench", "QueueWorkersBench", "ColdProcessesBench", "WarmProcessesBench")) {
            assertTrue(json.contains("\"parbench.bench." + bench + ".kernel\""), bench + " did not run the kernel");
        }
        assertTrue(!json.contains(".rangeSum\""), "a kernel run measures the kernel only");
        String report = Files.readString(md);
        assertTrue(report.contains("**Your kernel**, example.PrimeCount (n = 100,000)"), report);
        assertTrue(report.contains("## Your kernel: example.PrimeCount"), report);
        assertTrue(report.contains("-size-kernel.png") && Files.exists(md.resolveSibling(md.getFileName().toString()
                .replace(".md", "-size-kernel.png"))), report);
    }

    @Test
    void aKernelOnlyTheKernelClassPathHoldsReachesTheForks(@TempDir Path dir) throws Exception {
        Path classes = compiledElsewhere(dir);
        CliRun run = CliRun.of("--kernel", "elsewhere.Primes", "--kernel-classpath", classes.toString(), "--no-save",
                "--no-load-profiler", "-f", "1", "-wi", "0", "-i", "1", "-r", "50ms", "-p", "n=20000", "-p", "workers=cores",
                "-e", "Ceiling|Manual|ParallelStreams|CommonPool|Queue|Virtual", "-v", "NORMAL");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("ColdProcessesBench.kernel") && run.out().contains("WarmProcessesBench.kernel"), run.out());
    }

    @Test
    void theChildJvmsLoadTheKernelFromItsClassPath(@TempDir Path dir) throws Exception {
        Path classes = compiledElsewhere(dir);
        long expected = UserKernel.load("elsewhere.Primes", classes.toString()).applyAsLong(0, 50_000);
        String before = System.getProperty(UserKernel.CLASS_PATH);
        System.setProperty(UserKernel.CLASS_PATH, classes.toString());
        try (Strategy cold = new ColdProcesses(2); Strategy warm = new WarmProcesses(2)) {
            assertEquals(expected, cold.kernel("elsewhere.Primes", 50_000));
            assertEquals(expected, warm.kernel("elsewhere.Primes", 50_000));
            assertEquals(5_133, expected, "primes below 50,000");
        } finally {
            if (before == null) {
                System.clearProperty(UserKernel.CLASS_PATH);
            } else {
                System.setProperty(UserKernel.CLASS_PATH, before);
            }
        }
    }

    @Test
    void aKernelThatPrintsRunsOnEveryStrategyChildJvmsIncluded() {
        CliRun run = CliRun.of("--kernel", "example.Chatty", "--kernel-classpath", TEST_CLASSES, "--quick", "--no-save",
                "--no-load-profiler", "-p", "n=1000,100000", "-v", "NORMAL");
        assertEquals(0, run.status(), run.out() + run.err());
        for (String bench : List.of("SerialBench", "ManualThreadsBench", "FixedPoolBench", "QueueWorkersBench",
                "ColdProcessesBench", "WarmProcessesBench")) {
            assertTrue(run.out().contains(bench + ".kernel"), bench + "\n" + run.out());
        }
        assertTrue(!run.out().contains("<failure>"), run.out());
    }

    @Test
    void aWrongKernelFailsNamingTheStrategyAndBothTotals() {
        CliRun run = CliRun.of("--kernel", "example.BadKernels$CountsChunks", "--kernel-classpath", TEST_CLASSES, "--quick",
                "--no-save", "-p", "n=1000", "-e", "Cold|Warm");
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("kernel example.BadKernels$CountsChunks through FixedThreadPool with 2 workers: "
                + "expected 1, got 2"), "the console names the failure without JMH's output: " + run.err());
    }

    @Test
    void aKernelThatChangesItsAnswerIsCalledNotDeterministic() {
        CliRun run = CliRun.of("--kernel", "example.BadKernels$Random", "--kernel-classpath", TEST_CLASSES, "--quick",
                "--no-save", "-p", "n=1000", "-e", "Cold|Warm");
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("kernel example.BadKernels$Random is not deterministic: applyAsLong(0, 1000) gave"),
                run.err());
    }

    @Test
    void aClassThatCannotBeAKernelStopsTheRunWithOneLine() {
        for (String[] bad : List.of(
                new String[] {"example.Missing", "class example.Missing not found on the kernel class path"},
                new String[] {"example.BadKernels$NotAKernel", "does not implement java.util.function.LongBinaryOperator"},
                new String[] {"example.BadKernels$NeedsAnArgument", "has no public no-argument constructor"},
                new String[] {"example.BadKernels$Throws", "constructor threw java.lang.IllegalStateException: no licence key"})) {
            CliRun run = CliRun.of("--kernel", bad[0], "--kernel-classpath", TEST_CLASSES, "--no-save");
            assertEquals(2, run.status(), bad[0] + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(bad[1]), run.err());
        }
        CliRun missingPath = CliRun.of("--kernel", "example.PrimeCount", "--kernel-classpath",
                TEST_CLASSES + File.pathSeparator + "no-such.jar", "--no-save");
        assertEquals(2, missingPath.status());
        assertTrue(missingPath.err().contains("kernel class path entry no-such.jar does not exist"), missingPath.err());
        CliRun withRegex = CliRun.of("--kernel", "example.PrimeCount", "--kernel-classpath", TEST_CLASSES, "FixedPool");
        assertEquals(2, withRegex.status());
        assertTrue(withRegex.err().contains("takes no benchmark regex"), withRegex.err());
        CliRun pathAlone = CliRun.of("--kernel-classpath", TEST_CLASSES);
        assertEquals(2, pathAlone.status());
    }
}

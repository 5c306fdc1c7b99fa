package parbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import parbench.work.RangeSumKernel;
import parbench.work.Task;

/** The child-process protocol and every way a child can fail: none may pass silently or linger. */
class ChildJvmTest {
    private static final Duration SHORT = Duration.ofSeconds(3);

    private static List<String> fake(String mode) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FakeWorker.class.getName());
        command.add(mode);
        return command;
    }

    @AfterEach
    void noChildLeft() {
        assertEquals(0, ChildJvm.liveChildren(), "a child is still running");
    }

    @Test
    void warmChildAnswersManyTasksAndExitsCleanly() {
        try (ChildJvm child = new ChildJvm(ChildJvm.workerCommand(), ChildJvm.DEFAULT_TIMEOUT)) {
            for (long n : new long[] {0, 10, 123_457}) {
                assertEquals(RangeSumKernel.expected(n), child.call(new Task.RangeSum(0, n), null));
            }
            long[] out = new long[10];
            assertEquals(16 + 25 + 36 + 49, child.call(new Task.Squares(3, 7, 0), out));
            assertEquals(16, out[3]);
            assertEquals(49, out[6]);
            assertEquals(0, out[7], "nothing written outside the chunk");
            child.finish();
            assertFalse(child.isAlive());
        }
    }

    /**
     * What a warm child costs in memory once it has answered (resident set, from /proc): 2xcores of
     * them on 64 processors, 128 child JVMs, must fit in a quarter of this machine's memory.
     */
    @Test
    void aChildJvmCostsLittleEnoughMemoryForTwiceSixtyFourOfThem() throws Exception {
        Path status = Path.of("/proc/self/status");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(status), "no /proc here");
        try (ChildJvm child = new ChildJvm(ChildJvm.workerCommand(), ChildJvm.DEFAULT_TIMEOUT)) {
            assertEquals(RangeSumKernel.expected(1_000_000), child.call(new Task.RangeSum(0, 1_000_000), null));
            long rssKb = kilobytes(Path.of("/proc", String.valueOf(child.pid()), "status"), "VmRSS:");
            long totalKb = kilobytes(Path.of("/proc/meminfo"), "MemTotal:");
            assertTrue(rssKb < 100_000, "a child JVM holds " + rssKb + " kB");
            assertTrue(128 * rssKb < totalKb / 4, "128 children x " + rssKb + " kB against " + totalKb + " kB of memory");
            child.finish();
        }
    }

    private static long kilobytes(Path file, String field) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(file).stream().filter(l -> l.startsWith(field))
                .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElseThrow();
    }

    @Test
    void childThatExitsNonZeroFailsWithItsStderr() {
        try (ChildJvm child = new ChildJvm(fake("exit3"), SHORT)) {
            ChildFailedException e = assertThrows(ChildFailedException.class,
                    () -> child.call(new Task.RangeSum(0, 10), null));
            assertTrue(e.getMessage().contains("exit status 3"), e.getMessage());
            assertTrue(e.getMessage().contains("out of cheese"), e.getMessage());
        }
    }

    @Test
    void childThatPrintsInsteadOfAnsweringFailsQuotingWhatItPrinted() {
        try (ChildJvm child = new ChildJvm(fake("garbage"), SHORT)) {
            ChildFailedException e = assertThrows(ChildFailedException.class,
                    () -> child.call(new Task.RangeSum(0, 10), null));
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(e.getMessage().contains("printed on stdout: \"hello, I am not a protocol\""), e.getMessage());
        }
    }

    @Test
    void childThatPrintsBeforeItsAnswersIsToleratedAndSaidOnce() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(said, true));
        try (ChildJvm child = new ChildJvm(fake("noisy-start"), ChildJvm.DEFAULT_TIMEOUT)) {
            for (long n : new long[] {10, 1000}) {
                assertEquals(RangeSumKernel.expected(n), child.call(new Task.RangeSum(0, n), null));
            }
            child.finish();
        } finally {
            System.setErr(stderr);
        }
        String text = said.toString();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("outside the protocol (skipped): \"[0.012s][warning][os,thread] Failed to start thread"),
                text);
    }

    @Test
    void aJvmThatCannotInitialiseIsAStartFailure() {
        try (ChildJvm child = new ChildJvm(fake("no-vm"), SHORT)) {
            ChildFailedException e = assertThrows(ChildFailedException.CouldNotStart.class,
                    () -> child.call(new Task.RangeSum(0, 10), null));
            assertTrue(e.getMessage().contains("Could not reserve enough space"), e.getMessage());
        }
    }

    @Test
    void childThatSendsTheWrongNumberOfValuesFails() {
        try (ChildJvm child = new ChildJvm(fake("wrong-length"), SHORT)) {
            ChildFailedException e = assertThrows(ChildFailedException.class,
                    () -> child.call(new Task.Squares(0, 5, 0), new long[5]));
            assertTrue(e.getMessage().contains("sent 3 values, the task has 5"), e.getMessage());
        }
    }

    @Test
    void childThatHangsIsKilledAtTheTimeout() {
        long start = System.nanoTime();
        try (ChildJvm child = new ChildJvm(fake("hang"), Duration.ofMillis(1500))) {
            ChildFailedException e = assertThrows(ChildFailedException.class,
                    () -> child.call(new Task.RangeSum(0, 10), null));
            assertTrue(e.getMessage().contains("timed out after 1500 ms"), e.getMessage());
            assertTrue(e.getMessage().contains("about to hang"), e.getMessage());
            assertFalse(child.isAlive());
        }
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
    }

    @Test
    void childThatAnswersButExitsNonZeroFailsAtFinish() {
        try (ChildJvm child = new ChildJvm(fake("exit-after-answer"), SHORT)) {
            assertEquals(45, child.call(new Task.RangeSum(0, 10), null));
            ChildFailedException e = assertThrows(ChildFailedException.class, child::finish);
            assertTrue(e.getMessage().contains("exited with status 5"), e.getMessage());
        }
    }

    @Test
    void childrenTakeOnTheProcessorCountAndHeapOfTheForkButNotItsCollector() {
        List<String> fork = List.of("-XX:ActiveProcessorCount=64", "-Xmx512m", "-XX:+UseParallelGC", "-Xss2m",
                "-Dparbench.logicalProcessors=2", "-XX:SharedArchiveFile=/tmp/x.jsa");
        assertEquals(List.of("-XX:ActiveProcessorCount=64", "-Xmx512m", "-Xss2m"), ChildJvm.inheritedFlags(fork));
    }

    @Test
    void missingJavaBinaryFailsToStart() {
        ChildFailedException e = assertThrows(ChildFailedException.CouldNotStart.class,
                () -> new ChildJvm(List.of("/no/such/java", "-version"), SHORT));
        assertTrue(e.getMessage().startsWith("could not start child JVM /no/such/java"), e.getMessage());
    }

    @Test
    void coldStrategyFailsOnABadChildAndLeavesNothingRunning() {
        try (ColdProcesses cold = new ColdProcesses(2, fake("exit3"), SHORT)) {
            ChildFailedException e = assertThrows(ChildFailedException.class, () -> cold.rangeSum(1000));
            assertTrue(e.getMessage().contains("out of cheese"), e.getMessage());
        }
    }

    @Test
    void warmStrategyPingsEveryChildInSetupAndLeavesNoneBehindWhenOneHangs() {
        int before = ChildJvm.liveChildren();
        ChildFailedException e = assertThrows(ChildFailedException.class,
                () -> new WarmProcesses(2, fake("hang"), Duration.ofMillis(1000)));
        assertTrue(e.getMessage().contains("RangeSum[from=0, to=1]"), e.getMessage());
        assertEquals(before, ChildJvm.liveChildren());
    }

    @Test
    void warmStrategyFailsOnAHungChildAndItsCloseKillsEveryChild() {
        List<Long> pids;
        try (WarmProcesses warm = new WarmProcesses(2, fake("answer-once-then-hang"), Duration.ofMillis(1000))) {
            pids = warm.pids();
            assertThrows(ChildFailedException.class, () -> warm.rangeSum(1000));
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " alive");
        }
    }
}

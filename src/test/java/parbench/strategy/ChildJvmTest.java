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
            assertEquals(4, child.call(new Task.Squares(3, 7), out));
            assertEquals(16, out[3]);
            assertEquals(49, out[6]);
            assertEquals(0, out[7], "nothing written outside the chunk");
            child.finish();
            assertFalse(child.isAlive());
        }
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
    void childThatPrintsGarbageFails() {
        try (ChildJvm child = new ChildJvm(fake("garbage"), SHORT)) {
            ChildFailedException e = assertThrows(ChildFailedException.class,
                    () -> child.call(new Task.RangeSum(0, 10), null));
            assertTrue(e.getMessage().contains("not a response"), e.getMessage());
            assertTrue(e.getMessage().contains("\"hell\""), e.getMessage());
        }
    }

    @Test
    void childThatSendsTheWrongNumberOfValuesFails() {
        try (ChildJvm child = new ChildJvm(fake("wrong-length"), SHORT)) {
            ChildFailedException e = assertThrows(ChildFailedException.class,
                    () -> child.call(new Task.Squares(0, 5), new long[5]));
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
    void missingJavaBinaryFailsToStart() {
        ChildFailedException e = assertThrows(ChildFailedException.class,
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
    void warmStrategyFailsOnAHungChildAndItsCloseKillsEveryChild() {
        List<Long> pids;
        try (WarmProcesses warm = new WarmProcesses(2, fake("hang"), Duration.ofMillis(1000))) {
            pids = warm.pids();
            assertThrows(ChildFailedException.class, () -> warm.rangeSum(1000));
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " alive");
        }
    }
}

package parbench.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import parbench.work.Policy;
import parbench.work.RangeSumKernel;
import parbench.work.SleepingTasks;
import parbench.work.SquaresKernel;
import parbench.work.Task;
import parbench.work.Tuning;
import parbench.catalog.Plan;
import parbench.work.UnevenTasks;

/** Every strategy gives the right answer for every workload and worker count, edge sizes included. */
class StrategiesTest {
    private static final long[] RANGE_SIZES = {0, 1, 3, 7, 1000, 1_000_003};
    private static final int[] SQUARES_LENGTHS = {0, 1, 5, 1001, 100_003, 600_001};

    static Stream<Arguments> inProcess() {
        List<Arguments> all = new ArrayList<>();
        for (int workers : new int[] {1, 2, 3, 4, 8}) {
            all.add(Arguments.of("ManualThreads", workers, (IntFunction<Strategy>) ManualThreads::new));
            all.add(Arguments.of("FixedThreadPool", workers, (IntFunction<Strategy>) FixedThreadPool::new));
            all.add(Arguments.of("ParallelStreams", workers, (IntFunction<Strategy>) ParallelStreams::sizedPool));
            for (Policy p : Policy.values()) {
                all.add(Arguments.of("QueueWorkers " + p, workers, (IntFunction<Strategy>) w -> new QueueWorkers(w, p)));
            }
            all.add(Arguments.of("VirtualThreads", workers, (IntFunction<Strategy>) VirtualThreads::new));
            all.add(Arguments.of("CompletableFutures on a pool", workers, (IntFunction<Strategy>) CompletableFutures::onPool));
            all.add(Arguments.of("ForkJoinTasks", workers, (IntFunction<Strategy>) ForkJoinTasks::new));
            for (Tuning t : Plan.TUNINGS) {
                all.add(Arguments.of("FixedThreadPool, " + t.label(), workers, (IntFunction<Strategy>) w -> new FixedThreadPool(w, t)));
                all.add(Arguments.of("ManualThreads, " + t.label(), workers, (IntFunction<Strategy>) w -> new ManualThreads(w, t)));
            }
        }
        all.add(Arguments.of("SerialLoop", 1, (IntFunction<Strategy>) w -> new SerialLoop()));
        all.add(Arguments.of("CommonPool", 0, (IntFunction<Strategy>) w -> ParallelStreams.commonPool()));
        all.add(Arguments.of("CompletableFutures, no executor", 0,
                (IntFunction<Strategy>) w -> CompletableFutures.defaultExecutor()));
        return all.stream();
    }

    static Stream<Arguments> processes() {
        List<Arguments> all = new ArrayList<>();
        for (int workers : new int[] {1, 2, 3}) {
            all.add(Arguments.of("ColdProcesses", workers, (IntFunction<Strategy>) ColdProcesses::new));
            all.add(Arguments.of("WarmProcesses", workers, (IntFunction<Strategy>) WarmProcesses::new));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("inProcess")
    void inProcessStrategiesAnswerRight(String name, int workers, IntFunction<Strategy> factory) {
        if (name.equals("VirtualThreads")) {
            Assumptions.assumeTrue(VirtualThreads.isAvailable(), VirtualThreads.unavailableReason());
        }
        try (Strategy s = factory.apply(workers)) {
            checkAllWorkloads(s, RANGE_SIZES, SQUARES_LENGTHS, 2);
        }
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("processes")
    void childProcessStrategiesAnswerRight(String name, int workers, IntFunction<Strategy> factory) {
        try (Strategy s = factory.apply(workers)) {
            // a child JVM start per chunk for the cold ones: fewer sizes, same edge cases
            checkAllWorkloads(s, new long[] {0, 2, 1_000_003}, new int[] {1, 100_003}, 1);
        }
        assertEquals(0, ChildJvm.liveChildren(), "no child outlives its strategy");
    }

    static Stream<ParallelStreams> streams() {
        return Stream.of(ParallelStreams.commonPool(), ParallelStreams.sizedPool(1), ParallelStreams.sizedPool(3));
    }

    @ParameterizedTest
    @MethodSource("streams")
    void perElementStreamsAnswerRight(ParallelStreams streams) {
        try (ParallelStreams s = streams) {
            for (long n : RANGE_SIZES) {
                assertEquals(RangeSumKernel.expected(n), s.rangeSumPerElement(n));
            }
            for (int length : SQUARES_LENGTHS) {
                long[] out = new long[length];
                assertEquals(SquaresKernel.expectedChecksum(length, 7), s.squaresPerElement(out, 7));
                SquaresKernel.check(out, 7);
            }
        }
    }

    private static void checkAllWorkloads(Strategy s, long[] rangeSizes, int[] squaresLengths, long sleepMillis) {
        for (long n : rangeSizes) {
            assertEquals(RangeSumKernel.expected(n), s.rangeSum(n), "range sum of " + n);
        }
        for (int length : squaresLengths) {
            long[] out = new long[length];
            for (long offset = 1; offset <= 2; offset++) {
                assertEquals(SquaresKernel.expectedChecksum(length, offset), s.squares(out, offset), "squares of " + length);
                SquaresKernel.check(out, offset);
            }
        }
        List<Task> sleeping = SleepingTasks.tasks(SleepingTasks.TASKS, sleepMillis);
        assertArrayEquals(SleepingTasks.expectedResults(sleeping), s.runAll(sleeping, null));
        List<Task> uneven = UnevenTasks.sleepTasks(1);
        assertArrayEquals(UnevenTasks.expectedResults(uneven), s.runAll(uneven, null));
        List<Task> spin = List.of(new Task.Spin(0, 1), new Task.Spin(1, 1), new Task.Spin(2, 1));
        assertArrayEquals(UnevenTasks.expectedResults(spin), s.runAll(spin, null));
    }
}

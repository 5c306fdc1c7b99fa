package parbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import parbench.strategy.WaitingExecutor;
import parbench.work.Answers.WrongAnswerException;
import parbench.work.GoetzRule;

/** The waiting work's benchmarks run, count their waits and memory, and fail on a wrong answer. */
class WaitingBenchTest {

    private static <B extends WaitingBenchmark> B sweep(B bench, int waitPercent, String blocking) {
        bench.waitPercent = waitPercent;
        bench.computeMicros = 20;
        bench.elementsPerMicro = 1_000;
        bench.blocking = blocking;
        return bench;
    }

    private static void runs(WaitingBenchmark bench) {
        WaitCounters counters = new WaitCounters();
        bench.start();
        try {
            for (int i = 0; i < 50; i++) {
                bench.mixedTask(counters);
            }
        } finally {
            bench.stop();
        }
        assertEquals(50, counters.waitsTimed);
        assertTrue(counters.waitedNanos >= 50 * 180_000L, "each task waits W = 180 µs at least");
    }

    @Test
    void thePoolAndSupplyAsyncRunWithParkingAndASocket() {
        for (String blocking : new String[] {"park", "socket"}) {
            WaitingPoolBench pool = sweep(new WaitingPoolBench(), 90, blocking);
            pool.poolSize = 8;
            runs(pool);
            runs(sweep(new WaitingFuturesBench(), 90, blocking));
        }
        assertEquals(1024, poolOf(512).inFlight(), "a pool larger than half the stream gets twice its size in flight");
        assertEquals(512, poolOf(8).inFlight());
    }

    private static WaitingPoolBench poolOf(int threads) {
        WaitingPoolBench pool = new WaitingPoolBench();
        pool.poolSize = threads;
        return pool;
    }

    /** A pool that hands back a finished task's future for every later task: the first check after it fails. */
    public static class StaleResultsBench extends WaitingPoolBench {
        @Override
        protected WaitingExecutor create() {
            return new WaitingExecutor(java.util.concurrent.Executors.newFixedThreadPool(2)) {
                private CompletableFuture<?> first;

                @Override
                @SuppressWarnings("unchecked")
                public <T> CompletableFuture<T> start(Supplier<T> task) {
                    first = first == null ? super.start(task) : first;
                    return (CompletableFuture<T>) first;
                }
            };
        }
    }

    @Test
    void aWrongAnswerFailsTheBenchmarkInsteadOfScoring() {
        StaleResultsBench bench = sweep(new StaleResultsBench(), 50, "park");
        bench.poolSize = 2;
        bench.start();
        try {
            assertThrows(WrongAnswerException.class, () -> {
                for (int i = 0; i < 10; i++) {
                    bench.mixedTask(new WaitCounters());
                }
            });
        } finally {
            bench.stop();
        }
    }

    @Test
    void aBatchOfManyWaitingTasksRunsAndCountsItsThreadsAndMemory() {
        ManyWaitingPoolBench bench = new ManyWaitingPoolBench();
        bench.tasks = 400;
        bench.waitMillis = 1;
        bench.computeMicros = 10;
        bench.elementsPerMicro = 1_000;
        bench.poolSize = GoetzRule.PARAM_VALUE;
        MemoryCounters counters = new MemoryCounters();
        bench.start();
        try {
            bench.batch(counters);
            bench.batch(counters);
        } finally {
            bench.stop();
        }
        assertEquals(2, counters.batches);
        // the rule's pool: cores x (1 + 1 ms / 10 µs), at most one thread per task
        int rule = Math.min(400, GoetzRule.poolSize(Runtime.getRuntime().availableProcessors(), 1e6, 1e4));
        assertTrue(counters.peakThreads >= 2L * rule, counters.peakThreads + " threads over 2 batches, the pool " + rule);
        boolean linux = java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/status"));
        assertTrue(linux ? counters.residentKiB > 0 : Double.isNaN(counters.residentKiB), String.valueOf(counters.residentKiB));
    }
}

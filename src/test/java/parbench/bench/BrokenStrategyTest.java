package parbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import parbench.strategy.CompletableFutures;
import parbench.strategy.FixedThreadPool;
import parbench.strategy.ForkJoinTasks;
import parbench.strategy.SerialLoop;
import parbench.strategy.Strategy;
import parbench.work.Answers.WrongAnswerException;
import parbench.work.Task;
import parbench.work.Tuning;

/**
 * The posts' "44x speedup" printed a total of 0 because the children's results never came back.
 * A strategy that loses results must make the benchmark throw, never report a time.
 */
class BrokenStrategyTest {

    /** Runs the work on a real pool, then forgets the last worker's results, like the post's children. */
    static final class LosesLastResult implements Strategy {
        private final Strategy inner;

        LosesLastResult(Strategy inner) {
            this.inner = inner;
        }

        @Override
        public int workers() {
            return inner.workers();
        }

        @Override
        public long[] runAll(List<? extends Task> tasks, long[] out) {
            long[] results = inner.runAll(tasks, out);
            results[results.length - 1] = 0;
            Task last = tasks.get(tasks.size() - 1);
            if (out != null && last.outputLength() > 0) {
                java.util.Arrays.fill(out, last.outputStart(), last.outputStart() + last.outputLength(), 0);
            }
            return results;
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    public static class BrokenBench extends ScalingBenchmark {
        IntFunction<Strategy> honest = FixedThreadPool::new;

        @Override
        protected Strategy create(int workerCount) {
            return new LosesLastResult(honest.apply(workerCount));
        }
    }

    /** Every strategy the broken wrapper is tried on: the pool, both kinds of futures, fork/join tasks. */
    static Stream<Arguments> honestStrategies() {
        return Stream.of(Arguments.of("fixed pool", (IntFunction<Strategy>) FixedThreadPool::new),
                Arguments.of("futures on a pool", (IntFunction<Strategy>) CompletableFutures::onPool),
                Arguments.of("futures, no executor", (IntFunction<Strategy>) w -> CompletableFutures.defaultExecutor()),
                Arguments.of("fork/join tasks", (IntFunction<Strategy>) ForkJoinTasks::new));
    }

    private static BrokenBench started(String workers, IntFunction<Strategy> honest) {
        BrokenBench bench = new BrokenBench();
        bench.honest = honest;
        bench.workers = workers;
        bench.start();
        return bench;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("honestStrategies")
    void lostPartialSumFailsTheRangeSumBenchmark(String name, IntFunction<Strategy> honest) {
        BrokenBench bench = started("2", honest);
        try {
            RangeSumInput in = new RangeSumInput();
            in.n = 50_000_000;
            WrongAnswerException e = assertThrows(WrongAnswerException.class, () -> bench.rangeSum(in));
            assertTrue(e.getMessage().startsWith("wrong answer for sum of 0..49999999: expected 1249999975000000"),
                    e.getMessage());
        } finally {
            bench.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("honestStrategies")
    void lostChunkOfSquaresFailsTheCall(String name, IntFunction<Strategy> honest) {
        BrokenBench bench = started("2", honest);
        try {
            SquaresOutput s = squaresOf(1000);
            WrongAnswerException e = assertThrows(WrongAnswerException.class, () -> bench.squares(s));
            assertTrue(e.getMessage().startsWith("wrong answer for sum of the chunks of squares of 2..1001"),
                    e.getMessage());
        } finally {
            bench.stop();
        }
    }

    /** Says the right sums but writes nothing: the call's check reads the array's ends. */
    static final class WritesNothing implements Strategy {
        @Override
        public int workers() {
            return 1;
        }

        @Override
        public long[] runAll(List<? extends Task> tasks, long[] out) {
            return tasks.stream().mapToLong(t -> t.run(new long[t.outputLength()], 0)).toArray();
        }
    }

    /** Writes all but one element in the middle: the check after the iteration reads the whole array. */
    static final class SkipsOneElement implements Strategy {
        @Override
        public int workers() {
            return 1;
        }

        @Override
        public long[] runAll(List<? extends Task> tasks, long[] out) {
            long[] results = new SerialLoop().runAll(tasks, out);
            out[out.length / 2 + 1] = 0;
            return results;
        }
    }

    @Test
    void squaresNeverWrittenFailTheCallAndAHoleFailsTheIteration() {
        SquaresOutput s = squaresOf(1000);
        assertThrows(WrongAnswerException.class, () -> s.checked(new WritesNothing().squares(s.out, s.next())));
        SquaresOutput holed = squaresOf(1000);
        long sums = new SkipsOneElement().squares(holed.out, holed.next());
        holed.checked(sums); // the three elements a call reads are intact
        assertThrows(WrongAnswerException.class, holed::checkWholeArray);
    }

    private static SquaresOutput squaresOf(int length) {
        SquaresOutput s = new SquaresOutput();
        s.length = length;
        s.allocate();
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("honestStrategies")
    void lostSleepingTaskFailsAndNamesTheTask(String name, IntFunction<Strategy> honest) {
        BrokenBench bench = started("2", honest);
        try {
            SleepingInput in = new SleepingInput();
            in.millis = 1;
            in.prepare();
            WrongAnswerException e = assertThrows(WrongAnswerException.class, () -> bench.sleepingTasks(in));
            assertEquals("wrong answer for sleeping tasks, task 3: expected 1, got 0", e.getMessage());
        } finally {
            bench.stop();
        }
    }

    @Test
    void theSameBenchmarkWithAnHonestStrategyPasses() {
        FixedPoolBench bench = new FixedPoolBench();
        bench.workers = "2";
        bench.split = Tuning.EQUAL;
        bench.caller = Tuning.WAITS;
        bench.spin = Tuning.OFF;
        bench.start();
        try {
            RangeSumInput in = new RangeSumInput();
            in.n = 1_000_000;
            assertEquals(499_999_500_000L, bench.rangeSum(in));
        } finally {
            bench.stop();
        }
    }
}

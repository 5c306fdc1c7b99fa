package parbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import parbench.strategy.Strategy;

/**
 * The workloads every strategy runs, written once: range sum, squares, sleeping tasks, and a user's
 * kernel where the launcher is given one. Each subclass names its strategy and says
 * what it teaches; JMH generates these benchmarks for every concrete subclass.
 *
 * <p>Every operation checks its answer: a wrong sum, a lost chunk of squares or a sleeping task
 * that never reported back throws, and JMH records a failure instead of a score.
 *
 * <p>Iterations: see {@link Timing}. The launcher runs each configuration in many forks, one per
 * round of its block, interleaved; @Fork(1) is what JMH's own order (--sequential) runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.MEASUREMENT_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
public abstract class StrategyBenchmark {
    protected Strategy strategy;

    /** The strategy under test, built in setup so that pools and warm children are not timed. */
    protected abstract Strategy create();

    @Setup(Level.Trial)
    public void start() {
        strategy = create();
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (strategy != null) {
            strategy.close();
        }
    }

    @Benchmark
    public long rangeSum(RangeSumInput in) {
        return in.checked(strategy.rangeSum(in.n));
    }

    @Benchmark
    public long[] squares(SquaresOutput s) {
        return s.checked(strategy.squares(s.out, s.next()));
    }

    @Benchmark
    @Warmup(iterations = Timing.ONE_WARMUP, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
    public long[] sleepingTasks(SleepingInput in) {
        return in.checked(strategy.runAll(in.tasks, null));
    }

    /** A user's kernel (--kernel); left out of every run without one. */
    @Benchmark
    public long kernel(KernelInput in) {
        return in.checked(strategy.kernel(in.kernel, in.n), strategy);
    }
}

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
 * The three workloads every strategy runs, written once. Each subclass names its strategy and says
 * what it teaches; JMH generates these benchmarks for every concrete subclass.
 *
 * <p>Every operation checks its answer: a wrong sum, a lost chunk of squares or a sleeping task
 * that never reported back throws, and JMH records a failure instead of a score.
 *
 * <p>Defaults (1 fork, 1 x 500 ms warm-up, 6 x 500 ms measured: six samples are the fewest that give a 95% confidence interval for a median) keep the whole suite within 15
 * minutes on 2 cores; any JMH option on the command line overrides them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
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
        strategy.squares(s.out);
        return s.out;
    }

    @Benchmark
    public long[] sleepingTasks(SleepingInput in) {
        return in.checked(strategy.runAll(in.tasks, null));
    }
}

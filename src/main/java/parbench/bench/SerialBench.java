package parbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Warmup;
import parbench.strategy.SerialLoop;
import parbench.strategy.Strategy;

/**
 * The baseline every speedup is measured against: one thread, one loop, no coordination.
 *
 * <p>What to look for: the time per element of each workload. A parallel strategy can at best
 * divide it by the cores it really gets (see {@link CeilingBench}); at small sizes the fixed cost of
 * handing work out is larger than the work, and this loop wins. The uneven tasks run here too:
 * serially they take all 36 units, the figure every policy in {@link UnevenTasksBench} is against.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar SerialBench}
 */
public class SerialBench extends StrategyBenchmark {
    @Override
    protected Strategy create() {
        return new SerialLoop();
    }

    @Benchmark
    @Warmup(iterations = Timing.ONE_WARMUP, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
    public long[] unevenSleep(UnevenSleepInput in) {
        return in.checked(strategy.runAll(in.tasks, null));
    }

    @Benchmark
    public long[] unevenCpu(UnevenCpuInput in) {
        return in.checked(strategy.runAll(in.tasks, null));
    }
}

package parbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import parbench.strategy.Strategy;
import parbench.strategy.WarmProcesses;

/**
 * Long-lived child JVMs, started once in setup and fed tasks over stdin/stdout, like
 * multiprocessing.Pool. A call pays one round trip per task (and the copy of any output through the
 * pipe), not the start of a JVM.
 *
 * <p>The children warm up too, and slowly: each call is a few microseconds of work in a JVM that
 * sees only what arrives on its stdin, so its JIT needs thousands of round trips. With the suite's
 * warm-up alone, small sizes were still getting faster when measured, so this class warms up for
 * {@value #WARMUP_ITERATIONS} iterations of 100 ms, not the suite's 3; the report flags any
 * configuration whose forks still trend.
 *
 * <p>Compare with {@link ColdProcessesBench} for the price of a JVM start, and with
 * {@link FixedPoolBench} for the price of a process boundary: for CPU work the JVM needs no
 * processes to use every core, so this only pays where isolation is the point.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar WarmProcessesBench}
 */
@Warmup(iterations = WarmProcessesBench.WARMUP_ITERATIONS, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
public class WarmProcessesBench extends ScalingBenchmark {
    static final int WARMUP_ITERATIONS = 10;

    @Override
    protected Strategy create(int workerCount) {
        return new WarmProcesses(workerCount);
    }
}

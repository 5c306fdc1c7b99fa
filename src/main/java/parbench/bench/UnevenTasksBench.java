package parbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import parbench.strategy.QueueWorkers;
import parbench.work.Policy;
import parbench.work.UnevenTasks;

/**
 * Tasks of uneven size, [2,4,6,8,1,3,5,7] units, on 4 worker threads (the posts' setup): how the
 * tasks are handed out decides when the last worker finishes.
 *
 * <p>In units, with ideal workers: a contiguous split finishes at 14 (one worker got 6 and 8), a
 * strided split at 15 (one got 8 and 7), a shared queue in the given order at 13, and a queue sorted
 * longest first at 9, the optimum (max(36 / 4, 8)). The sleep flavour should show exactly these
 * figures times the unit on any machine. The CPU flavour cannot: 36 units of computation need at
 * least 36 / cores units, so on 2 cores every policy lands near 18 and the policy barely matters.
 * That contrast is the lesson: a good queue policy fixes imbalance, not a shortage of cores.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar UnevenTasksBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.MEASUREMENT_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
public class UnevenTasksBench {
    @Param({"CONTIGUOUS", "STRIDED", "SHARED_QUEUE", "LONGEST_FIRST"})
    public Policy policy;

    private QueueWorkers workers;

    @Setup(Level.Trial)
    public void start() {
        workers = new QueueWorkers(UnevenTasks.WORKERS, policy);
    }

    @TearDown(Level.Trial)
    public void stop() {
        workers.close();
    }

    @Benchmark
    @Warmup(iterations = Timing.ONE_WARMUP, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
    public long[] unevenSleep(UnevenSleepInput in) {
        return in.checked(workers.runAll(in.tasks, null));
    }

    @Benchmark
    public long[] unevenCpu(UnevenCpuInput in) {
        return in.checked(workers.runAll(in.tasks, null));
    }
}

package parbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import parbench.strategy.WaitingExecutor;
import parbench.work.ComputeSpeed;
import parbench.work.MixedWork;
import parbench.work.Parking;

/**
 * Many waiting tasks at once, written once: a batch of {@code tasks} tasks that each compute briefly
 * ({@code computeMicros}) and then park for {@code waitMillis}, all submitted together, then all
 * joined and checked. Each subclass names where they run.
 *
 * <p>Measured: the time per batch, and as secondary results what it took besides: the peak resident
 * memory of the process during the batch, above what it held before the executor was made
 * ({@code residentKiB} over {@code batches}), and the most platform threads alive
 * ({@code peakThreads} over {@code batches}). Resident memory counts every platform thread's stack,
 * which lives outside the heap. The heap is fixed and touched in full when the fork starts, so that
 * its pages are resident before the executor is made and a batch's allocations do not show as
 * growth: a virtual thread's stack is a heap object, so within that heap it costs heap (and
 * collections), not resident memory.
 *
 * <p>A batch takes up to half a second (10,000 tasks of 10 ms on 200 threads is 50 waves), and an
 * iteration lasts at least one, so a fork warms up for one iteration instead of 3: its batch alone
 * runs the task 10,000 times, enough for the JIT to have compiled it.
 *
 * <p>Every task's range sum and token are checked; a wrong one fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsPrepend = {"-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 1, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.MEASUREMENT_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
public abstract class ManyWaitingBenchmark {
    @Param({"10000"})
    public int tasks;

    @Param({"10"})
    public int waitMillis;

    @Param({"10"})
    public double computeMicros;

    @Param({"0"})
    public double elementsPerMicro;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private MixedWork work;
    private WaitingExecutor executor;
    private long baselineKiB;

    /** Where the tasks run. */
    protected abstract WaitingExecutor create();

    @Setup(Level.Trial)
    public void start() {
        double speed = elementsPerMicro > 0 ? elementsPerMicro : ComputeSpeed.elementsPerMicro();
        work = new MixedWork(MixedWork.elements(speed, computeMicros), TimeUnit.MILLISECONDS.toNanos(waitMillis),
                new Parking());
        baselineKiB = ResidentMemory.residentKiB();
        executor = create();
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    /** The rule's wait and compute, for a subclass that sizes its pool by it. */
    protected double waitNanos() {
        return TimeUnit.MILLISECONDS.toNanos(waitMillis);
    }

    protected double computeNanos() {
        return computeMicros * 1e3;
    }

    /** One batch: every task started, then every one joined and checked. */
    @Benchmark
    public long batch(MemoryCounters counters) {
        boolean peakReset = baselineKiB >= 0 && ResidentMemory.resetPeak();
        threads.resetPeakThreadCount();
        List<CompletableFuture<MixedWork.Outcome>> futures = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            long task = i;
            futures.add(executor.start(() -> work.run(task, 0)));
        }
        long total = 0;
        for (int i = 0; i < tasks; i++) {
            MixedWork.Outcome o = futures.get(i).join();
            work.check(i, o);
            total += o.sum();
        }
        long peak = peakReset ? ResidentMemory.peakKiB() : -1;
        counters.residentKiB += peak >= 0 ? peak - baselineKiB : Double.NaN;
        counters.peakThreads += threads.getPeakThreadCount();
        counters.batches++;
        return total;
    }
}

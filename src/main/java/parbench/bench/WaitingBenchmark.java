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
import parbench.strategy.SteadyStream;
import parbench.strategy.WaitingExecutor;
import parbench.work.Blocking;
import parbench.work.ComputeSpeed;
import parbench.work.MixedWork;

/**
 * The waiting work, written once: tasks that compute for C (the range-sum kernel over as many
 * elements as take {@code computeMicros} here) and then block for W, where W / (W + C) is
 * {@code waitPercent}. Each subclass names where the tasks run.
 *
 * <p>Measured: throughput, tasks finished per second, over a steady stream: {@link #IN_FLIGHT}
 * tasks are always in flight, and each time one finishes its answer is checked and a new one takes
 * its place ({@link SteadyStream}). A batch would end in a half-empty wave (T tasks on N threads
 * take ceil(T / N) waves), which makes false optima; a stream has no last wave. Secondary: the
 * compute and the wait the tasks actually got ({@code computedNanos} and {@code waitedNanos} over
 * {@code waitsTimed}, each summed per iteration): C as this fork's JIT runs it, and W plus the
 * timer's slack and the wake-up, which the rule's W / C does not know; both plus any wait for a
 * processor where more threads are ready than there are cores.
 *
 * <p>C is sized by {@code elementsPerMicro}, the kernel's speed, which the launcher measures once in
 * the forks' JVM and passes to every fork, so every fork does the same work (0: a fork measures its
 * own). {@code blocking} is how a task waits: parking, or a round trip to a server in this JVM that
 * answers after W (a real blocking call).
 *
 * <p>Every task's answer is checked: its range sum, and the token its blocking call hands back. A
 * wrong one throws, and JMH records a failure instead of a score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.MEASUREMENT_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
public abstract class WaitingBenchmark {
    /** Tasks in flight ({@link MixedWork#IN_FLIGHT}): a pool always has work queued. */
    public static final int IN_FLIGHT = MixedWork.IN_FLIGHT;

    @Param({"0", "50", "90", "99"})
    public int waitPercent;

    @Param({"100"})
    public double computeMicros;

    @Param({"0"})
    public double elementsPerMicro;

    @Param({"park", "socket"})
    public String blocking;

    private Blocking block;
    private SteadyStream stream;

    /** Where the tasks run. */
    protected abstract WaitingExecutor create();

    /** Tasks in flight for this executor. */
    protected int inFlight() {
        return IN_FLIGHT;
    }

    @Setup(Level.Trial)
    public void start() {
        double speed = elementsPerMicro > 0 ? elementsPerMicro : ComputeSpeed.elementsPerMicro();
        int slots = inFlight();
        block = Blocking.named(blocking, slots);
        MixedWork work = new MixedWork(MixedWork.elements(speed, computeMicros),
                MixedWork.waitNanos(computeMicros * 1e3, waitPercent), block);
        stream = new SteadyStream(create(), work, slots);
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (stream != null) {
            stream.close();
        }
        if (block != null) {
            block.close();
        }
    }

    /** One task finished and checked, and another started in its place. */
    @Benchmark
    public long mixedTask(WaitCounters counters) {
        MixedWork.Outcome o = stream.next();
        counters.computedNanos += o.computedNanos();
        counters.waitedNanos += o.waitedNanos();
        counters.waitsTimed++;
        return o.sum();
    }
}

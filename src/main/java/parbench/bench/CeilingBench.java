package parbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import parbench.work.RangeSumKernel;
import parbench.work.SquaresKernel;
import parbench.work.UserKernel;

/**
 * What the hardware gives: JMH's own threads, one per available processor, each running the serial
 * kernel on its own copy of the work, with nothing shared and nothing handed out.
 *
 * <p>If every thread took as long as {@link SerialBench} does alone, the machine would deliver
 * threads x the serial speed. On a VM or a shared host it delivers less (a neighbour's load, steal,
 * turbo limits, one memory bus for squares); the report takes this measured ceiling, not the core
 * count, as the best a strategy can do: ceiling speedup = threads x serial time / this time. A
 * strategy close to it has lost nothing to coordination; one far below it has.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar "SerialBench|CeilingBench"}
 */
@Threads(Threads.MAX)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.MEASUREMENT_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
public class CeilingBench {

    @Benchmark
    public long rangeSum(RangeSumInput in) {
        return in.checked(RangeSumKernel.sum(0, in.n));
    }

    @Benchmark
    public long[] squares(SquaresOutput s) {
        return s.checked(SquaresKernel.fill(s.out, 0, 0, s.length, s.next()));
    }

    @Benchmark
    public long kernel(KernelInput in) {
        return in.checked(UserKernel.get(in.kernel).applyAsLong(0, in.n), "the ceiling's serial loop");
    }
}

package parbench.bench;

import org.openjdk.jmh.annotations.Benchmark;
import parbench.strategy.ParallelStreams;
import parbench.strategy.Strategy;

/**
 * What a plain .parallel() does: the JVM-wide common pool (availableProcessors() - 1 threads plus
 * the caller), with no worker count to choose. The calling thread joins the work, as it does in
 * every stream: streams are ranked as their users get them.
 *
 * <p>The inherited benchmarks split the work into one equal chunk per processor, like the others.
 * The two "PerElement" ones are what most code looks like: {@code LongStream.range(0, n).parallel().sum()}
 * and a stream over every index of the squares' array. There the framework splits the range itself;
 * compare them with the chunked versions to see whether its splitting and per-element lambdas cost
 * anything.
 *
 * <p>The usual advice (Goetz: parallelise when N x Q > 10,000, N elements of Q simple operations
 * each) says a range sum, Q = 1, pays from about 10,000 elements. The break-even table of a run says
 * where it pays on your machine: measure before you trust a rule of thumb.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar CommonPoolStreamsBench}
 */
public class CommonPoolStreamsBench extends StrategyBenchmark {
    @Override
    protected Strategy create() {
        return ParallelStreams.commonPool();
    }

    @Benchmark
    public long rangeSumPerElement(RangeSumInput in) {
        return in.checked(((ParallelStreams) strategy).rangeSumPerElement(in.n));
    }

    @Benchmark
    public long[] squaresPerElement(SquaresOutput s) {
        return s.checked(((ParallelStreams) strategy).squaresPerElement(s.out, s.next()));
    }
}

package parbench.bench;

import org.openjdk.jmh.annotations.Benchmark;
import parbench.strategy.ParallelStreams;
import parbench.strategy.Strategy;

/**
 * What a plain .parallel() does: the JVM-wide common pool (availableProcessors() - 1 threads plus
 * the caller), with no worker count to choose.
 *
 * <p>The inherited benchmarks split the work into one chunk per processor, like the others. The
 * two "PerElement" ones are what most code looks like: {@code LongStream.range(0, n).parallel().sum()}
 * and {@code Arrays.parallelSetAll}. There the framework splits the range itself; compare them with
 * the chunked versions to see whether its splitting and per-element lambdas cost anything.
 *
 * <p>The usual advice (Goetz: parallelise when N x Q > 10,000, N elements of Q simple operations
 * each) says a range sum, Q = 1, pays from about 10,000 elements. On 2 EPYC vCPUs it paid from
 * n = 333,000 [257,000, 356,000], thirty times later (results/amd-epyc-2cpu/20261123-204842.md):
 * measure on your machine before you trust a rule of thumb.
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
        ((ParallelStreams) strategy).squaresPerElement(s.out);
        return s.out;
    }
}

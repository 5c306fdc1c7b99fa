package parbench.bench;

import parbench.strategy.FixedThreadPool;
import parbench.strategy.Strategy;

/**
 * A fixed thread pool (ExecutorService), created once in setup; a call submits one task per chunk
 * and waits on the futures. Large ranges are cut into chunks that shrink as the work runs out, so a
 * worker that wakes late takes fewer and none waits long for the last.
 *
 * <p>The threads already exist, so a call pays only a queue hand-off and a wake-up per task: a few
 * microseconds. Compare with {@link ManualThreadsBench} at n = 10,000 to see what starting threads
 * costs, and at 50,000,000 to see that it stops mattering. More workers than cores (2xcores) buys
 * nothing for CPU work and is free for sleeping work.
 *
 * <p>From what size it pays is not where the hand-off cost says. On 2 EPYC vCPUs a call costs the
 * pool about 1.2 µs more than the serial loop at n = 1,000, which a line a + b*n turns into a
 * break-even of 15,500; the measured speedup crosses 1 only at n = 118,000 [113,000, 147,000],
 * because below that the caller does most of the work while the helper wakes up
 * (results/amd-epyc-2cpu/20261123-204842.md, its cost model table and chart).
 *
 * <p>Run: {@code java -jar target/benchmarks.jar FixedPoolBench}
 */
public class FixedPoolBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new FixedThreadPool(workerCount);
    }
}

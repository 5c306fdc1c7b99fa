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
 * <p>Run: {@code java -jar target/benchmarks.jar FixedPoolBench}
 */
public class FixedPoolBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new FixedThreadPool(workerCount);
    }
}

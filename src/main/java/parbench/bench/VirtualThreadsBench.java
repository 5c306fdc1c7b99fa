package parbench.bench;

import parbench.strategy.Strategy;
import parbench.strategy.VirtualThreads;

/**
 * One virtual thread per equal chunk (JDK 21+), the caller waiting. The worker count only sets how
 * many chunks a range is cut into: virtual threads run on the JVM's own carrier pool of
 * availableProcessors() threads.
 *
 * <p>For CPU work they can do no better than a pool of that size. For sleeping work they need no
 * pool size at all: a sleeping virtual thread gives its carrier back, so all 4 sleeping tasks
 * overlap even at workers = 1 (compare {@link FixedPoolBench}, where they run workers-wide).
 *
 * <p>On JDK 17 the launcher leaves this class out and says so; run it with
 * {@code java -jar target/benchmarks.jar VirtualThreadsBench -jvm /path/to/jdk-21+/bin/java}.
 */
public class VirtualThreadsBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new VirtualThreads(workerCount);
    }
}

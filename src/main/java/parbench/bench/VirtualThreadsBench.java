package parbench.bench;

import parbench.strategy.Strategy;
import parbench.strategy.VirtualThreads;

/**
 * One virtual thread per task (JDK 21+). The worker count only sets how many chunks a range is cut
 * into: virtual threads run on the JVM's own carrier pool of availableProcessors() threads.
 *
 * <p>For CPU work they can do no better than a pool of that size. For sleeping work they need no
 * pool size at all: a sleeping virtual thread gives its carrier back, so all 4 sleeping tasks
 * overlap even at workers = 1 (compare {@link FixedPoolBench}, where they run workers-wide).
 *
 * <p>Measured on 2 EPYC vCPUs with JDK 25 (results/amd-epyc-2cpu/20261202-054007.md): 1.79× [1.73,
 * 1.84] over serial at n = 50,000,000, 91% [89%, 94%] of the ceiling, breaking even at 283,000
 * [206,000, 437,000]; four sleeping tasks of 50 ms in 51.0 ms at workers = cores.
 *
 * <p>On JDK 17 the launcher leaves this class out and says so; run it with
 * {@code java -jar target/benchmarks.jar VirtualThreadsBench -jvm /usr/lib/jvm/temurin-25-jdk-amd64/bin/java}.
 */
public class VirtualThreadsBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new VirtualThreads(workerCount);
    }
}

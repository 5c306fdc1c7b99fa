package parbench.bench;

import parbench.strategy.WaitingExecutor;

/**
 * The waiting work (see {@link WaitingBenchmark}) on a virtual thread per task (JDK 21+). There is
 * no pool size to choose: all {@link WaitingBenchmark#IN_FLIGHT} tasks in flight have a thread,
 * and a task that parks or waits on its socket gives its carrier back, so the JVM's carriers (one
 * per processor) compute while the rest wait.
 *
 * <p>What can go wrong: at 0% waiting there is nothing to give back, and a virtual thread costs its
 * start and its scheduling on top of the same computing; a task that pins its carrier (a wait
 * inside synchronized, before JDK 24) holds a processor while it waits, as a platform thread does.
 *
 * <p>Conclude: from the wait share where virtual threads match or beat the best pool size, they
 * answer "how many threads?" without anyone choosing; the report says from which share that is.
 *
 * <p>On JDK 17 the launcher leaves this class out and says so. Run: {@code java -jar
 * target/benchmarks.jar WaitingVirtualThreadsBench -jvm /usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
 */
public class WaitingVirtualThreadsBench extends WaitingBenchmark {
    @Override
    protected WaitingExecutor create() {
        return WaitingExecutor.virtualThreads();
    }
}

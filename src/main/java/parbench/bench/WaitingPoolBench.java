package parbench.bench;

import org.openjdk.jmh.annotations.Param;
import parbench.strategy.WaitingExecutor;

/**
 * How many threads for tasks that compute a little and wait a lot? A fixed pool of {@code poolSize}
 * threads runs the waiting work (see {@link WaitingBenchmark}), swept over powers of two from 1 to
 * 512 at each wait share W / (W + C).
 *
 * <p>A thread that waits holds no processor, so with W / C = 9 a thread keeps a core busy a tenth of
 * its time, and ten threads a core keep it busy. Goetz's rule (Java Concurrency in Practice, 8.2)
 * says threads = cores x (1 + W / C); below that size the cores idle while every thread waits, above
 * it tasks queue for a processor and more threads buy nothing but memory and switches. Throughput
 * against pool size rises and then flattens: the report names the smallest size whose throughput is
 * within the best's interval (a flat top is a range of sizes, not one), and puts the rule beside it.
 *
 * <p>What can go wrong: a batch of T tasks takes ceil(T / N) waves, so a size that divides T looks
 * best (a steady stream of tasks avoids it); the timer's slack lengthens short waits, so the rule
 * computed with the W asked for undershoots (the report gives the W achieved too); and the
 * stream's own thread, which checks each answer and starts the next task, competes for the cores.
 *
 * <p>Conclude: at 0% waiting the cores' count is enough; as waiting grows, whether the rule's size
 * is the one to use, too many or too few threads, is in the report's "Waiting work" table.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar WaitingPoolBench -p waitPercent=90 -p blocking=park}
 */
public class WaitingPoolBench extends WaitingBenchmark {
    @Param({"1", "2", "4", "8", "16", "32", "64", "128", "256", "512"})
    public int poolSize;

    @Override
    protected WaitingExecutor create() {
        return WaitingExecutor.fixedPool(poolSize);
    }

    @Override
    protected int inFlight() {
        return Math.max(IN_FLIGHT, 2 * poolSize);
    }
}

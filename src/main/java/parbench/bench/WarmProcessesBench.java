package parbench.bench;

import parbench.strategy.Strategy;
import parbench.strategy.WarmProcesses;

/**
 * Long-lived child JVMs, started once in setup and fed tasks over stdin/stdout, like
 * multiprocessing.Pool. A call pays one round trip per task (and the copy of any output through the
 * pipe), not the start of a JVM; the children's JIT warms up during JMH's warm-up.
 *
 * <p>Compare with {@link ColdProcessesBench} for the price of a JVM start, and with
 * {@link FixedPoolBench} for the price of a process boundary: for CPU work the JVM needs no
 * processes to use every core, so this only pays where isolation is the point.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar WarmProcessesBench}
 */
public class WarmProcessesBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new WarmProcesses(workerCount);
    }
}

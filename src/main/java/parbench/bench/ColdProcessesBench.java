package parbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import parbench.strategy.ColdProcesses;
import parbench.strategy.Strategy;

/**
 * One new child JVM per chunk, started with ProcessBuilder (no shell), like multiprocessing.Process.
 * Each child reads its task from stdin and must write its result back on stdout; the parent adds
 * the partial results and checks the total.
 *
 * <p>That last step is the point. One of the posts timed two Processes appending to a list that
 * lived in the parent: each child appended to its own copy, the parent's list stayed empty, the
 * "total" printed was 0, and the run was reported as a 44x speedup. Work that does not come back is
 * not a speedup; here such a run throws instead of printing a time.
 *
 * <p>Starting a JVM (tens of milliseconds, more with JIT warm-up in the child) is inside the
 * measured time on purpose: it is the price of this strategy, paid on every call. For squares the
 * output also has to travel back through a pipe, 8 bytes per element.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ColdProcessesBench -p n=50000000}
 */
@Warmup(iterations = Timing.ONE_WARMUP, time = Timing.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
public class ColdProcessesBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new ColdProcesses(workerCount);
    }
}

package parbench.bench;

import org.openjdk.jmh.annotations.Param;
import parbench.strategy.Strategy;
import parbench.work.Tuning;

/**
 * A strategy whose tuning is a parameter of its own, apart from its mechanism: how the work is cut
 * ({@code split}), whether the calling thread takes a share ({@code caller}) and whether it spins
 * before it blocks ({@code spin}). The first value of each is the declared policy every strategy
 * is ranked under ({@link Tuning#DECLARED}); the others measure what that one choice is worth.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar FixedPoolBench.rangeSum -p workers=cores -p n=1000000
 * -p split=equal,guided} (one choice against the declared policy).
 */
public abstract class TunedBenchmark extends ScalingBenchmark {
    @Param({Tuning.EQUAL, Tuning.GUIDED})
    public String split;

    @Param({Tuning.WAITS, Tuning.WORKS})
    public String caller;

    @Param({Tuning.OFF, Tuning.ON})
    public String spin;

    protected abstract Strategy create(int workerCount, Tuning tuning);

    @Override
    protected Strategy create(int workerCount) {
        return create(workerCount, Tuning.of(split, caller, spin));
    }
}

package parbench.bench;

import org.openjdk.jmh.annotations.Param;
import parbench.strategy.Strategy;
import parbench.catalog.Workers;

/**
 * A strategy measured at several worker counts. The counts are symbols resolved against this JVM's
 * availableProcessors(), so runs from machines of different sizes line up by name.
 */
public abstract class ScalingBenchmark extends StrategyBenchmark {
    @Param({Workers.ONE, Workers.HALF, Workers.CORES, Workers.TWICE_CORES})
    public String workers;

    protected abstract Strategy create(int workerCount);

    @Override
    protected Strategy create() {
        return create(Workers.resolve(workers));
    }
}

package parbench.strategy;

import java.util.List;
import parbench.work.Split;

/**
 * A fixed thread pool (ThreadPoolExecutor), created once: each task is one submit(). The calling
 * thread is one of the workers: the pool holds workers - 1 threads, and the caller runs queued
 * tasks until the queue is empty before it waits (see {@link Concurrency#helpersFor} for the
 * measurement behind that).
 */
public final class FixedThreadPool extends ExecutorStrategy {
    public FixedThreadPool(int workers) {
        super(Concurrency.helpersFor(workers, "pool"), workers, true);
    }

    /** Shrinking chunks, one job each: a helper that wakes late takes fewer. */
    @Override
    public List<Split.Range> split(long n) {
        return Strategy.guidedSplit(n, workers());
    }
}

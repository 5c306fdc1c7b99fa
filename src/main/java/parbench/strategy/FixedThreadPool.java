package parbench.strategy;

import parbench.work.Tuning;

/**
 * A fixed thread pool (ThreadPoolExecutor), created once: each chunk is one submit(), and the caller
 * waits on the futures. Tuned otherwise, the calling thread is one of the workers (the pool holds
 * workers - 1 threads and the caller runs queued chunks until the queue is empty), chunks shrink as
 * the work runs out, and the caller spins before it blocks (see {@link Concurrency#poolFor}).
 */
public final class FixedThreadPool extends ExecutorStrategy {
    public FixedThreadPool(int workers) {
        this(workers, Tuning.DECLARED);
    }

    public FixedThreadPool(int workers, Tuning tuning) {
        super(Concurrency.poolFor(tuning, workers, "pool"), workers, tuning);
    }
}

package parbench.strategy;

/** An ExecutorService of a fixed number of threads, created once: each task is one submit(). */
public final class FixedThreadPool extends ExecutorStrategy {
    public FixedThreadPool(int workers) {
        super(Concurrency.prestartedPool(workers, "pool"), workers);
    }
}

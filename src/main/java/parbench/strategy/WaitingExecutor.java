package parbench.strategy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Where the waiting work's tasks run: a fixed pool of N threads, one virtual thread per task (JDK
 * 21+), or {@link CompletableFuture#supplyAsync(Supplier)} without an executor, where the JDK
 * decides (on JDK 17-24 a new thread per task where the common pool's parallelism is below 2, as
 * on 2 processors; the common pool from JDK 25, JDK-8362881). Every task is started through
 * supplyAsync, so each of them pays for the same future.
 */
public class WaitingExecutor implements AutoCloseable {
    private final ExecutorService executor;

    /** @param executor where tasks run; null for supplyAsync's own choice */
    protected WaitingExecutor(ExecutorService executor) {
        this.executor = executor;
    }

    /** A pool of this many threads, started before the first task. */
    public static WaitingExecutor fixedPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, was " + threads);
        }
        return new WaitingExecutor(Concurrency.prestartedPool(threads, "waiting"));
    }

    /** A new virtual thread per task; throws before JDK 21. */
    public static WaitingExecutor virtualThreads() {
        return new WaitingExecutor(VirtualThreads.newVirtualThreadPerTaskExecutor());
    }

    /** supplyAsync without an executor: what the JDK gives. */
    public static WaitingExecutor futuresWithoutExecutor() {
        return new WaitingExecutor(null);
    }

    /** Starts the task and returns its future. */
    public <T> CompletableFuture<T> start(Supplier<T> task) {
        return executor == null ? CompletableFuture.supplyAsync(task) : CompletableFuture.supplyAsync(task, executor);
    }

    /** Stops the threads this made (the JDK's own ones are left alone); waiting tasks are interrupted. */
    @Override
    public void close() {
        Concurrency.shutdown(executor);
    }
}

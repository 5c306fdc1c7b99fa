package parbench.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import parbench.work.Task;

/**
 * One {@link CompletableFuture#supplyAsync} per task, then a {@code join} of each: how most Java
 * code of 2026 spreads work. Either on the executor a caller passes (a fixed pool of workers
 * threads; the caller only waits), or without one, where the JDK decides: on JDK 17-24 the common
 * pool when its parallelism is 2 or more and a new thread per task below that (on 2 processors the
 * common pool has 1 worker), and from JDK 25 (JDK-8362881) always the common pool.
 */
public final class CompletableFutures implements Strategy {
    private final ExecutorService executor;
    private final int workers;

    private CompletableFutures(ExecutorService executor, int workers) {
        this.executor = executor;
        this.workers = workers;
    }

    /** supplyAsync without an executor: one task per processor, as the common-pool streams cut it. */
    public static CompletableFutures defaultExecutor() {
        return new CompletableFutures(null, Runtime.getRuntime().availableProcessors());
    }

    /** supplyAsync on a fixed pool of {@code workers} threads, created once. */
    public static CompletableFutures onPool(int workers) {
        return new CompletableFutures(Concurrency.prestartedPool(workers, "futures"), workers);
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        List<CompletableFuture<Long>> futures = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            futures.add(executor == null
                    ? CompletableFuture.supplyAsync(() -> task.run(out, task.outputStart()))
                    : CompletableFuture.supplyAsync(() -> task.run(out, task.outputStart()), executor));
        }
        long[] results = new long[tasks.size()];
        try {
            for (int i = 0; i < results.length; i++) {
                results[i] = futures.get(i).join();
            }
        } catch (CompletionException e) {
            futures.forEach(f -> f.cancel(true));
            throw Concurrency.unchecked(e.getCause());
        }
        return results;
    }

    @Override
    public void close() {
        Concurrency.shutdown(executor);
    }
}

package parbench.strategy;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import parbench.work.Task;

/**
 * Parallel streams, run either in the JVM-wide common pool (what a plain .parallel() does: its
 * parallelism is availableProcessors() - 1 plus the calling thread) or inside a ForkJoinPool sized
 * to the worker count (a stream started from a pool's thread runs in that pool).
 */
public final class ParallelStreams implements Strategy {
    private final ForkJoinPool pool;
    private final int workers;

    private ParallelStreams(ForkJoinPool pool, int workers) {
        this.pool = pool;
        this.workers = workers;
    }

    public static ParallelStreams commonPool() {
        return new ParallelStreams(null, Runtime.getRuntime().availableProcessors());
    }

    public static ParallelStreams sizedPool(int workers) {
        return new ParallelStreams(new ForkJoinPool(workers), workers);
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        inPool(() -> {
            IntStream.range(0, tasks.size()).parallel().forEach(i -> Strategy.runInto(tasks, i, out, results));
            return null;
        });
        return results;
    }

    /** What most people write: a stream over every element, split by the framework, not by us. */
    public long rangeSumPerElement(long n) {
        return inPool(() -> LongStream.range(0, n).parallel().sum());
    }

    /**
     * A stream over every index, split by the framework: each element is written and its square
     * summed, so the caller can check the sum as it checks every chunked strategy's.
     */
    public long squaresPerElement(long[] out, long offset) {
        return inPool(() -> IntStream.range(0, out.length).parallel().mapToLong(i -> {
            long x = i + 1L + offset;
            out[i] = x * x;
            return out[i];
        }).sum());
    }

    private <T> T inPool(java.util.concurrent.Callable<T> body) {
        try {
            return pool == null ? body.call() : pool.submit(body).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw Concurrency.unchecked(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw Concurrency.unchecked(e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            Concurrency.shutdown(pool);
        }
    }
}

package parbench.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import parbench.work.Tuning;

/** The waiting and error plumbing that every threaded strategy shares. */
final class Concurrency {
    private Concurrency() {
    }

    /** A fixed pool whose threads exist before the first task: creating them is setup, not work. */
    static ThreadPoolExecutor prestartedPool(int threads, String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + count.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.prestartAllCoreThreads();
        return pool;
    }

    /**
     * The threads a strategy tuned this way needs for this many workers: all of them, or one fewer
     * where the calling thread takes a share (none for one worker: the caller is the only one).
     *
     * <p>Why a caller may take part: a caller that wakes every worker and then parks leaves its
     * processor idle, and the scheduler may put both wakees on the other processor, so one worker
     * waits for the other's time slice. A caller that keeps working keeps its processor busy and
     * wakes one thread fewer. ForkJoinPool and parallel streams do the same.
     */
    static ThreadPoolExecutor poolFor(Tuning tuning, int workers, String name) {
        if (!tuning.callerWorks()) {
            return prestartedPool(workers, name);
        }
        return workers > 1 ? prestartedPool(workers - 1, name) : null;
    }

    /**
     * How long a caller whose own share is done spins for its workers before it blocks: waking a
     * parked thread is slow on a VM, and the last chunks of a guided split take about as long, so a
     * short spin covers the usual wait while a long one (a sleeping task) wastes little.
     */
    private static final long SPIN_NANOS = 250_000;

    /**
     * Spins until done is true or {@link #SPIN_NANOS} have passed; the caller then blocks as usual.
     * Only when every thread has a processor of its own, the spinning caller counted among them
     * (threads): otherwise the spin would take a processor from a worker that still has work. A
     * caller that only waits is a thread beside all its workers, so it spins only where a processor
     * is left over for it.
     */
    static void spinBriefly(int threads, BooleanSupplier done) {
        spinBriefly(threads, done, SPIN_NANOS);
    }

    /** {@link #spinBriefly(int, BooleanSupplier)} with another limit, for tests that must not depend on timing. */
    static void spinBriefly(int threads, BooleanSupplier done, long spinNanos) {
        if (threads > Runtime.getRuntime().availableProcessors()) {
            return;
        }
        long deadline = System.nanoTime() + spinNanos;
        while (!done.getAsBoolean() && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
    }

    /** Submits one job per runnable and waits for all; the first failure cancels the rest. */
    static void runAndWait(ExecutorService executor, List<Runnable> jobs) {
        runAndWait(executor, jobs, Tuning.DECLARED, 1);
    }

    /**
     * Runs the jobs on a tuned strategy's threads: submitted to the pool while the caller waits, or,
     * where the caller works, taken by the caller too (see {@link #runWithCaller}); the caller spins
     * before it blocks where the tuning says so.
     */
    static void runAndWait(ExecutorService executor, List<Runnable> jobs, Tuning tuning, int workers) {
        if (tuning.callerWorks()) {
            runWithCaller((ThreadPoolExecutor) executor, jobs, tuning.spin());
            return;
        }
        List<Future<?>> futures = submitAll(executor, jobs);
        if (tuning.spin()) {
            spinBriefly(workers + 1, () -> allDone(futures)); // the waiting caller is a thread more
        }
        awaitAll(futures);
    }

    /**
     * Runs the jobs on the helpers (null: none) and the calling thread together: the caller takes
     * jobs from the helpers' queue until it is empty, then waits for the ones the helpers took.
     */
    private static void runWithCaller(ThreadPoolExecutor helpers, List<Runnable> jobs, boolean spin) {
        if (helpers == null) {
            jobs.forEach(Runnable::run);
            return;
        }
        List<Future<?>> futures = submitAll(helpers, jobs);
        for (Runnable queued = helpers.getQueue().poll(); queued != null; queued = helpers.getQueue().poll()) {
            queued.run(); // a FutureTask: its outcome goes to its future, checked below
        }
        if (spin) {
            spinBriefly(helpers.getMaximumPoolSize() + 1, () -> allDone(futures));
        }
        awaitAll(futures);
    }

    private static List<Future<?>> submitAll(ExecutorService executor, List<Runnable> jobs) {
        List<Future<?>> futures = new ArrayList<>(jobs.size());
        for (Runnable job : jobs) {
            futures.add(executor.submit(job));
        }
        return futures;
    }

    private static boolean allDone(List<Future<?>> futures) {
        for (Future<?> future : futures) {
            if (!future.isDone()) {
                return false;
            }
        }
        return true;
    }

    private static void awaitAll(List<Future<?>> futures) {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw unchecked(e.getCause());
        } catch (InterruptedException | CancellationException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for workers", e);
        }
    }

    static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static void shutdown(ExecutorService executor) {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rethrows a worker's failure as it was, so a WrongAnswerException keeps its message. */
    static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t.getMessage(), t);
    }
}

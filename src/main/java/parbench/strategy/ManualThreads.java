package parbench.strategy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import parbench.work.Split;
import parbench.work.Task;
import parbench.work.Tuning;

/**
 * New platform threads on every call, started and joined by hand, like threading.Thread in the
 * posts. Each thread writes its results into the tasks' own slots; join() makes those writes
 * visible. Starting the threads is part of the cost measured.
 *
 * <p>Under the declared {@link Tuning} a call cuts one equal chunk per worker, starts one thread per
 * chunk and joins them all, as most code does. Tuned otherwise: the calling thread runs a share
 * itself and starts one thread fewer; chunks shrink as the work runs out and each thread takes the
 * next from a shared counter, so a thread that starts late takes fewer; the caller spins briefly for
 * the others before it joins.
 */
public final class ManualThreads implements Strategy {
    /** 256 KiB instead of the default 1 MiB: plenty for these loops, and free. */
    private static final long STACK_BYTES = 256 * 1024;
    private final int workers;
    private final Tuning tuning;

    public ManualThreads(int workers) {
        this(workers, Tuning.DECLARED);
    }

    public ManualThreads(int workers, Tuning tuning) {
        this.workers = workers;
        this.tuning = tuning;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public List<Split.Range> split(long n) {
        return tuning.chunks(n, workers);
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        Throwable[] failures = new Throwable[workers];
        Runnable[] work = shares(tasks, out, results, failures);
        int first = tuning.callerWorks() ? 1 : 0;
        Thread[] threads = new Thread[workers];
        for (int w = first; w < workers; w++) {
            threads[w] = new Thread(null, work[w], "manual-" + w, STACK_BYTES);
            threads[w].start();
        }
        if (tuning.callerWorks()) {
            work[0].run();
        }
        if (tuning.spin()) {
            // a caller that ran a share is one of the workers; one that only waits is a thread more
            Concurrency.spinBriefly(tuning.callerWorks() ? workers : workers + 1, () -> noneAlive(threads));
        }
        for (int w = first; w < workers; w++) {
            Concurrency.joinUninterruptibly(threads[w]);
        }
        for (Throwable failure : failures) {
            if (failure != null) {
                throw Concurrency.unchecked(failure);
            }
        }
        return results;
    }

    /**
     * What each worker runs: with equal chunks, worker w runs tasks w, w + workers, ... (its own
     * chunk, where there is one task per worker); with shrinking chunks, the next task from a shared
     * counter until none is left. A failure is kept for the caller and stops the others taking tasks.
     */
    private Runnable[] shares(List<? extends Task> tasks, long[] out, long[] results, Throwable[] failures) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        boolean shared = tuning.split() == Tuning.Chunks.GUIDED;
        Runnable[] work = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            int slot = w;
            work[w] = () -> {
                try {
                    int i = shared ? next.getAndIncrement() : slot;
                    while (i < tasks.size() && !failed.get()) {
                        Strategy.runInto(tasks, i, out, results);
                        i = shared ? next.getAndIncrement() : i + workers;
                    }
                } catch (Throwable t) {
                    failures[slot] = t;
                    failed.set(true); // the others stop taking tasks
                }
            };
        }
        return work;
    }

    private static boolean noneAlive(Thread[] threads) {
        for (Thread thread : threads) {
            if (thread != null && thread.isAlive()) {
                return false;
            }
        }
        return true;
    }
}

package parbench.strategy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import parbench.work.Task;

/**
 * New platform threads on every call, started and joined by hand, like threading.Thread in the
 * posts. Workers take tasks in turn from a shared counter and write each result into the task's own
 * slot; join() makes those writes visible. Starting the threads is part of the cost measured.
 *
 * <p>What a start costs, measured on this 2-vCPU VM (range sum of 50,000,000, one helper): the
 * caller is blocked in Thread.start() for about 340 microseconds while the JVM sets the new thread
 * up, and the thread runs its first instruction about 390 microseconds after start() was called.
 * Three things keep that from costing more than it must:
 * <ul>
 *   <li>the calling thread is one of the workers and starts only workers - 1 threads: a caller that
 *       started every worker and sat in join() lost up to a quarter of the speedup here, partly
 *       because two fresh threads were at times run one after the other on one vCPU;</li>
 *   <li>range sum and squares are cut into 8 chunks per worker, taken from a counter, so the caller
 *       keeps working while its helper is still starting instead of waiting for it at the end;</li>
 *   <li>a 256 KiB stack instead of 1 MiB (plenty for these loops) took an idle start here from about
 *       220 to 120 microseconds.</li>
 * </ul>
 * What remains, half of the 0.7 ms of lost worker time per call, is the price of starting threads
 * per call: a pool pays it once.
 */
public final class ManualThreads implements Strategy {
    /**
     * A thread's stack is mapped when it starts; 256 KiB instead of the default 1 MiB (plenty for
     * these loops) took the start of a thread here from about 220 to 120 microseconds.
     */
    private static final long STACK_BYTES = 256 * 1024;
    /** Range sum and squares are cut into this many chunks per worker, taken in turn from a counter. */
    static final int CHUNKS_PER_WORKER = 8;
    private final int workers;

    public ManualThreads(int workers) {
        this.workers = workers;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        Throwable[] failures = new Throwable[workers];
        Runnable[] work = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            int slot = w;
            work[w] = () -> {
                try {
                    for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                        Strategy.runInto(tasks, i, out, results);
                    }
                } catch (Throwable t) {
                    failures[slot] = t;
                    next.set(tasks.size()); // the others stop taking tasks
                }
            };
        }
        Thread[] threads = new Thread[workers];
        for (int w = 1; w < workers; w++) {
            threads[w] = new Thread(null, work[w], "manual-" + w, STACK_BYTES);
            threads[w].start();
        }
        work[0].run();
        for (int w = 1; w < workers; w++) {
            Concurrency.joinUninterruptibly(threads[w]);
        }
        for (Throwable failure : failures) {
            if (failure != null) {
                throw Concurrency.unchecked(failure);
            }
        }
        return results;
    }

    /** Finer chunks than workers, so the caller's head start is not lost waiting for the last thread. */
    @Override
    public int chunks() {
        return workers * CHUNKS_PER_WORKER;
    }
}

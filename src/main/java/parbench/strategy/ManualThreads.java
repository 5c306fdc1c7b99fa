package parbench.strategy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import parbench.work.Split;
import parbench.work.Task;

/**
 * New platform threads on every call, started and joined by hand, like threading.Thread in the
 * posts. Workers take chunks in turn from a shared counter and write each result into the chunk's
 * own slot; join() makes those writes visible. Starting the threads is part of the cost measured.
 *
 * <p>What a start costs on this 2-vCPU VM (range sum of 50,000,000, one helper, medians of 300
 * calls): the caller is blocked in Thread.start() for about 230 microseconds while the JVM and the
 * new thread hand over to each other, and the helper runs its first instruction about 340
 * microseconds after start() was called. Each hand-over wakes a thread on the other vCPU, which is
 * slow on a VM: with both threads pinned to one vCPU (taskset -c 0) the whole start takes about 90.
 * What the class does so that the start costs no more than it must:
 * <ul>
 *   <li>the calling thread is one of the workers and starts only workers - 1 threads: a caller that
 *       started every worker and sat in join() lost up to a quarter of the speedup here, partly
 *       because two fresh threads were at times run one after the other on one vCPU;</li>
 *   <li>chunks shrink as the work runs out ({@link Strategy#guidedSplit}), so the thread that
 *       starts late just takes fewer, and the two finish a median 54 microseconds apart (275 with
 *       16 equal chunks);</li>
 *   <li>the caller spins briefly for its helpers before it joins ({@link Concurrency#spinBriefly}):
 *       join() then returns 17 microseconds after the last helper ends, not 60 to 100.</li>
 * </ul>
 * What remains, about 0.3 ms per call, is the price of starting a thread per call: a pool pays it
 * once.
 */
public final class ManualThreads implements Strategy {
    /**
     * 256 KiB instead of the default 1 MiB, plenty for these loops. In 3 alternating runs of 2,000
     * starts here it saved 0 to 45 microseconds of a median start of about 280: small, but free.
     */
    private static final long STACK_BYTES = 256 * 1024;
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
        Concurrency.spinBriefly(workers, () -> noneAlive(threads));
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

    /** Shrinking chunks: whichever thread starts late takes fewer, and all finish close together. */
    @Override
    public List<Split.Range> split(long n) {
        return Strategy.guidedSplit(n, workers);
    }

    private static boolean noneAlive(Thread[] threads) {
        for (int w = 1; w < threads.length; w++) {
            if (threads[w].isAlive()) {
                return false;
            }
        }
        return true;
    }
}

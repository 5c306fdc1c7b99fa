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
 * <p>A start is a hand-over between the JVM and the new thread, and each hand-over wakes a thread
 * on another vCPU, which is slow on a VM. What the class does so that the start costs no more than
 * it must:
 * <ul>
 *   <li>the calling thread is one of the workers and starts only workers - 1 threads: a caller that
 *       started every worker and sat in join() lost part of the speedup, partly because two fresh
 *       threads were at times run one after the other on one vCPU;</li>
 *   <li>chunks shrink as the work runs out ({@link Strategy#guidedSplit}), so the thread that
 *       starts late just takes fewer;</li>
 *   <li>the caller spins briefly for its helpers before it joins ({@link Concurrency#spinBriefly}).</li>
 * </ul>
 * What remains is the price of starting a thread per call, which a pool pays once: 157 µs
 * [133, 172] per started thread in results/intel-xeon-2cpu/20261122-044832.md (its Overheads table).
 * The finer figures behind the three choices (time blocked in start(), the two workers' finishing
 * gap, join()'s wake-up) came from harnesses outside JMH on that machine on 2026-11-22 and are not
 * in results/; ManualThreadsBench at -p n=50000000 -p workers=cores shows their sum.
 */
public final class ManualThreads implements Strategy {
    /**
     * 256 KiB instead of the default 1 MiB, plenty for these loops. It saved little in start time
     * (measured outside JMH, 2026-11-22: within the noise of a start), but it is free.
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

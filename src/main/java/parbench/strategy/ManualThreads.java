package parbench.strategy;

import java.util.List;
import parbench.work.Split;
import parbench.work.Task;

/**
 * New platform threads on every call, started and joined by hand, like threading.Thread in the
 * posts. Each worker takes a contiguous block of tasks and writes into its own result slots; join()
 * makes those writes visible. Starting the threads is part of the cost measured.
 *
 * <p>The calling thread is one of the workers: it runs the first block itself and starts only
 * workers - 1 threads. Measured here (2 vCPUs), a caller that started every worker and sat in
 * join() cost a quarter of the speedup on range sum: a thread takes 0.1 to 0.9 ms from start() to
 * its first instruction on this VM, and freshly started threads were at times run one after the
 * other on one vCPU while the caller's vCPU idled.
 */
public final class ManualThreads implements Strategy {
    /**
     * A thread's stack is mapped when it starts; 256 KiB instead of the default 1 MiB (plenty for
     * these loops) took the start of a thread here from about 220 to 120 microseconds.
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
        List<Split.Range> blocks = Split.contiguous(tasks.size(), workers);
        Thread[] threads = new Thread[workers];
        Throwable[] failures = new Throwable[workers];
        Runnable[] work = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            Split.Range block = blocks.get(w);
            int slot = w;
            work[w] = () -> {
                try {
                    for (int i = (int) block.from(); i < block.to(); i++) {
                        Strategy.runInto(tasks, i, out, results);
                    }
                } catch (Throwable t) {
                    failures[slot] = t;
                }
            };
        }
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
}

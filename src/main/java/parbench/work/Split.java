package parbench.work;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How work is divided among workers. The posts' split (n // cpu_count per chunk) drops the
 * remainder; {@link #contiguous} covers every element exactly once for any n and part count: the
 * first n % parts ranges get one element more, and parts beyond n are empty.
 */
public final class Split {
    /**
     * The smallest chunk a guided split hands out, 2^18 elements: tens of microseconds of range sum,
     * the smallest piece of work worth a hand-off between threads. Below n / workers of that, every
     * worker gets one chunk, as without balancing.
     */
    public static final long SMALLEST_GUIDED_CHUNK = 1 << 18;

    private Split() {
    }

    /** A half-open range [from, to). */
    public record Range(long from, long to) {
        public long size() {
            return to - from;
        }
    }

    public static List<Range> contiguous(long n, int parts) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1, was " + parts);
        }
        List<Range> ranges = new ArrayList<>(parts);
        long base = n / parts;
        long extra = n % parts;
        long from = 0;
        for (int p = 0; p < parts; p++) {
            long size = base + (p < extra ? 1 : 0);
            ranges.add(new Range(from, from + size));
            from += size;
        }
        return ranges;
    }

    /**
     * Chunks that shrink as the work runs out, for workers that take the next chunk when they are
     * free (guided self-scheduling, in its "factoring" form): each chunk is 1/(2 x workers) of what
     * is left, but never smaller than {@code max(minChunk, n / (64 x workers))}. A worker that
     * starts late simply takes fewer chunks, and the last chunks are small, so the workers finish
     * within one small chunk of each other; equal chunks leave one worker idle for up to a whole
     * chunk at the end.
     *
     * <p>Where n / workers is not above minChunk, finer chunks would cost more to hand out than they
     * could save: this is then {@link #contiguous}(n, workers), one chunk per worker.
     */
    public static List<Range> guided(long n, int workers, long minChunk) {
        if (minChunk < 1) {
            throw new IllegalArgumentException("minChunk must be >= 1, was " + minChunk);
        }
        if (workers < 1 || n / workers + (n % workers == 0 ? 0 : 1) <= minChunk) {
            return contiguous(n, workers); // also rejects negative n and workers
        }
        long smallest = Math.max(minChunk, n / (64L * workers));
        List<Range> ranges = new ArrayList<>();
        for (long from = 0; from < n; ) {
            long left = n - from;
            long size = Math.min(left, Math.max(smallest, (left + 2L * workers - 1) / (2L * workers)));
            ranges.add(new Range(from, from + size));
            from += size;
        }
        return ranges;
    }

    /** The task indices each worker runs, in order, under a policy (one list per worker). */
    public static List<List<Integer>> assign(Policy policy, List<? extends Task> tasks, int workers) {
        int n = tasks.size();
        List<List<Integer>> perWorker = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            perWorker.add(new ArrayList<>());
        }
        switch (policy) {
            case CONTIGUOUS -> {
                List<Range> ranges = contiguous(n, workers);
                for (int w = 0; w < workers; w++) {
                    for (long i = ranges.get(w).from(); i < ranges.get(w).to(); i++) {
                        perWorker.get(w).add((int) i);
                    }
                }
            }
            case STRIDED -> {
                for (int i = 0; i < n; i++) {
                    perWorker.get(i % workers).add(i);
                }
            }
            default -> throw new IllegalArgumentException(policy + " takes tasks from a shared queue");
        }
        return perWorker;
    }

    /** The order in which a shared queue hands out task indices under a dynamic policy. */
    public static List<Integer> queueOrder(Policy policy, List<? extends Task> tasks) {
        IntStream indices = IntStream.range(0, tasks.size());
        return switch (policy) {
            case SHARED_QUEUE -> indices.boxed().toList();
            // stable: equal sizes keep their given order
            case LONGEST_FIRST -> indices.boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> tasks.get(i).weight()).reversed())
                    .toList();
            default -> throw new IllegalArgumentException(policy + " is a static split, not a queue");
        };
    }
}

package parbench.work;

import java.util.ArrayList;
import java.util.List;

/** The posts' first workload: the sum of 0..N-1, whose right answer is N(N-1)/2. */
public final class RangeSumKernel {
    private RangeSumKernel() {
    }

    /** Sum of the integers in [from, to), one add per element: the loop every strategy runs. */
    public static long sum(long from, long to) {
        long total = 0;
        for (long i = from; i < to; i++) {
            total += i;
        }
        return total;
    }

    /** N(N-1)/2, exactly; throws where it would not fit in a long. */
    public static long expected(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        long a = n;
        long b = Math.max(n - 1, 0);
        // halve the even factor first so that the product stays exact as long as it fits
        return a % 2 == 0 ? Math.multiplyExact(a / 2, b) : Math.multiplyExact(a, b / 2);
    }

    /** One task per range (see {@link Split}), so the tasks cover exactly what the ranges cover. */
    public static List<Task> tasks(List<Split.Range> ranges) {
        List<Task> tasks = new ArrayList<>(ranges.size());
        for (Split.Range r : ranges) {
            tasks.add(new Task.RangeSum(r.from(), r.to()));
        }
        return tasks;
    }

    /** Throws unless total is N(N-1)/2. */
    public static void check(long n, long total) {
        long expected = expected(n);
        if (total != expected) {
            throw Answers.wrong("sum of 0.." + (n - 1), expected, total);
        }
    }
}

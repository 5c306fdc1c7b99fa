package parbench.work;

import java.util.ArrayList;
import java.util.List;

/**
 * The posts' second workload: squares into one array. The post split the range into cpu_count
 * chunks with integer division and silently dropped the remainder; here every chunk returns the
 * wrapping sum of what it wrote, the caller adds them and checks the total against the closed form,
 * so a lost or misplaced chunk cannot pass.
 *
 * <p>A call with offset k writes out[i] = (i + 1 + k)^2: each call of a benchmark takes the next k,
 * so no call finds its answer already in the array, and the array needs no clearing in between.
 */
public final class SquaresKernel {
    private SquaresKernel() {
    }

    /** out[at + i - from] = (i + 1 + offset)^2 for every i in [from, to); returns their wrapping sum. */
    public static long fill(long[] out, int at, int from, int to, long offset) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            long x = i + 1L + offset;
            long square = x * x;
            out[at + i - from] = square;
            sum += square;
        }
        return sum;
    }

    /** The wrapping (mod 2^64) sum of the array: any lost or misplaced chunk changes it. */
    public static long checksum(long[] out) {
        long sum = 0;
        for (long v : out) {
            sum += v;
        }
        return sum;
    }

    /** Sum of k^2 for k = offset + 1 .. offset + n, reduced mod 2^64 like {@link #checksum}. */
    public static long expectedChecksum(long n, long offset) {
        return sumOfSquares(offset + n) - sumOfSquares(offset);
    }

    /**
     * m(m+1)(2m+1)/6 mod 2^64, exactly: the divisions by 2 and 3 are made on the factor they divide
     * before the wrapping products, since 6 has no inverse mod 2^64.
     */
    static long sumOfSquares(long m) {
        long a = m;
        long b = m + 1;
        long c = 2 * m + 1;
        if (a % 2 == 0) {
            a /= 2;
        } else {
            b /= 2;
        }
        if (a % 3 == 0) {
            a /= 3;
        } else if (b % 3 == 0) {
            b /= 3;
        } else {
            c /= 3;
        }
        return a * b * c;
    }

    /** One task per range of array indices (see {@link Split}), writing with this call's offset. */
    public static List<Task> tasks(List<Split.Range> ranges, long offset) {
        List<Task> tasks = new ArrayList<>(ranges.size());
        for (Split.Range r : ranges) {
            tasks.add(new Task.Squares(Math.toIntExact(r.from()), Math.toIntExact(r.to()), offset));
        }
        return tasks;
    }

    /**
     * A call's answer, checked on every call at constant cost: the chunks' sums add up to the whole
     * array's, and the first, the last and one more element (which moves from call to call) hold
     * their squares. {@link #check} reads the whole array.
     */
    public static void checkCall(long[] out, long offset, long chunkSums) {
        int n = out.length;
        long expected = expectedChecksum(n, offset);
        if (chunkSums != expected) {
            throw Answers.wrong("sum of the chunks of squares of " + (offset + 1) + ".." + (offset + n), expected,
                    chunkSums);
        }
        if (n > 0) {
            checkElement(out, 0, offset);
            checkElement(out, n - 1, offset);
            checkElement(out, (int) Math.floorMod(offset * 7919, (long) n), offset);
        }
    }

    /** Throws unless out holds exactly the squares a call with this offset writes. */
    public static void check(long[] out, long offset) {
        long sum = checksum(out);
        long expected = expectedChecksum(out.length, offset);
        if (sum != expected) {
            throw Answers.wrong("checksum of squares of " + (offset + 1) + ".." + (offset + out.length), expected, sum);
        }
        checkCall(out, offset, sum);
    }

    private static void checkElement(long[] out, int i, long offset) {
        long x = i + 1L + offset;
        if (out[i] != x * x) {
            throw Answers.wrong("square at index " + i, x * x, out[i]);
        }
    }
}

package parbench.work;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The posts' second workload: the squares of 1..N into one array. The post split the range into
 * cpu_count chunks with integer division and silently dropped the remainder; here the check is
 * the length and a checksum of the whole output, so a lost chunk cannot pass.
 */
public final class SquaresKernel {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private SquaresKernel() {
    }

    /** out[at + k] = (from + k + 1)^2 for every k in [0, to - from). */
    public static void fill(long[] out, int at, int from, int to) {
        for (int i = from; i < to; i++) {
            long x = i + 1L;
            out[at + i - from] = x * x;
        }
    }

    /** The wrapping (mod 2^64) sum of the array: cheap, and any lost or misplaced chunk changes it. */
    public static long checksum(long[] out) {
        long sum = 0;
        for (long v : out) {
            sum += v;
        }
        return sum;
    }

    /** Sum of k^2 for k = 1..n, that is n(n+1)(2n+1)/6, reduced mod 2^64 like {@link #checksum}. */
    public static long expectedChecksum(long n) {
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger exact = bn.multiply(bn.add(BigInteger.ONE))
                .multiply(bn.shiftLeft(1).add(BigInteger.ONE))
                .divide(BigInteger.valueOf(6));
        return exact.mod(TWO_TO_64).longValue();
    }

    /** One task per range of array indices (see {@link Split}). */
    public static List<Task> tasks(List<Split.Range> ranges) {
        List<Task> tasks = new ArrayList<>(ranges.size());
        for (Split.Range r : ranges) {
            tasks.add(new Task.Squares(Math.toIntExact(r.from()), Math.toIntExact(r.to())));
        }
        return tasks;
    }

    /** Throws unless out holds exactly the squares of 1..expectedLength. */
    public static void check(long[] out, int expectedLength) {
        Answers.check("length of squares of 1.." + expectedLength, expectedLength, out.length);
        Answers.check("checksum of squares of 1.." + expectedLength,
                expectedChecksum(expectedLength), checksum(out));
        if (expectedLength > 0) {
            // the checksum could in principle hide two compensating errors; the ends cannot
            Answers.check("first square", 1, out[0]);
            long last = expectedLength;
            Answers.check("last square", last * last, out[expectedLength - 1]);
        }
    }
}

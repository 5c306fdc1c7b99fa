package parbench.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import parbench.work.SquaresKernel;

/**
 * The array the squares go into, allocated once per fork: allocating and zeroing 80 MB would be
 * serial work in every strategy's time. Nothing touches it between calls. Clearing or checking it
 * on the calling thread before each call (a per-invocation fixture) would leave it hot in the
 * caller's caches, which favours the strategy that writes from the caller (serial) over workers on
 * other cores, and JMH would timestamp every call.
 *
 * <p>Instead each call writes (i + 1 + k)^2 with the next offset k, so no call finds its answer
 * already there, and is checked as it returns, at constant cost: the chunks' sums and three elements
 * ({@link SquaresKernel#checkCall}). After each iteration the whole array is checked.
 */
@State(Scope.Thread)
public class SquaresOutput {
    @Param({"100000", "1000000", "10000000"})
    public int length;

    public long[] out;
    private long offset;

    @Setup(Level.Trial)
    public void allocate() {
        out = new long[length];
    }

    /** The offset of the next call. */
    public long next() {
        return ++offset;
    }

    /** Returns the array after checking the call that wrote it with the current offset. */
    public long[] checked(long chunkSums) {
        SquaresKernel.checkCall(out, offset, chunkSums);
        return out;
    }

    @TearDown(Level.Iteration)
    public void checkWholeArray() {
        if (offset > 0) {
            SquaresKernel.check(out, offset);
        }
    }
}

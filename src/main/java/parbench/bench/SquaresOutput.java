package parbench.bench;

import java.util.Arrays;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import parbench.work.SquaresKernel;

/**
 * The array the squares go into, allocated once (allocating and zeroing 80 MB would be serial work
 * in every strategy's time). It is cleared before and checked after every call, both outside the
 * measured time: a strategy that loses a chunk leaves zeros behind and fails. Per-invocation
 * helpers are fine here because every call takes tens of microseconds or more.
 */
@State(Scope.Thread)
public class SquaresOutput {
    @Param({"100000", "1000000", "10000000"})
    public int length;

    public long[] out;

    @Setup(Level.Trial)
    public void allocate() {
        out = new long[length];
    }

    @Setup(Level.Invocation)
    public void clear() {
        Arrays.fill(out, 0);
    }

    @TearDown(Level.Invocation)
    public void check() {
        SquaresKernel.check(out, length);
    }
}

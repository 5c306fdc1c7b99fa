package parbench.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import parbench.work.RangeSumKernel;

/** The range-sum sizes: from too small to be worth a thread to the posts' 50,000,000. */
@State(Scope.Thread)
public class RangeSumInput {
    @Param({"10000", "1000000", "50000000"})
    public long n;

    /** Returns the total after checking it is N(N-1)/2. */
    public long checked(long total) {
        RangeSumKernel.check(n, total);
        return total;
    }
}

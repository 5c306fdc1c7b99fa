package parbench.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import parbench.work.RangeSumKernel;

/**
 * The range-sum sizes: a sweep from 1,000 (far too small to be worth a thread) to 100,000,000, two
 * or more per decade, so that each strategy's cost model time(n) = a + b*n can be fitted and its
 * break-even located between sizes. 50,000,000, the posts' size, stands in for 30,000,000.
 */
@State(Scope.Thread)
public class RangeSumInput {
    @Param({"1000", "3000", "10000", "30000", "100000", "300000", "1000000", "3000000", "10000000", "50000000",
            "100000000"})
    public long n;

    /** Returns the total after checking it is N(N-1)/2. */
    public long checked(long total) {
        RangeSumKernel.check(n, total);
        return total;
    }
}

package parbench.bench;

import java.util.function.LongBinaryOperator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import parbench.strategy.Strategy;
import parbench.work.UserKernel;

/**
 * A user's kernel (see {@link UserKernel}) over [0, n): the launcher's --kernel names the class, -p n
 * the sizes. The serial total is computed once in each fork's setup, twice, so that a kernel whose
 * answer for the same range changes is named as not deterministic before anything is measured;
 * every operation's total is then checked against it.
 */
@State(Scope.Thread)
public class KernelInput {
    /** Sizes for a kernel of unknown cost: from cheap to spread to about as large as a kernel of 100 ns an element allows. */
    @Param({"10000", "100000", "1000000"})
    public long n;

    /** The kernel's class; set by --kernel. */
    @Param({""})
    public String kernel;

    private long expected;

    @Setup(Level.Trial)
    public void serialTotal() {
        if (kernel.isEmpty()) {
            throw new IllegalStateException("no kernel given: run with --kernel CLASS --kernel-classpath PATH");
        }
        LongBinaryOperator k = UserKernel.get(kernel);
        expected = k.applyAsLong(0, n);
        long again = k.applyAsLong(0, n);
        if (again != expected) {
            throw notDeterministic(again);
        }
    }

    /** Returns a strategy's total after checking it against the serial total; the strategy is named only on a mismatch. */
    public long checked(long total, Strategy strategy) {
        if (total != expected) {
            throw mismatch(total, strategy.getClass().getSimpleName() + " with " + strategy.workers()
                    + (strategy.workers() == 1 ? " worker" : " workers"));
        }
        return total;
    }

    /** Returns the total after checking it against the serial total. */
    public long checked(long total, String who) {
        if (total != expected) {
            throw mismatch(total, who);
        }
        return total;
    }

    private IllegalStateException mismatch(long total, String who) {
        long again = UserKernel.get(kernel).applyAsLong(0, n);
        if (again != expected) {
            return notDeterministic(again);
        }
        return new IllegalStateException("kernel " + kernel + " through " + who + ": expected " + expected + ", got "
                + total + " for [0, " + n + ") (or its partial results do not add up to the whole range's)");
    }

    private IllegalStateException notDeterministic(long again) {
        return new IllegalStateException("kernel " + kernel + " is not deterministic: applyAsLong(0, " + n + ") gave "
                + expected + ", then " + again);
    }
}

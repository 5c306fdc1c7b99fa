package example;

import java.util.function.LongBinaryOperator;

/**
 * The README's example kernel: how many primes lie in [from, to), by trial division. The cost of an
 * element grows with its square root, so a contiguous split gives the last worker the most work and
 * a queue of shrinking chunks does not. Needs nothing but the JDK.
 */
public class PrimeCount implements LongBinaryOperator {
    @Override
    public long applyAsLong(long from, long to) {
        long count = 0;
        for (long i = Math.max(from, 2); i < to; i++) {
            boolean prime = true;
            for (long d = 2; d * d <= i && prime; d++) {
                prime = i % d != 0;
            }
            count += prime ? 1 : 0;
        }
        return count;
    }
}

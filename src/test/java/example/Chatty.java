package example;

import java.util.function.LongBinaryOperator;

/** A range sum that logs every call on System.out, as real code does: in a child JVM that must not garble its answer. */
public class Chatty implements LongBinaryOperator {
    @Override
    public long applyAsLong(long from, long to) {
        System.out.println("Chatty: summing [" + from + ", " + to + ")");
        long sum = 0;
        for (long i = from; i < to; i++) {
            sum += i;
        }
        return sum;
    }
}

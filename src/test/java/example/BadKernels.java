package example;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongBinaryOperator;

/** Kernels that break the contract, each in its own way, for the launcher's checks. */
public final class BadKernels {
    private BadKernels() {
    }

    /** Deterministic but not additive: 1 for any non-empty range, so a split range sums to its chunk count. */
    public static class CountsChunks implements LongBinaryOperator {
        @Override
        public long applyAsLong(long from, long to) {
            return to > from ? 1 : 0;
        }
    }

    /** A different answer every call. */
    public static class Random implements LongBinaryOperator {
        @Override
        public long applyAsLong(long from, long to) {
            return ThreadLocalRandom.current().nextLong();
        }
    }

    /** Not a LongBinaryOperator. */
    public static class NotAKernel {
    }

    /** No public no-argument constructor. */
    public static class NeedsAnArgument implements LongBinaryOperator {
        public NeedsAnArgument(int scale) {
        }

        @Override
        public long applyAsLong(long from, long to) {
            return 0;
        }
    }

    /** Throws in its constructor. */
    public static class Throws implements LongBinaryOperator {
        public Throws() {
            throw new IllegalStateException("no licence key");
        }

        @Override
        public long applyAsLong(long from, long to) {
            return 0;
        }
    }
}

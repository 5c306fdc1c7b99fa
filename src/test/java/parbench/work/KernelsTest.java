package parbench.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KernelsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 10, 10_000, 1_000_001})
    void rangeSumMatchesTheFormula(long n) {
        assertEquals(RangeSumKernel.expected(n), RangeSumKernel.sum(0, n));
        assertEquals(BigInteger.valueOf(n).multiply(BigInteger.valueOf(n - 1)).shiftRight(1).longValueExact(),
                RangeSumKernel.expected(Math.max(n, 0)));
    }

    @Test
    void postsRangeSum() {
        assertEquals(1_249_999_975_000_000L, RangeSumKernel.expected(50_000_000));
    }

    @Test
    void rangeSumExpectedRefusesOverflowAndNegatives() {
        assertThrows(ArithmeticException.class, () -> RangeSumKernel.expected(10_000_000_000L));
        assertThrows(IllegalArgumentException.class, () -> RangeSumKernel.expected(-1));
    }

    @Test
    void rangeSumCheckNamesExpectedAndActual() {
        Answers.WrongAnswerException e = assertThrows(Answers.WrongAnswerException.class,
                () -> RangeSumKernel.check(50_000_000, 0));
        assertEquals("wrong answer for sum of 0..49999999: expected 1249999975000000, got 0", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 1000, 100_000})
    void squaresChecksumMatchesTheClosedForm(int n) {
        for (long offset : new long[] {0, 1, 5, 1_000_003}) {
            long[] out = new long[n];
            long written = SquaresKernel.fill(out, 0, 0, n, offset);
            SquaresKernel.check(out, offset);
            long sum = 0;
            for (long k = offset + 1; k <= offset + n; k++) {
                sum += k * k;
            }
            assertEquals(sum, SquaresKernel.expectedChecksum(n, offset), "n " + n + ", offset " + offset);
            assertEquals(sum, written, "what fill says it wrote");
        }
    }

    @Test
    void sumOfSquaresIsExactModTwoToThe64() {
        // beyond about 2.6 million the exact sum no longer fits a long: both sides reduce mod 2^64
        java.util.Random random = new java.util.Random(17);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        for (int t = 0; t < 1000; t++) {
            long m = t < 10 ? t : random.nextInt(Integer.MAX_VALUE) * (long) random.nextInt(1 << 20);
            BigInteger bm = BigInteger.valueOf(m);
            long exact = bm.multiply(bm.add(BigInteger.ONE)).multiply(bm.shiftLeft(1).add(BigInteger.ONE))
                    .divide(BigInteger.valueOf(6)).mod(two64).longValue();
            assertEquals(exact, SquaresKernel.sumOfSquares(m), "m = " + m);
        }
    }

    @Test
    void squaresChecksumWrapsLikeTheArraySum() {
        int n = 10_000_000;
        long[] out = new long[n];
        SquaresKernel.fill(out, 0, 0, n, 12_345);
        assertEquals(SquaresKernel.expectedChecksum(n, 12_345), SquaresKernel.checksum(out));
    }

    @Test
    void squaresCheckCatchesALostChunkAMisplacedOneAndAnOldCall() {
        long[] out = new long[1000];
        SquaresKernel.fill(out, 0, 0, 750, 3); // the last quarter never came back
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.check(out, 3));
        long[] stale = new long[1000];
        long sum = SquaresKernel.fill(stale, 0, 0, 1000, 3);
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.check(stale, 4), "the last call's array");
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.checkCall(stale, 4, sum));
        SquaresKernel.checkCall(stale, 3, sum);
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.checkCall(stale, 3, sum - 1),
                "a chunk's sum missing");
    }

    @Test
    void aCallCheckReadsTheEndsAndAnElementThatMoves() {
        long[] out = new long[1000];
        long sum = SquaresKernel.fill(out, 0, 0, 1000, 9);
        out[0] = 0;
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.checkCall(out, 9, sum));
        SquaresKernel.fill(out, 0, 0, 1000, 9);
        out[999] = 0;
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.checkCall(out, 9, sum));
        java.util.Set<Integer> probed = new java.util.HashSet<>();
        for (long offset = 1; offset <= 50; offset++) {
            long[] one = new long[1000];
            long s = SquaresKernel.fill(one, 0, 0, 1000, offset);
            for (int i = 1; i < 999; i++) {
                long keep = one[i];
                one[i] = 0;
                try {
                    SquaresKernel.checkCall(one, offset, s);
                } catch (Answers.WrongAnswerException e) {
                    probed.add(i);
                }
                one[i] = keep;
            }
        }
        assertTrue(probed.size() >= 45, "the third element checked moves from call to call: " + probed.size());
    }

    @Test
    void squaresChunkWritesAtItsPlaceAndReturnsItsSum() {
        long[] chunk = new long[3];
        assertEquals(25 + 36 + 49, new Task.Squares(4, 7, 0).run(chunk, 0));
        assertEquals(25, chunk[0]);
        assertEquals(49, chunk[2]);
        assertEquals(36 + 49 + 64, new Task.Squares(4, 7, 1).run(chunk, 0));
        assertEquals(64, chunk[2]);
    }

    @Test
    void spinMatchesAnIndependentXorshift() {
        // values from a separate Python implementation of the same chain (64-bit wrap-around)
        assertEquals(-7046029254386353132L, SpinKernel.spin(0, 0), "zero units: the seed itself");
        assertEquals(-6806094864845266119L, SpinKernel.spin(3, 1));
        assertEquals(1965976141083973728L, SpinKernel.spin(4, 1));
    }

    @Test
    void sleepingTasksIdealIsRoundsTimesSleep() {
        assertEquals(200, SleepingTasks.idealMillis(4, 1, 50));
        assertEquals(100, SleepingTasks.idealMillis(4, 2, 50));
        assertEquals(100, SleepingTasks.idealMillis(4, 3, 50));
        assertEquals(50, SleepingTasks.idealMillis(4, 4, 50));
        assertEquals(50, SleepingTasks.idealMillis(4, 8, 50));
    }

    @Test
    void checkEachNamesTheLostTask() {
        Answers.WrongAnswerException e = assertThrows(Answers.WrongAnswerException.class,
                () -> Answers.checkEach("sleeping tasks", new long[] {50, 50, 50}, new long[] {50, 0, 50}));
        assertEquals("wrong answer for sleeping tasks, task 1: expected 50, got 0", e.getMessage());
    }
}

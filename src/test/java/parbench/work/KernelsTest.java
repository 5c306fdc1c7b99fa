package parbench.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        long[] out = new long[n];
        SquaresKernel.fill(out, 0, 0, n);
        SquaresKernel.check(out, n);
        long sum = 0;
        for (int i = 1; i <= n; i++) {
            sum += (long) i * i;
        }
        assertEquals(sum, SquaresKernel.expectedChecksum(n));
    }

    @Test
    void squaresChecksumWrapsLikeTheArraySum() {
        // 10,000,000: the exact sum of squares exceeds a long, both sides reduce mod 2^64
        int n = 10_000_000;
        long[] out = new long[n];
        SquaresKernel.fill(out, 0, 0, n);
        assertEquals(SquaresKernel.expectedChecksum(n), SquaresKernel.checksum(out));
    }

    @Test
    void squaresCheckCatchesALostChunkAndAShortArray() {
        long[] out = new long[1000];
        SquaresKernel.fill(out, 0, 0, 750); // the last quarter never came back
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.check(out, 1000));
        long[] full = new long[999];
        SquaresKernel.fill(full, 0, 0, 999);
        assertThrows(Answers.WrongAnswerException.class, () -> SquaresKernel.check(full, 1000));
    }

    @Test
    void squaresChunkWritesAtItsOffset() {
        long[] chunk = new long[3];
        new Task.Squares(4, 7).run(chunk, 0);
        assertEquals(25, chunk[0]);
        assertEquals(49, chunk[2]);
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

package parbench.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import parbench.work.Answers.WrongAnswerException;

/** The waiting work's task, its right answers, its blocking calls, Goetz's rule and the kernel's calibration. */
class MixedWorkTest {

    @Test
    void eachTaskSumsItsOwnRangeAndTheCheckKnowsTheSum() {
        MixedWork work = new MixedWork(1_000, 0, new Parking());
        for (long task : new long[] {0, 1, 63, 64, 1_000_003}) {
            long from = Math.floorMod(task, MixedWork.RANGES) * 1_000L;
            assertEquals(RangeSumKernel.sum(from, from + 1_000), work.expected(task), "task " + task);
            MixedWork.Outcome o = work.run(task, 3);
            work.check(task, o);
            assertEquals(3, o.slot());
        }
        assertTrue(work.expected(1) != work.expected(2), "neighbouring tasks' answers differ");
    }

    @Test
    void aWrongSumAWrongTokenOrAnotherTasksResultFails() {
        MixedWork work = new MixedWork(1_000, 0, new Parking());
        MixedWork.Outcome right = work.run(5, 0);
        assertThrows(WrongAnswerException.class, () -> work.check(5,
                new MixedWork.Outcome(5, 0, right.sum() + 1, 5, 0, 0)));
        assertThrows(WrongAnswerException.class, () -> work.check(5,
                new MixedWork.Outcome(5, 0, right.sum(), 4, 0, 0)));
        assertThrows(WrongAnswerException.class, () -> work.check(6, right), "task 5's result handed back for task 6");
        MixedWork lying = new MixedWork(1_000, 0, new Blocking() {
            @Override
            public long block(int slot, long nanos, long token) {
                return 0;
            }

            @Override
            public String name() {
                return "lying";
            }
        });
        assertThrows(WrongAnswerException.class, () -> lying.check(7, lying.run(7, 0)));
    }

    @Test
    void theWaitComesFromTheShareAndTheElementsFromTheSpeed() {
        assertEquals(0, MixedWork.waitNanos(100_000, 0));
        assertEquals(100_000, MixedWork.waitNanos(100_000, 50));
        assertEquals(900_000, MixedWork.waitNanos(100_000, 90));
        assertEquals(9_900_000, MixedWork.waitNanos(100_000, 99));
        assertThrows(IllegalArgumentException.class, () -> MixedWork.waitNanos(100_000, 100));
        assertThrows(IllegalArgumentException.class, () -> MixedWork.waitNanos(100_000, -1));
        assertEquals(347_710, MixedWork.elements(3477.1, 100));
        assertEquals(1, MixedWork.elements(0.001, 1));
        assertThrows(IllegalArgumentException.class, () -> MixedWork.elements(0, 100));
    }

    @Test
    void goetzsRuleIsCoresTimesOnePlusWaitOverCompute() {
        assertEquals(2, GoetzRule.threadsForShare(2, 0), 1e-9);
        assertEquals(4, GoetzRule.threadsForShare(2, 50), 1e-9);
        assertEquals(20, GoetzRule.threadsForShare(2, 90), 1e-9);
        assertEquals(200, GoetzRule.threadsForShare(2, 99), 1e-9);
        assertEquals(640, GoetzRule.threadsForShare(64, 90), 1e-9);
        assertEquals(2002, GoetzRule.poolSize(2, 10e6, 10e3));
        assertEquals(21, GoetzRule.poolSize(2, 905e3, 100e3), "20.1 threads round up to 21");
        assertEquals(2, GoetzRule.poolSize(2, 0, 100e3));
        assertThrows(IllegalArgumentException.class, () -> GoetzRule.threads(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> GoetzRule.threads(2, 1, 0));
    }

    /** A deadline, not a nap: parking never returns before W, and an interrupt ends the task with an error. */
    @Test
    void parkingBlocksAtLeastItsWaitAndStopsWhenInterrupted() throws Exception {
        long start = System.nanoTime();
        assertEquals(42, new Parking().block(0, 2_000_000, 42));
        assertTrue(System.nanoTime() - start >= 2_000_000);
        Thread.currentThread().interrupt();
        try {
            assertThrows(IllegalStateException.class, () -> Parking.park(1_000_000_000));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aLoopbackRoundTripHandsEachSlotsTokenBackAfterItsWait() throws Exception {
        try (LocalEcho echo = LocalEcho.open(4)) {
            assertEquals(LocalEcho.NAME, echo.name());
            for (int slot = 0; slot < 4; slot++) {
                long start = System.nanoTime();
                assertEquals(1000L + slot, echo.block(slot, 1_000_000, 1000L + slot));
                assertTrue(System.nanoTime() - start >= 1_000_000, "the answer came before its wait");
            }
            assertEquals(-7, echo.block(2, 0, -7), "no wait: answered at once");
            // tasks in flight at once, each on its own connection
            Thread[] threads = new Thread[4];
            long[] got = new long[4];
            for (int slot = 0; slot < 4; slot++) {
                int s = slot;
                threads[slot] = new Thread(() -> got[s] = echo.block(s, 2_000_000, 77L * s));
                threads[slot].start();
            }
            for (int slot = 0; slot < 4; slot++) {
                threads[slot].join();
                assertEquals(77L * slot, got[slot]);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Blocking.named("sleep", 1));
    }

    /** The calibration on a kernel of known speed: 0.25 ns an element, a slow start, and runs slowed by someone else. */
    @Test
    void theCalibrationFindsTheKernelsUndisturbedSpeed() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        int[] calls = {0};
        LongUnaryOperator nanosFor = n -> {
            calls[0]++;
            double slowStart = calls[0] < 1_000 ? 10 : 1; // interpreted, then compiled
            double disturbed = random.nextDouble() < 0.3 ? 1 + 3 * random.nextDouble() : 1 + 0.02 * random.nextDouble();
            return Math.round(n * 0.25 * slowStart * disturbed);
        };
        assertEquals(4000, ComputeSpeed.elementsPerMicro(nanosFor), 4000 * 0.02);
        assertEquals(ComputeSpeed.WARMUP_CALLS + ComputeSpeed.TIMED_RUNS, calls[0]);
    }

    @Test
    void theRealCalibrationMeasuresAPositiveSpeed() {
        double speed = ComputeSpeed.elementsPerMicro();
        assertTrue(speed > 0 && Double.isFinite(speed), String.valueOf(speed));
    }
}

package parbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import parbench.work.Answers.WrongAnswerException;
import parbench.work.Blocking;
import parbench.work.LocalEcho;
import parbench.work.MixedWork;
import parbench.work.Parking;

/** A steady stream of waiting tasks: every task checked once, in its slot, and a lost or wrong result fails. */
class SteadyStreamTest {

    private static void drains(WaitingExecutor executor, Blocking blocking, int inFlight) {
        MixedWork work = new MixedWork(10_000, 200_000, blocking);
        Set<Long> seen = new HashSet<>();
        try (SteadyStream stream = new SteadyStream(executor, work, inFlight)) {
            assertEquals(inFlight, stream.inFlight());
            for (int i = 0; i < 3 * inFlight; i++) {
                MixedWork.Outcome o = stream.next();
                assertTrue(seen.add(o.task()), "task " + o.task() + " came back twice");
                assertTrue(o.waitedNanos() >= 200_000, "waited " + o.waitedNanos());
            }
        }
    }

    @Test
    void aPoolAndSupplyAsyncEachRunTheStream() {
        drains(WaitingExecutor.fixedPool(4), new Parking(), 16);
        drains(WaitingExecutor.futuresWithoutExecutor(), new Parking(), 8);
        try (LocalEcho echo = LocalEcho.open(16)) {
            drains(WaitingExecutor.fixedPool(4), echo, 16);
        }
    }

    @Test
    void virtualThreadsRunTheStreamWhereTheJvmHasThem() {
        Assumptions.assumeTrue(VirtualThreads.isAvailable(), "virtual threads need JDK 21+");
        drains(WaitingExecutor.virtualThreads(), new Parking(), 16);
        try (LocalEcho echo = LocalEcho.open(16)) {
            drains(WaitingExecutor.virtualThreads(), echo, 16);
        }
    }

    /** Hands every task after the first the first task's result, as a cache that never refreshes would. */
    static final class Stale extends WaitingExecutor {
        private CompletableFuture<?> first;

        Stale(ExecutorService pool) {
            super(pool);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> CompletableFuture<T> start(Supplier<T> task) {
            if (first == null) {
                first = super.start(task);
            }
            return (CompletableFuture<T>) first;
        }
    }

    @Test
    void aResultHandedBackForAnotherTaskFails() {
        MixedWork work = new MixedWork(1_000, 0, new Parking());
        try (SteadyStream stream = new SteadyStream(new Stale(Executors.newFixedThreadPool(2)), work, 4)) {
            assertThrows(WrongAnswerException.class, () -> {
                for (int i = 0; i < 8; i++) {
                    stream.next();
                }
            });
        }
    }

    @Test
    void aTaskThatReportsNothingFails() {
        WaitingExecutor empty = new WaitingExecutor(null) {
            @Override
            public <T> CompletableFuture<T> start(Supplier<T> task) {
                return CompletableFuture.completedFuture(null);
            }
        };
        try (SteadyStream stream = new SteadyStream(empty, new MixedWork(1_000, 0, new Parking()), 2)) {
            assertThrows(WrongAnswerException.class, stream::next);
        }
    }

    @Test
    void aResultThatNeverComesBackFailsInsteadOfHanging() {
        WaitingExecutor never = new WaitingExecutor(null) {
            @Override
            public <T> CompletableFuture<T> start(Supplier<T> task) {
                return new CompletableFuture<>();
            }
        };
        try (SteadyStream stream = new SteadyStream(never, new MixedWork(1_000, 0, new Parking()), 2, 50_000_000)) {
            WrongAnswerException e = assertThrows(WrongAnswerException.class, stream::next);
            assertTrue(e.getMessage().contains("lost"), e.getMessage());
        }
    }

    @Test
    void aTaskThatThrowsFailsTheStreamWithItsOwnError() {
        Blocking broken = new Blocking() {
            @Override
            public long block(int slot, long nanos, long token) {
                throw new IllegalStateException("connection refused");
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        try (SteadyStream stream = new SteadyStream(WaitingExecutor.fixedPool(2), new MixedWork(1_000, 0, broken), 2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, stream::next);
            assertEquals("connection refused", e.getMessage());
        }
    }

    /** Tasks parked for ten minutes are interrupted: closing does not wait for them (the timeout fails it if it does). */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void closingStopsTasksThatAreStillWaiting() {
        WaitingExecutor pool = WaitingExecutor.fixedPool(2);
        SteadyStream stream = new SteadyStream(pool, new MixedWork(1_000, 600_000_000_000L, new Parking()), 4);
        stream.close();
        assertThrows(IllegalArgumentException.class, () -> new SteadyStream(pool, new MixedWork(1, 0, new Parking()), 0));
        assertThrows(IllegalArgumentException.class, () -> WaitingExecutor.fixedPool(0));
    }
}

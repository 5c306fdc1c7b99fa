package parbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The caller's brief spin ends when the helpers are done, gives up on its own, and never oversubscribes. */
class ConcurrencyTest {

    @Test
    void spinStopsAsSoonAsTheHelpersAreDone() {
        AtomicInteger polls = new AtomicInteger();
        // a limit of a minute: the test must not depend on how fast this (shared) machine polls
        Concurrency.spinBriefly(1, () -> polls.incrementAndGet() >= 3, 60_000_000_000L);
        assertEquals(3, polls.get(), "polls until done, then stops");
    }

    @Test
    void spinGivesUpWhenTheHelpersTakeLong() {
        AtomicInteger polls = new AtomicInteger();
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Concurrency.spinBriefly(1, () -> polls.incrementAndGet() < 0));
        assertTrue(polls.get() >= 1, "it looked before giving up");
    }

    @Test
    void noSpinWithMoreWorkersThanProcessors() {
        AtomicInteger polls = new AtomicInteger();
        int tooMany = Runtime.getRuntime().availableProcessors() + 1;
        Concurrency.spinBriefly(tooMany, () -> polls.incrementAndGet() < 0);
        assertEquals(0, polls.get(), "a spinning caller would take a processor from a worker");
    }
}

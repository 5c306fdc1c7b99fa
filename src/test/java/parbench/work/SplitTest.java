package parbench.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void contiguousCoversEveryElementExactlyOnce() {
        long[] sizes = {0, 1, 2, 3, 5, 7, 8, 9, 10, 99, 100, 101, 1_000_003};
        for (long n : sizes) {
            for (int parts = 1; parts <= 17; parts++) {
                List<Split.Range> ranges = Split.contiguous(n, parts);
                assertEquals(parts, ranges.size(), "one range per part");
                long next = 0;
                long smallest = Long.MAX_VALUE;
                long largest = 0;
                for (Split.Range r : ranges) {
                    assertEquals(next, r.from(), "ranges are adjacent for n=" + n + " parts=" + parts);
                    assertTrue(r.to() >= r.from());
                    next = r.to();
                    smallest = Math.min(smallest, r.size());
                    largest = Math.max(largest, r.size());
                }
                assertEquals(n, next, "the last range ends at n (no remainder dropped)");
                assertTrue(largest - smallest <= 1, "balanced within one element");
            }
        }
    }

    @Test
    void guidedCoversEveryElementExactlyOnceInShrinkingChunks() {
        long[] sizes = {0, 1, 2, 7, 64, 65, 100, 1000, 4097, 1_000_003, 50_000_000};
        for (long n : sizes) {
            for (int workers = 1; workers <= 9; workers++) {
                for (long minChunk : new long[] {1, 16, 1000}) {
                    String what = "n=" + n + " workers=" + workers + " minChunk=" + minChunk;
                    List<Split.Range> ranges = Split.guided(n, workers, minChunk);
                    long next = 0;
                    for (int i = 0; i < ranges.size(); i++) {
                        Split.Range r = ranges.get(i);
                        assertEquals(next, r.from(), "ranges are adjacent: " + what);
                        next = r.to();
                        if (i > 0 && i < ranges.size() - 1) {
                            assertTrue(r.size() <= ranges.get(i - 1).size(), "chunks never grow: " + what);
                        }
                    }
                    assertEquals(n, next, "the last range ends at n: " + what);
                    assertTrue(ranges.size() >= workers, "at least one chunk per worker: " + what);
                    long perWorker = (n + workers - 1) / workers;
                    if (perWorker > minChunk) {
                        long last = ranges.get(ranges.size() - 1).size();
                        long smallest = Math.max(minChunk, n / (64L * workers));
                        assertTrue(last <= smallest, "the last chunk is small: " + what);
                        assertTrue(ranges.get(0).size() <= perWorker, "no worker's whole share in one chunk: " + what);
                    } else {
                        assertEquals(Split.contiguous(n, workers), ranges, "too small to balance: " + what);
                    }
                }
            }
        }
    }

    @Test
    void guidedHandsOutHalfOfWhatIsLeftEachRound() {
        // 2 workers, 1000 elements: a quarter of what is left each time (250, 188 of 750, ...), never below 1000/128
        List<Long> sizes = Split.guided(1000, 2, 1).stream().map(Split.Range::size).toList();
        assertEquals(List.of(250L, 188L, 141L, 106L, 79L, 59L, 45L, 33L, 25L, 19L, 14L, 11L, 8L, 7L, 7L, 7L, 1L),
                sizes);
        assertThrows(IllegalArgumentException.class, () -> Split.guided(-1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.guided(10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.guided(10, 2, 0));
    }

    @Test
    void thePostsSplitWouldHaveDroppedTheRemainder() {
        // 10 elements over 3 workers: 10 // 3 = 3 each covers 9; ours covers all 10
        List<Split.Range> ranges = Split.contiguous(10, 3);
        assertEquals(List.of(new Split.Range(0, 4), new Split.Range(4, 7), new Split.Range(7, 10)), ranges);
    }

    @Test
    void fewerElementsThanPartsLeavesEmptyRanges() {
        List<Split.Range> ranges = Split.contiguous(2, 4);
        assertEquals(List.of(new Split.Range(0, 1), new Split.Range(1, 2), new Split.Range(2, 2),
                new Split.Range(2, 2)), ranges);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Split.contiguous(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> Split.contiguous(10, 0));
    }

    @Test
    void staticPoliciesAssignEveryTaskOnce() {
        List<Task> tasks = UnevenTasks.sleepTasks(1);
        assertEquals(List.of(List.of(0, 1), List.of(2, 3), List.of(4, 5), List.of(6, 7)),
                Split.assign(Policy.CONTIGUOUS, tasks, 4));
        assertEquals(List.of(List.of(0, 4), List.of(1, 5), List.of(2, 6), List.of(3, 7)),
                Split.assign(Policy.STRIDED, tasks, 4));
        for (Policy p : List.of(Policy.CONTIGUOUS, Policy.STRIDED)) {
            for (int w = 1; w <= 10; w++) {
                List<Integer> all = new ArrayList<>();
                Split.assign(p, tasks, w).forEach(all::addAll);
                all.sort(null);
                assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), all, p + " with " + w + " workers");
            }
        }
    }

    @Test
    void queueOrders() {
        List<Task> tasks = UnevenTasks.sleepTasks(1);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), Split.queueOrder(Policy.SHARED_QUEUE, tasks));
        // sizes 2,4,6,8,1,3,5,7: longest first is 8,7,6,5,4,3,2,1
        assertEquals(List.of(3, 7, 2, 6, 1, 5, 0, 4), Split.queueOrder(Policy.LONGEST_FIRST, tasks));
    }

    @Test
    void theoreticalMakespansAreThePosts() {
        int[] sizes = UnevenTasks.SIZES;
        assertEquals(14, UnevenTasks.theoreticalMakespan(Policy.CONTIGUOUS, sizes, 4));
        assertEquals(15, UnevenTasks.theoreticalMakespan(Policy.STRIDED, sizes, 4));
        assertEquals(13, UnevenTasks.theoreticalMakespan(Policy.SHARED_QUEUE, sizes, 4));
        assertEquals(9, UnevenTasks.theoreticalMakespan(Policy.LONGEST_FIRST, sizes, 4));
        assertEquals(9.0, UnevenTasks.lowerBound(sizes, 4));
        assertEquals(36, UnevenTasks.theoreticalMakespan(Policy.SHARED_QUEUE, sizes, 1));
        assertEquals(36, UnevenTasks.totalUnits());
    }
}

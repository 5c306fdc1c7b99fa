package parbench.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The posts' queue experiment: tasks of sizes [2,4,6,8,1,3,5,7] units drained by 4 workers. How
 * they are handed out decides the makespan: contiguous 14, strided 15, shared queue in order 13,
 * longest first 9 (optimal: max(36 / 4, 8)). The sleep flavour holds that theory on any machine;
 * the CPU flavour is also bounded by the cores there are.
 */
public final class UnevenTasks {
    public static final int[] SIZES = {2, 4, 6, 8, 1, 3, 5, 7};
    public static final int WORKERS = 4;

    private UnevenTasks() {
    }

    public static List<Task> sleepTasks(long unitMillis) {
        List<Task> tasks = new ArrayList<>(SIZES.length);
        for (int i = 0; i < SIZES.length; i++) {
            tasks.add(new Task.Sleep(i, SIZES[i] * unitMillis));
        }
        return tasks;
    }

    public static List<Task> cpuTasks() {
        List<Task> tasks = new ArrayList<>(SIZES.length);
        for (int i = 0; i < SIZES.length; i++) {
            tasks.add(new Task.Spin(i, SIZES[i]));
        }
        return tasks;
    }

    /** The results the tasks must return, computed once, serially, outside any measurement. */
    public static long[] expectedResults(List<? extends Task> tasks) {
        long[] expected = new long[tasks.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = tasks.get(i).run(null, 0);
        }
        return expected;
    }

    public static long totalUnits() {
        return Arrays.stream(SIZES).sum();
    }

    /**
     * One task on one worker, from start to end. Theory's timelines are in units; a traced run's are
     * converted to units of its unitMillis.
     */
    public record Slot(int worker, int task, double start, double end) {
    }

    /**
     * One traced run of each policy on the sleep flavour, as the launcher records it after the
     * benchmarks: slots in milliseconds from the call's start.
     */
    public record Traced(long unitMillis, java.util.Map<Policy, List<Slot>> millis) {
        /** A policy's slots in units of unitMillis; empty where it was not traced. */
        public List<Slot> inUnits(Policy policy) {
            return millis.getOrDefault(policy, List.of()).stream().map(s -> new Slot(s.worker(), s.task(),
                    s.start() / unitMillis, s.end() / unitMillis)).toList();
        }
    }

    /** The makespan in units that a policy gives with ideal workers: the last slot's end of its timeline. */
    public static long theoreticalMakespan(Policy policy, int[] sizes, int workers) {
        return Math.round(theoreticalTimeline(policy, sizes, workers).stream().mapToDouble(Slot::end).max().orElse(0));
    }

    /**
     * Which worker runs which task when, with ideal workers (no overhead, one core each): static
     * splits run their lists back to back; queue policies are list scheduling, where the worker that
     * frees up first takes the next task.
     */
    public static List<Slot> theoreticalTimeline(Policy policy, int[] sizes, int workers) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            tasks.add(new Task.Spin(i, sizes[i]));
        }
        long[] finish = new long[workers];
        List<Slot> slots = new ArrayList<>();
        if (policy.isStatic()) {
            List<List<Integer>> lists = Split.assign(policy, tasks, workers);
            for (int w = 0; w < workers; w++) {
                for (int i : lists.get(w)) {
                    slots.add(new Slot(w, i, finish[w], finish[w] + sizes[i]));
                    finish[w] += sizes[i];
                }
            }
        } else {
            for (int i : Split.queueOrder(policy, tasks)) {
                int idle = 0;
                for (int w = 1; w < workers; w++) {
                    if (finish[w] < finish[idle]) {
                        idle = w;
                    }
                }
                slots.add(new Slot(idle, i, finish[idle], finish[idle] + sizes[i]));
                finish[idle] += sizes[i];
            }
        }
        return slots;
    }

    /** The lower bound no policy can beat: max(total / workers, largest task). */
    public static double lowerBound(int[] sizes, int workers) {
        return Math.max((double) Arrays.stream(sizes).sum() / workers, Arrays.stream(sizes).max().orElse(0));
    }
}

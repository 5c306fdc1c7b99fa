package parbench.work;

/**
 * One piece of work, described by data alone so that it can cross a process boundary: a child JVM
 * receives the same record over its stdin that a thread receives as an object.
 *
 * <p>Every task returns a long that its caller checks. Tasks that produce an array (squares) also
 * write {@link #outputLength()} values into the caller's array, starting at the index it names.
 */
public sealed interface Task
        permits Task.RangeSum, Task.Squares, Task.Sleep, Task.Spin, Task.Kernel {

    /** Does the work; writes any output to {@code out[at ..]} and returns the task's result. */
    long run(long[] out, int at);

    /** How many values this task writes (0 for tasks that only return a long). */
    default int outputLength() {
        return 0;
    }

    /** Where this task's output belongs in the whole workload's output array. */
    default int outputStart() {
        return 0;
    }

    /** The task's size in units, for schedulers that order by size (longest first). */
    long weight();

    /** Sum of the integers in [from, to). */
    record RangeSum(long from, long to) implements Task {
        @Override public long run(long[] out, int at) {
            return RangeSumKernel.sum(from, to);
        }
        @Override public long weight() {
            return to - from;
        }
    }

    /** out[i] = (i + 1 + offset)^2 for i in [from, to); returns the wrapping sum of what it wrote. */
    record Squares(int from, int to, long offset) implements Task {
        @Override public long run(long[] out, int at) {
            return SquaresKernel.fill(out, at, from, to, offset);
        }
        @Override public int outputLength() {
            return to - from;
        }
        @Override public int outputStart() {
            return from;
        }
        @Override public long weight() {
            return to - from;
        }
    }

    /** Sleeps; returns the milliseconds it was asked to sleep, so a lost result shows as a 0. */
    record Sleep(int id, long millis) implements Task {
        @Override public long run(long[] out, int at) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("sleeping task " + id + " was interrupted", e);
            }
            return millis;
        }
        @Override public long weight() {
            return millis;
        }
    }

    /** A fixed amount of computation: units x {@link SpinKernel#ITERATIONS_PER_UNIT} steps. */
    record Spin(int id, int units) implements Task {
        @Override public long run(long[] out, int at) {
            return SpinKernel.spin(id, units);
        }
        @Override public long weight() {
            return units;
        }
    }

    /** A user's kernel over [from, to), named by its class (see {@link UserKernel}). */
    record Kernel(String className, long from, long to) implements Task {
        @Override public long run(long[] out, int at) {
            return UserKernel.get(className).applyAsLong(from, to);
        }
        @Override public long weight() {
            return to - from;
        }
    }
}

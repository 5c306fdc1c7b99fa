package parbench.work;

/** How uneven tasks reach the workers (the posts' queue experiment). */
public enum Policy {
    /** Worker w gets the w-th contiguous block of tasks, fixed in advance. */
    CONTIGUOUS,
    /** Worker w gets tasks w, w + workers, w + 2 x workers, ... fixed in advance. */
    STRIDED,
    /** One queue in the given order; an idle worker takes the next task. */
    SHARED_QUEUE,
    /** One queue sorted longest task first (LPT scheduling). */
    LONGEST_FIRST;

    public boolean isStatic() {
        return this == CONTIGUOUS || this == STRIDED;
    }
}

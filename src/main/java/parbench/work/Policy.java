package parbench.work;

import java.util.Locale;

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

    /** "longest first": the same in every default locale (Locale.ROOT: no Turkish dotless i). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean isStatic() {
        return this == CONTIGUOUS || this == STRIDED;
    }
}

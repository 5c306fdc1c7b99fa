package parbench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The compute and the waits the tasks actually got, as JMH secondary results: each summed over an
 * iteration (JMH resets them at its start), so that over {@link #waitsTimed} they are the
 * iteration's mean per task.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class WaitCounters {
    /** The nanoseconds the finished tasks spent computing (wall-clock), summed. */
    public long computedNanos;
    /** The nanoseconds the finished tasks spent blocked, summed. */
    public long waitedNanos;
    /** The tasks whose times are in {@link #computedNanos} and {@link #waitedNanos}. */
    public long waitsTimed;
}

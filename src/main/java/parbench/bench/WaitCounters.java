package parbench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The waits the tasks actually got, as JMH secondary results: both summed over an iteration (JMH
 * resets them at its start), so that their ratio is the iteration's mean wait per task.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class WaitCounters {
    /** The nanoseconds the finished tasks spent blocked, summed. */
    public long waitedNanos;
    /** The tasks whose waits are in {@link #waitedNanos}. */
    public long waitsTimed;
}

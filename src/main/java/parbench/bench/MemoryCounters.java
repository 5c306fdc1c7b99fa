package parbench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a batch of many waiting tasks took besides time, as JMH secondary results: each summed over
 * an iteration's batches (JMH resets them at its start), so that over {@link #batches} they are
 * the iteration's mean per batch. {@link #residentKiB} is NaN where the system cannot measure it.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class MemoryCounters {
    /** Each batch's peak resident memory above the fork's before the executor was made, in KiB, summed. */
    public double residentKiB;
    /** Each batch's most live platform threads (virtual threads are not counted), summed. */
    public long peakThreads;
    /** The batches in this iteration. */
    public long batches;
}

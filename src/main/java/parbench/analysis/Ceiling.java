package parbench.analysis;

import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.stats.Estimate;

/**
 * What the hardware gave at one workload and size: independent threads, one per available
 * processor, each running the serial kernel at once (JMH's own threads).
 *
 * @param speedup threads x serial's time / the ceiling's time, with its interval; empty without a serial loop there
 */
public record Ceiling(Point point, Optional<Estimate> speedup) {

    /** Its ideal: one per thread. */
    public int threads() {
        return point.workers();
    }

    /** Measured above its own ideal: the host's noise, not the hardware, and no bound. */
    public boolean aboveIdeal() {
        return speedup.filter(s -> s.value() > threads()).isPresent();
    }

    /**
     * The ceiling every share is of: the speedup independent threads measured, or their ideal (the
     * threads, one per available processor) where they measured above it.
     */
    public Optional<Double> bound() {
        return speedup.map(s -> Math.min(s.value(), threads()));
    }
}

package parbench.analysis;

import parbench.analysis.SuiteRun.Point;
import parbench.stats.Estimate;
import parbench.stats.Stats;

/**
 * The estimates that compare two configurations of a run: the ratio and the difference of their
 * times, and CPU time against serial's time. Each pairs the forks of one round where {@link Pairing}
 * says so; every figure of a run that compares two configurations is one of these, computed once
 * ({@link Figures}).
 */
public final class Ratios {
    private Ratios() {
    }

    /**
     * a's time / b's time with its interval. Where the two ran in at least {@link Stats#FEWEST_PAIRS}
     * of the same rounds, and pairing narrows their block's intervals, the forks of a round are paired
     * (the Hodges-Lehmann ratio of the rounds' ratios, with the signed-rank interval): measured seconds
     * apart, they share the host's minute where the host drifts, and on the committed runs so paired
     * the intervals came out narrower (CommittedRunsPairingTest). Otherwise the Hodges-Lehmann ratio
     * of all their forks, unpaired.
     */
    public static Estimate ratio(Point a, Point b) {
        return Pairing.paired(a, b).map(ab -> Stats.pairedRatio(ab[0], ab[1]))
                .orElseGet(() -> Stats.ratioInterval(b.forkTimes(), a.forkTimes(), Stats.CONFIDENCE));
    }

    /** a's time - b's time with its interval, paired by round as {@link #ratio} is. */
    public static Estimate difference(Point a, Point b) {
        return Pairing.paired(a, b).map(ab -> Stats.pairedDifference(ab[0], ab[1]))
                .orElseGet(() -> Stats.shiftInterval(b.forkTimes(), a.forkTimes(), Stats.CONFIDENCE));
    }

    /**
     * What a configuration's speed costs: CPU time per operation against serial's time, each fork's
     * busy cores x its time against serial's forks (unpaired). Serial's own figure is its busy cores
     * (about 1); "1.9x faster for 2.1x the CPU" is the speedup beside this.
     */
    static Estimate cpu(Point p, Point serial) {
        int n = Math.min(p.forkBusy().length, p.forkTimes().length);
        double[] cpu = new double[n];
        for (int r = 0; r < n; r++) {
            cpu[r] = p.forkBusy()[r] * p.forkTimes()[r];
        }
        return Stats.ratioInterval(serial.forkTimes(), cpu, Stats.CONFIDENCE);
    }
}

package parbench.render;

import java.util.Locale;
import parbench.analysis.HostSteal;

/** What the host took of a run's CPU time, in words: the machine table's row and the verdict's warning. */
final class StealText {
    private StealText() {
    }

    /** "41 of 516 forks lost more than 10% of their CPU time to steal (the median fork 0.0%, the most 54%)". */
    static String figures(HostSteal s) {
        return s.high() + " of " + s.forks() + " forks lost more than " + Format.percent(HostSteal.HIGH)
                + " of their CPU time to steal (the median fork " + String.format(Locale.ROOT, "%.1f%%", 100 * s.median())
                + ", the most " + Format.percent(s.highest()) + ")";
    }
}

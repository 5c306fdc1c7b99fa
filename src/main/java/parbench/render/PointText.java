package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parbench.analysis.PointFigures;
import parbench.analysis.SuiteRun.Point;
import parbench.stats.Estimate;

/** The cells every table of points shares: the workers, busy cores and the flags a reader must be told of. */
final class PointText {
    private PointText() {
    }

    /** "cores (2)", or "1" where the symbol is the count. */
    static String workers(Point p) {
        String symbol = p.workersSymbol();
        return symbol.equals(String.valueOf(p.workers())) ? symbol : symbol + " (" + p.workers() + ")";
    }

    /** "1.91 [1.84, 2.00]", "–" without the load profiler. */
    static String busy(Point p) {
        Estimate b = p.busyCores();
        if (!b.hasSamples()) {
            return "–";
        }
        return Format.sig(b.value()) + (b.known() ? " [" + Format.sig(b.lo()) + ", " + Format.sig(b.hi()) + "]" : " [?]");
    }

    /** "⚠ inconclusive, ~ noisy, ↘ still warming up", as many as apply. */
    static String flags(PointFigures p) {
        List<String> flags = new ArrayList<>();
        if (p.flags().contains(PointFigures.Flag.INCONCLUSIVE)) {
            flags.add("⚠ inconclusive");
        }
        String noise = noise(p);
        if (!noise.isEmpty()) {
            flags.add(noise);
        }
        if (!p.steady()) {
            flags.add("↘ still warming up");
        }
        return String.join(", ", flags);
    }

    /** "3 forks, too few for an interval", "~ noisy" or "". */
    static String noise(PointFigures p) {
        Set<PointFigures.Flag> f = p.flags();
        if (f.contains(PointFigures.Flag.TOO_FEW_FORKS)) {
            return p.forks() + (p.forks() == 1 ? " fork" : " forks") + ", too few for an interval";
        }
        return f.contains(PointFigures.Flag.NOISY) ? "~ noisy" : "";
    }
}

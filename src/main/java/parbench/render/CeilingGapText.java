package parbench.render;

import java.util.Locale;
import parbench.analysis.CeilingGap;

/** Each strategy's share of the ceiling beside the share its per-call cost predicts, and what is left unexplained. */
final class CeilingGapText implements ReportSection {
    private final CeilingGap gap;

    CeilingGapText(CeilingGap gap) {
        this.gap = gap;
    }

    @Override
    public void write(Markdown md) {
        md.line("## Share of the ceiling, and what explains the gap (range sum of " + Format.count(gap.size())
                + ", workers = cores)").line("");
        md.line("Predicted: (C / w) / (C / w + the per-call cost), C " + (gap.ofIdeal()
                ? "serial's time (" + Format.timeWithError(gap.bound()) + ": the ceiling measured above its ideal, so the "
                        + "ideal is the bound)"
                : "the ceiling's time (" + Format.timeWithError(gap.bound()) + ")")
                + ", w = " + gap.workers() + " workers, the per-call cost measured at range sum of "
                + Format.count(gap.smallSize()) + " (time minus serial time). "
                + "What the cost does not explain is the tail (workers finishing apart) and the host.").line("");
        md.line("| strategy | share of the ceiling (measured) | per-call cost | share the cost predicts | unexplained |");
        md.line("|---|---|---|---|---|");
        for (CeilingGap.Line l : gap.lines()) {
            md.line("| " + l.point().label() + " | " + Format.percent(l.measured()) + " | " + Format.timeRange(l.perCallCost())
                    + " | " + Format.percent(l.predicted()) + " | "
                    + String.format(Locale.ROOT, "%+.1f points", l.unexplained() * 100) + " |");
        }
        md.line("");
    }
}

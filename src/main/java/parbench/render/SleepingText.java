package parbench.render;

import parbench.analysis.Sleeping;
import parbench.analysis.SuiteRun.Point;

/** The sleeping tasks against their ideal, a table per sleep measured. */
final class SleepingText implements ReportSection {
    private final Sleeping sleeping;
    private final ChartLinks charts;

    SleepingText(Sleeping sleeping, ChartLinks charts) {
        this.sleeping = sleeping;
        this.charts = charts;
    }

    @Override
    public void write(Markdown md) {
        int tasks = sleeping.tasks();
        md.line("## Sleeping tasks (" + tasks + " tasks, no CPU)").line("");
        charts.link(md, "-speedup-sleeping");
        md.line("Ideal: ceil(" + tasks + " / workers) × sleep, whatever the core count.").line("");
        for (Sleeping.Table table : sleeping.tables()) {
            md.line("| strategy | workers | time (median ± 95% CI) | ideal | measured / ideal | |");
            md.line("|---|---|---|---|---|---|");
            for (Sleeping.Line l : table.lines()) {
                Point p = l.figures().point();
                md.line("| " + p.label() + " | " + PointText.workers(p) + " | " + Format.timeWithError(p.time()) + " | "
                        + Format.time(l.idealMillis() / 1e3) + " | " + Format.ratio(l.overIdeal(), "×") + " | "
                        + PointText.noise(l.figures()) + " |");
            }
            md.line("");
        }
    }
}

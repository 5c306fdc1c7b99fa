package parbench.render;

import java.util.List;
import parbench.analysis.Overheads;
import parbench.analysis.SuiteRun.Point;

/** What spreading work costs per call and per hand-off, read where the work itself is cheap. */
final class OverheadText implements ReportSection {
    private final Point serial;
    private final List<Overheads.Overhead> overheads;

    /** @param serial the serial point the overheads are measured against */
    OverheadText(Point serial, List<Overheads.Overhead> overheads) {
        this.serial = serial;
        this.overheads = overheads;
    }

    @Override
    public void write(Markdown md) {
        if (overheads.isEmpty()) {
            return;
        }
        md.line("## Overheads (range sum of " + Format.count(serial.size()) + ", where the work itself takes "
                + Format.timeWithError(serial.time()) + ")").line("");
        md.line("Per call, time minus serial time (the Hodges-Lehmann shift of their forks); per hand-off, divided by the "
                + "tasks handed to another thread or process.").line("");
        md.line("| cost | strategy | workers | per call | per hand-off |");
        md.line("|---|---|---|---|---|");
        for (Overheads.Overhead o : overheads) {
            md.line("| " + o.cost() + " | " + o.point().label() + " | " + o.point().workers() + " | " + Format.timeRange(o.perCall())
                    + " | " + o.perHandOff().map(Format::timeRange).orElse("–") + " |");
        }
        md.line("");
    }
}

package parbench.render;

import java.util.List;
import parbench.analysis.PointFigures;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun.Point;

/** Where the tables begin, with how many configurations were still warming up when measured. */
final class FiguresHeading implements ReportSection {
    private final RunAnalysis analysis;

    FiguresHeading(RunAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public void write(Markdown md) {
        md.line("## The figures in full").line("");
        List<Point> warming = analysis.stillWarming();
        if (!warming.isEmpty()) {
            md.line("↘ **" + warming.size() + " of " + analysis.suite().points().size() + " configurations were still warming "
                    + "up** when measured: their forks' medians lie more than " + Format.percent(PointFigures.WARMING)
                    + " above the same forks' last iterations (the median over forks), so their figures are not steady "
                    + "state. They are marked in the tables below.").line("");
        }
    }
}

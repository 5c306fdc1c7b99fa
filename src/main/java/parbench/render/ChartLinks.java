package parbench.render;

import java.util.List;

/** The charts of a report, linked where a section places them: the image, then its caption in italics. */
final class ChartLinks {
    private final List<RunChart> charts;
    private final String stem;

    /** @param stem the run's file stem: each chart is written beside the report as {@code chart.fileName(stem)} */
    ChartLinks(List<RunChart> charts, String stem) {
        this.charts = charts;
        this.stem = stem;
    }

    /** A section that links one chart; nothing where the run has no such chart. */
    ReportSection section(String suffix) {
        return md -> link(md, suffix);
    }

    void link(Markdown md, String suffix) {
        charts.stream().filter(c -> c.suffix().equals(suffix)).findFirst().ifPresent(c -> md
                .line("![" + c.caption() + "](" + c.fileName(stem) + ")")
                .line("")
                .line("*" + c.caption() + "*")
                .line(""));
    }
}

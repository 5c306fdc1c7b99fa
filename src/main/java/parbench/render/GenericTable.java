package parbench.render;

import parbench.analysis.RowMedian;
import parbench.analysis.RunAnalysis;
import parbench.jmhfmt.BenchmarkRow;

/** A file of other suites' benchmarks: every row as measured, with the median compare prints for it. */
final class GenericTable implements ReportSection {
    private final RunAnalysis analysis;

    GenericTable(RunAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public void write(Markdown md) {
        md.line("These are not parbench's benchmarks, so there are no speedups to work out; every row as measured:").line("");
        md.line("| benchmark | mode | params | median ± 95% CI | forks | JMH score ± error |");
        md.line("|---|---|---|---|---|---|");
        for (RowMedian m : analysis.rows()) {
            BenchmarkRow r = m.row();
            md.line("| " + r.shortName() + " | " + r.mode() + " | " + r.paramText() + " | " + Format.median(m.median(), m.unit())
                    + " | " + m.median().n() + " | " + Format.sig(r.primary().score()) + " ± "
                    + Format.sig(r.primary().scoreError()) + " " + r.primary().unit() + " |");
        }
        md.line("");
    }
}

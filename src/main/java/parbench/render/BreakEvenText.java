package parbench.render;

import java.util.ArrayList;
import java.util.List;
import parbench.analysis.CostModel;
import parbench.analysis.RunAnalysis;
import parbench.catalog.Workload;

/** Where each strategy's speedup crosses 1, on range sum and on squares: one definition everywhere. */
final class BreakEvenText implements ReportSection {
    private final RunAnalysis analysis;

    BreakEvenText(RunAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public void write(Markdown md) {
        md.line("## Break-even: where each strategy's speedup crosses 1").line("");
        md.line("At workers = cores, the verdict's and the chart's figure, one definition everywhere: the size at which the "
                + "strategy's speedup over serial (at each size, the Hodges-Lehmann ratio) rises through 1 to stay "
                + "above it at the next size: in each round, where the lines through serial's and the strategy's times at "
                + "the two sizes around it meet, and the median over rounds with its 95% interval. \"–\" means the run did not "
                + "measure it, \"not known\" that it measured fewer than 3 sizes.").line("");
        md.line("| strategy | range sum (n) | squares (length) |");
        md.line("|---|---|---|");
        for (RunAnalysis.BreakEvens b : analysis.breakEvens()) {
            List<String> cells = new ArrayList<>();
            for (Workload w : RunAnalysis.BREAK_EVEN_WORKLOADS) {
                CostModel m = b.models().get(w);
                cells.add(!b.measured().contains(w) ? "–" : m == null ? "not known"
                        : BreakEvenWords.crossing(analysis.costs().get(w), m));
            }
            md.line("| " + b.series().label() + " | " + String.join(" | ", cells) + " |");
        }
        md.line("");
    }
}

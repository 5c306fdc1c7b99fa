package parbench.render;

import java.util.List;
import java.util.Optional;
import parbench.analysis.CostModel;
import parbench.analysis.Costs;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.catalog.Bench;
import parbench.catalog.Workload;

/** A workload's cost-model section of a run's report: each strategy's a + b*n, its break-evens, and where the line fails. */
final class CostModelText implements ReportSection {
    private final SuiteRun suite;
    private final Costs costs;
    private Markdown md;

    CostModelText(RunAnalysis analysis, Costs costs) {
        this.suite = analysis.suite();
        this.costs = costs;
    }

    @Override
    public void write(Markdown md) {
        this.md = md;
        Workload w = costs.workload();
        List<Long> sizes = costs.sizes();
        line("## " + suite.heading(w) + ": cost model, time = a + b × " + w.sizeParam);
        line("");
        line("Fitted to each round's forks over the " + sizes.size() + " sizes (least squares on relative error), each figure "
                + "the median over rounds with its 95% interval. a is what a call pays to spread the work, b what an element "
                + "costs once spread; the line's break-even n* = (a − a₀) / (b₀ − b) is where it meets serial's (a₀, b₀). "
                + "The measured break-even is where the speedup (at each size) rises through 1 to stay above "
                + "it: in each round, where the lines through serial's and the strategy's times at the two sizes around it "
                + "meet (a + b × n fitted locally), and the median over rounds. Where the global line misses the measured speedup (last column, and ✗ below) the measured one is the "
                + "one to trust. "
                + "Direct: time minus serial's at " + w.sizeParam + " = " + Format.count(sizes.get(0))
                + ", as the overhead table measures it.");
        line("");
        table();
        whereNoLineFits();
        if (w == Workload.RANGE_SUM) {
            goetz();
        }
        modelAgainstMeasurement();
    }

    private void table() {
        line("| strategy | per call, a | per element, b | b / serial's b | per call, direct | break-even, measured "
                + "(interpolated) | break-even, the line's n* | line off by >" + Format.percent(CostModel.MISFIT) + " at |");
        line("|---|---|---|---|---|---|---|---|");
        CostModel.Baseline serial = costs.serial();
        line("| serial | " + Format.timeRange(serial.perCall()) + " | " + Format.timeRange(serial.perElement())
                + " | 1 | | | | |");
        for (CostModel m : costs.models()) {
            List<String> misfits = costs.misfits(m).stream().map(c -> Format.count(c.point().size())).toList();
            line("| " + m.series().label() + " | " + Format.timeRange(m.perCall()) + " | " + Format.timeRange(m.perElement())
                    + " | " + Format.ratio(costs.perElementVsSerial(m), "") + " | " + Format.timeRange(m.directPerCall())
                    + " | " + BreakEvenWords.crossing(costs, m) + " | " + BreakEvenWords.line(costs, m) + " | "
                    + (misfits.isEmpty() ? "–" : String.join(", ", misfits)) + " |");
        }
        line("");
    }

    /** Says where a line describes no size well: a strategy it misses at most sizes, or serial's own time. */
    private void whereNoLineFits() {
        if (!costs.notALine().isEmpty()) {
            line("Not a straight line here: " + String.join(", ", costs.notALine().stream().map(s -> s.label()).toList())
                    + " (the line misses at more than half the sizes). "
                    + "Their speedup climbs over several decades instead of jumping once a per-call cost is paid (where the "
                    + "caller works too, it does most of a small call alone while the other workers wake up). Their a and b "
                    + "describe no size well; their measured break-even stands.");
            line("");
        }
        if (costs.serialBelowZero()) {
            line("Serial's own per-call cost comes out below 0: its time grows faster than " + costs.workload().sizeParam
                    + " (an element costs more in a larger call: later elements cost more, or the data has left the caches), "
                    + "so no straight line fits this workload and no a or b above is a cost; read the measured speedups and "
                    + "break-evens.");
            line("");
        }
    }

    /** Goetz's rule of thumb for parallel streams beside what this machine shows. */
    private void goetz() {
        List<String> streams = costs.models().stream().filter(m -> m.series().bench() == Bench.COMMON_POOL_STREAMS
                || m.series().bench() == Bench.SIZED_POOL_STREAMS).map(m -> m.series().label() + " " + BreakEvenWords.crossing(costs, m))
                .toList();
        if (streams.isEmpty()) {
            return;
        }
        line("Goetz's rule of thumb for parallel streams is N × Q > 10,000, Q the work per element in simple operations: "
                + "range sum does one addition (Q ≈ 1), so streams should pay from about 10,000 elements. On this machine: "
                + String.join("; ", streams) + ".");
        line("");
    }

    private void modelAgainstMeasurement() {
        Workload w = costs.workload();
        line("Speedup over serial, measured / predicted by the models; ✗ where the prediction is off by more than "
                + Format.percent(CostModel.MISFIT) + " and outside the measured 95% interval.");
        line("");
        StringBuilder head = new StringBuilder("| " + w.sizeParam + " | serial |");
        StringBuilder rule = new StringBuilder("|---|---|");
        costs.models().forEach(m -> {
            head.append(' ').append(m.series().label()).append(" |");
            rule.append("---|");
        });
        line(head.toString());
        line(rule.toString());
        for (long n : costs.sizes()) {
            StringBuilder row = new StringBuilder("| " + Format.count(n) + " | "
                    + suite.serial(w, n).map(p -> Format.time(p.time().value())).orElse("–") + " |");
            for (CostModel m : costs.models()) {
                Optional<CostModel.Check> check = costs.checks().get(m).stream().filter(c -> c.point().size() == n).findFirst();
                row.append(' ').append(check.map(c -> c.measured().map(x -> Format.sig(x.value())).orElse("?") + " / "
                        + Format.sig(c.predicted()) + (c.misfit() ? " ✗" : "")).orElse("–")).append(" |");
            }
            line(row.toString());
        }
        line("");
    }

    private void line(String s) {
        md.line(s);
    }
}

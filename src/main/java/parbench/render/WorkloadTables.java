package parbench.render;

import java.util.List;
import java.util.Optional;
import parbench.analysis.BlockFigures;
import parbench.analysis.Ceiling;
import parbench.analysis.Costs;
import parbench.analysis.PointFigures;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;


/**
 * One swept workload in full: its cost model where it has one, then a table per size measured, each
 * configuration's time, speedup, CPU time, efficiency, share of the ceiling and busy cores.
 */
final class WorkloadTables implements ReportSection {
    private final RunAnalysis analysis;
    private final Workload workload;

    WorkloadTables(RunAnalysis analysis, Workload workload) {
        this.analysis = analysis;
        this.workload = workload;
    }

    @Override
    public void write(Markdown md) {
        Costs costs = analysis.costs().get(workload);
        if (costs != null && !costs.models().isEmpty()) {
            new CostModelText(analysis, costs).write(md);
        }
        SuiteRun suite = analysis.suite();
        List<Long> sizes = suite.sizes(workload);
        if (sizes.isEmpty()) {
            return;
        }
        md.line("## " + suite.heading(workload)).line("");
        for (long size : sizes) {
            table(md, analysis.figures().block(workload, size).orElseThrow());
        }
    }

    private void table(Markdown md, BlockFigures block) {
        md.line("### " + analysis.suite().title(workload) + ", " + workload.sizeParam + " = " + Format.count(block.size())).line("");
        Optional<Ceiling> ceiling = block.ceiling().filter(c -> c.speedup().isPresent());
        ceiling.ifPresent(c -> md.line("Measured ceiling: " + Format.ratio(c.speedup().get(), "×") + " (" + c.threads()
                + " independent thread" + (c.threads() == 1 ? "" : "s") + ")."));
        md.line("");
        md.line("| strategy | workers | time (median ± 95% CI) | speedup vs serial | CPU time vs serial | efficiency vs ideal "
                + "| share of the ceiling | busy cores [95% CI] | |");
        md.line("|---|---|---|---|---|---|---|---|---|");
        for (PointFigures f : block.points()) {
            md.line(row(f));
        }
        md.line("");
        if (block.aboveCeiling()) {
            md.line("⚠ A strategy above 100% of the ceiling has not beaten the hardware: the ceiling ran at another "
                    + "moment than it did, and a shared host's speed drifts between moments. Shares of the ceiling "
                    + "at this size are less certain than their intervals say; compare strategies by their times.").line("");
        }
    }

    private static String row(PointFigures f) {
        Point p = f.point();
        boolean strategy = p.bench().isStrategy();
        String speedup = f.speedup().map(s -> Format.ratio(s, "×")).orElse("?");
        String speed = p.isSerial() ? "1" : p.isCeiling() ? "(" + speedup + ")" : speedup;
        String efficiency = strategy ? f.efficiency().map(Format::percent).orElse("?") : "";
        String share = strategy ? f.share().map(Format::percent).orElse("–") : "";
        String cpu = p.isCeiling() ? "" : f.cpu().map(c -> Format.ratio(c, "×")).orElse("–");
        return "| " + p.label() + " | " + PointText.workers(p) + " | " + Format.timeWithError(f.time()) + " | " + speed
                + " | " + cpu + " | " + efficiency + " | " + share + " | " + PointText.busy(p) + " | " + PointText.flags(f) + " |";
    }

}

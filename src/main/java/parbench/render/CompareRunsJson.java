package parbench.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import parbench.analysis.Comparison;
import parbench.analysis.RunsComparison;
import parbench.analysis.RunsComparison.Row;
import parbench.analysis.RunsComparison.Sides;
import parbench.analysis.RunsGate;
import parbench.jmhfmt.BenchmarkRow;
import parbench.stats.AcrossRuns;
import parbench.stats.Estimate;

/**
 * Several runs a side for machines (compare A1 A2 -- B1 B2 --json): each side's runs and whether
 * they are known to be of one suite; every row and every speedup and share with each run's
 * estimate, each side's pool (mean, its interval, df, the next run's interval) and the change with
 * its run-level test and the words a person would read; rows some run lacks; the warnings; the gate.
 */
public final class CompareRunsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CompareRunsJson() {
    }

    public static String of(RunsComparison c, Optional<RunsGate> gate) {
        ObjectNode root = JSON.createObjectNode();
        root.put("alpha", c.alpha()).put("runs_needed", c.runsNeeded()).put("geomean", c.geomean());
        ArrayNode sides = root.putArray("sides");
        side(sides.addObject().put("label", "A").put("baseline", true), c.base());
        side(sides.addObject().put("label", "B").put("baseline", false), c.other());
        ArrayNode rows = root.putArray("rows");
        for (Row row : c.rows()) {
            ObjectNode r = key(rows.addObject(), row.first()).put("unit", row.baseUnit()).put("lower_is_better", row.lowerBetter())
                    .put("comparable", row.comparable());
            sides(r, row.sides(), CompareRunsReport.verdict(row));
        }
        ArrayNode figures = root.putArray("figures");
        for (RunsComparison.FigureRow f : c.figures()) {
            ObjectNode o = figures.addObject().put("figure", f.figure().kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("strategy", f.figure().strategy()).put("workers", f.figure().workers())
                    .put("workload", f.figure().workload().name().toLowerCase(java.util.Locale.ROOT)).put("size", f.figure().size())
                    .put("headline", f.headline()).put("row", f.figure().rowKey());
            sides(o, f.sides(), CompareRunsReport.verdict(f));
        }
        ArrayNode partial = root.putArray("partial");
        for (RunsComparison.Partial p : c.partial()) {
            key(partial.addObject(), p.first()).put("base_runs", p.baseRuns()).put("other_runs", p.otherRuns());
        }
        ArrayNode warnings = root.putArray("warnings");
        CompareRunsReport.warnings(c).forEach(warnings::add);
        gate.ifPresent(g -> gate(root.putObject("gate"), g));
        return root.toPrettyString() + "\n";
    }

    private static void side(ObjectNode o, RunsComparison.Side side) {
        o.put("agreement", side.agreement().name());
        ArrayNode runs = o.putArray("runs");
        side.inputs().stream().map(Comparison.Input::path).forEach(runs::add);
    }

    private static ObjectNode key(ObjectNode o, BenchmarkRow row) {
        return o.put("benchmark", row.benchmark()).put("mode", row.mode()).put("threads", row.threads()).put("params", row.paramText());
    }

    private static void sides(ObjectNode o, Sides s, String verdict) {
        pool(o.putObject("base"), s.base(), s.basePool());
        pool(o.putObject("other"), s.other(), s.otherPool());
        Estimate ratio = s.change().ratio();
        o.putObject("change").put("ratio", ratio.value()).put("ratio_low", ratio.lo()).put("ratio_high", ratio.hi())
                .put("p", s.change().test().p()).put("n1", s.change().test().n1()).put("n2", s.change().test().n2())
                .put("test", s.change().test().method().name()).put("significant", s.change().significant())
                .put("verdict", verdict);
    }

    private static void pool(ObjectNode o, double[] estimates, AcrossRuns pool) {
        ArrayNode runs = o.putArray("estimates");
        for (double x : estimates) {
            runs.add(x);
        }
        o.put("mean", pool.mean().value()).put("mean_low", pool.mean().lo()).put("mean_high", pool.mean().hi())
                .put("df", pool.df()).put("next_run_low", pool.prediction().lo()).put("next_run_high", pool.prediction().hi());
    }

    private static void gate(ObjectNode o, RunsGate g) {
        o.put("max_regression", g.threshold()).put("tests", g.tests()).put("fires", g.fires());
        ArrayNode regressions = o.putArray("regressions");
        for (RunsGate.Regression r : g.regressions()) {
            key(regressions.addObject(), r.row().first()).put("ratio", r.row().sides().change().ratio().value()).put("p", r.p());
        }
    }
}

package parbench.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import parbench.analysis.Comparison;
import parbench.analysis.Comparison.Change;
import parbench.analysis.Comparison.Row;
import parbench.analysis.Gate;
import parbench.stats.Estimate;

/**
 * A comparison for machines (compare --json): every matched row with each file's median and
 * interval, each change with its interval, p, n and test, the words a person would read, each
 * file's whole-run shift, and the gate's decision. Numbers as numbers, base units named.
 */
public final class CompareJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CompareJson() {
    }

    public static String of(Comparison c, Optional<Gate> gate) {
        ObjectNode root = JSON.createObjectNode();
        root.put("alpha", c.alpha());
        root.put("normalized", c.normalized());
        ArrayNode files = root.putArray("files");
        for (int f = 0; f < c.inputs().size(); f++) {
            ObjectNode file = files.addObject().put("label", CompareReport.letter(f)).put("path", c.inputs().get(f).path());
            if (f > 0) {
                file.put("geomean", c.geomean(f)).put("whole_run_shift", c.shift(f));
            }
        }
        ArrayNode rows = root.putArray("rows");
        for (Row row : c.matched()) {
            ObjectNode r = rows.addObject().put("benchmark", row.first().benchmark()).put("mode", row.first().mode())
                    .put("threads", row.first().threads()).put("params", row.first().paramText())
                    .put("unit", row.cells().get(0).baseUnit());
            ArrayNode medians = r.putArray("medians");
            row.cells().forEach(cell -> estimate(medians.addObject(), cell.median()));
            ArrayNode changes = r.putArray("changes");
            for (int f = 1; f < c.inputs().size(); f++) {
                change(changes.addObject().put("file", CompareReport.letter(f)), row, f);
            }
        }
        gate.ifPresent(g -> gate(root.putObject("gate"), g));
        return root.toPrettyString() + "\n";
    }

    private static void change(ObjectNode o, Row row, int f) {
        Change ch = row.change(f);
        o.put("ratio", ch.ratio()).put("ratio_low", ch.interval().lo()).put("ratio_high", ch.interval().hi())
                .put("p", ch.test().p()).put("n1", ch.test().n1()).put("n2", ch.test().n2())
                .put("test", ch.test().method().name()).put("significant", ch.significant())
                .put("lower_is_better", ch.lowerBetter()).put("verdict", CompareReport.words(row, f));
    }

    private static void estimate(ObjectNode o, Estimate e) {
        o.put("forks", e.n()).put("median", e.value()).put("median_low", e.lo()).put("median_high", e.hi());
    }

    private static void gate(ObjectNode o, Gate g) {
        o.put("max_regression", g.threshold()).put("tests", g.tests()).put("fires", g.fires());
        ArrayNode regressions = o.putArray("regressions");
        for (Gate.Regression r : g.regressions()) {
            regressions.addObject().put("benchmark", r.row().first().benchmark()).put("mode", r.row().first().mode())
                    .put("threads", r.row().first().threads()).put("params", r.row().first().paramText())
                    .put("file", CompareReport.letter(r.file()))
                    .put("ratio", r.row().change(r.file()).ratio()).put("p", r.p());
        }
    }
}

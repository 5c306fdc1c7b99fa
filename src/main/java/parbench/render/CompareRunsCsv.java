package parbench.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import parbench.analysis.Comparison;
import parbench.analysis.RunFigure;
import parbench.analysis.RunsComparison;
import parbench.analysis.RunsComparison.Row;
import parbench.analysis.RunsComparison.Sides;
import parbench.jmhfmt.BenchmarkRow;
import parbench.stats.Estimate;

/**
 * Several runs a side as CSV (compare A1 A2 -- B1 B2 --csv): a line per row and per speedup or share,
 * keyed as compare's two-file CSV is (benchmark, mode, threads, params), then which figure it is
 * (a row's median, a strategy's speedup or share), each side's runs, pooled mean with its interval
 * and degrees of freedom, and the change with its run-level test; rows some run lacks are listed.
 */
public final class CompareRunsCsv {
    private CompareRunsCsv() {
    }

    public static String of(RunsComparison c) throws IOException {
        StringWriter out = new StringWriter();
        Map<String, BenchmarkRow> byKey = c.rows().stream().collect(Collectors.toMap(Row::key, Row::first));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(CsvReport.KEY);
            header.addAll(List.of("figure", "unit", "files", "baseline_files", "runs", "mean", "mean_low", "mean_high", "df",
                    "baseline_runs", "baseline_mean", "baseline_mean_low", "baseline_mean_high", "baseline_df", "ratio",
                    "ratio_low", "ratio_high", "test", "p", "significant", "verdict"));
            csv.printRecord(header);
            for (Row row : c.rows()) {
                if (row.comparable()) {
                    csv.printRecord(line(c, row.first(), "median", row.baseUnit(), row.sides(), CompareRunsReport.verdict(row)));
                }
            }
            for (RunsComparison.FigureRow f : c.figures()) {
                String name = f.figure().kind() == RunFigure.Kind.SPEEDUP ? "speedup" : "share";
                csv.printRecord(line(c, byKey.get(f.figure().rowKey()), name, "", f.sides(), CompareRunsReport.verdict(f)));
            }
            for (RunsComparison.Partial p : c.partial()) {
                List<Object> r = key(p.first());
                r.addAll(List.of("median", ""));
                r.addAll(Collections.nCopies(header.size() - r.size() - 1, ""));
                r.add("not in every run: A " + p.baseRuns() + " of " + c.base().inputs().size() + ", B " + p.otherRuns()
                        + " of " + c.other().inputs().size());
                csv.printRecord(r);
            }
        }
        return out.toString();
    }

    private static List<Object> line(RunsComparison c, BenchmarkRow first, String figure, String unit, Sides s, String verdict) {
        List<Object> r = key(first);
        r.addAll(List.of(figure, unit, paths(c.other()), paths(c.base())));
        pooled(r, s.otherPool().mean(), s.otherPool().df());
        pooled(r, s.basePool().mean(), s.basePool().df());
        Estimate ratio = s.change().ratio();
        r.addAll(List.of(ratio.value(), ratio.lo(), ratio.hi(), s.change().test().method(), s.change().test().p(),
                s.change().significant(), verdict));
        return r;
    }

    private static String paths(RunsComparison.Side side) {
        return side.inputs().stream().map(Comparison.Input::path).collect(Collectors.joining(" "));
    }

    private static List<Object> key(BenchmarkRow row) {
        return new ArrayList<>(List.of(row.benchmark(), row.mode(), row.threads(), row.paramText()));
    }

    private static void pooled(List<Object> r, Estimate mean, int df) {
        r.addAll(List.of(mean.n(), mean.value(), mean.lo(), mean.hi(), df));
    }
}

package parbench.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import parbench.catalog.Params;
import parbench.analysis.CostModel;
import parbench.analysis.PointFigures;
import parbench.analysis.RowMedian;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.jmhfmt.BenchmarkRow;
import parbench.stats.Estimate;
import parbench.stats.Stats;

/** One CSV row per benchmark row, with the same figures as the Markdown tables (times in seconds). */
public final class CsvReport {
    private CsvReport() {
    }

    public static String of(List<BenchmarkRow> rows, RunAnalysis analysis) throws IOException {
        SuiteRun suite = analysis.suite();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            if (suite.isEmpty()) {
                csv.printRecord("benchmark", "mode", "threads", "params", "unit", "forks", "median", "median_low", "median_high",
                        "jmh_score", "jmh_error", "jmh_unit");
                for (RowMedian m : analysis.rows()) {
                    BenchmarkRow r = m.row();
                    csv.printRecord(r.benchmark(), r.mode(), r.threads(), r.paramText(), m.unit(), m.median().n(),
                            m.median().value(), m.median().lo(), m.median().hi(), r.primary().score(), r.primary().scoreError(),
                            r.primary().unit());
                }
                return out.toString();
            }
            csv.printRecord("benchmark", "strategy", "workload", "size", "workers_symbol", Params.WORKERS, "mode", "forks",
                    "time_s", "time_ci_low_s", "time_ci_high_s", "speedup", "speedup_low", "speedup_high",
                    "efficiency", "share", "share_low", "share_high", "busy_cores", "busy_cores_low",
                    "busy_cores_high", "cpu_vs_serial", "cpu_vs_serial_low", "cpu_vs_serial_high", "break_even",
                    "break_even_low", "break_even_high");
            for (PointFigures f : analysis.figures().all()) {
                Point p = f.point();
                Optional<Estimate> speedup = f.speedup();
                Optional<Estimate> share = f.share();
                Optional<Estimate> cpu = f.cpu();
                Optional<Estimate> breakEven = breakEven(analysis, p);
                csv.printRecord(p.row().benchmark(), p.label(), p.workload().title, p.size(), p.workersSymbol(),
                        p.workers(), p.row().mode(), p.time().n(), p.time().value(), p.time().lo(), p.time().hi(),
                        v(speedup.map(Estimate::value)), v(speedup.map(Estimate::lo)), v(speedup.map(Estimate::hi)),
                        v(f.efficiency().map(Estimate::value)), v(share.map(Estimate::value)),
                        v(share.map(Estimate::lo)), v(share.map(Estimate::hi)),
                        busy(p.busyCores(), p.busyCores().value()), busy(p.busyCores(), p.busyCores().lo()),
                        busy(p.busyCores(), p.busyCores().hi()), v(cpu.map(Estimate::value)), v(cpu.map(Estimate::lo)),
                        v(cpu.map(Estimate::hi)), v(breakEven.map(Estimate::value)), v(breakEven.map(Estimate::lo)),
                        v(breakEven.map(Estimate::hi)));
            }
        }
        return out.toString();
    }

    /** The strategy's break-even on its workload (the verdict's and the chart's), on the rows at the worker count it is measured at. */
    private static Optional<Estimate> breakEven(RunAnalysis analysis, Point p) {
        return Optional.ofNullable(analysis.costs().get(p.workload())).flatMap(c -> c.model(p.series()))
                .filter(m -> m.workersSymbol().equals(p.workersSymbol()) && !m.neverCrosses()).map(CostModel::crossing);
    }

    private static Object busy(Estimate busyCores, double v) {
        return busyCores.hasSamples() ? v : "";
    }

    private static Object v(Optional<Double> d) {
        return d.isPresent() ? d.get() : "";
    }
}

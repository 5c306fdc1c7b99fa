package parbench.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import parbench.analysis.CostModel;
import parbench.analysis.PointFigures;
import parbench.analysis.RowMedian;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Params;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.Units;
import parbench.stats.Estimate;

/**
 * One CSV row per benchmark row, with the same figures as the Markdown tables. Each row starts with
 * the key compare matches rows by (benchmark, mode, threads, params); each figure has one name
 * (docs/figures.md), its interval's ends that name with _low and _high, and is empty where the run
 * cannot give it.
 */
public final class CsvReport {
    /** The row key, as compare's CSV and JSON have it. */
    static final List<String> KEY = List.of("benchmark", "mode", "threads", "params");

    private CsvReport() {
    }

    public static String of(List<BenchmarkRow> rows, RunAnalysis analysis) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            if (analysis.suite().isEmpty()) {
                generic(csv, analysis);
            } else {
                suite(csv, analysis);
            }
        }
        return out.toString();
    }

    private static void generic(CSVPrinter csv, RunAnalysis analysis) throws IOException {
        List<String> header = new ArrayList<>(KEY);
        header.addAll(List.of("unit", "forks", "median", "median_low", "median_high", "jmh_score", "jmh_error", "jmh_unit"));
        csv.printRecord(header);
        for (RowMedian m : analysis.rows()) {
            BenchmarkRow r = m.row();
            List<Object> record = key(r);
            record.addAll(List.of(m.unit(), m.median().n()));
            interval(record, Optional.of(m.median()));
            record.addAll(List.of(r.primary().score(), r.primary().scoreError(), r.primary().unit()));
            csv.printRecord(record);
        }
    }

    private static void suite(CSVPrinter csv, RunAnalysis analysis) throws IOException {
        List<String> header = new ArrayList<>(KEY);
        header.addAll(List.of("strategy", "workload", "size", "workers_symbol", Params.WORKERS, "unit", "forks"));
        for (String figure : List.of("median", "speedup", "efficiency", "share", "cpu_vs_serial", "busy_cores", "break_even")) {
            header.addAll(List.of(figure, figure + "_low", figure + "_high"));
        }
        header.add("flags");
        csv.printRecord(header);
        for (PointFigures f : analysis.figures().all()) {
            Point p = f.point();
            List<Object> record = key(p.row());
            record.addAll(List.of(p.label(), p.workload().title, p.size(), p.workersSymbol(), p.workers(), Units.SECONDS_PER_OP,
                    f.forks()));
            interval(record, Optional.of(f.time()));
            interval(record, f.speedup());
            interval(record, f.efficiency());
            interval(record, f.share());
            interval(record, f.cpu());
            interval(record, Optional.of(p.busyCores()).filter(Estimate::hasSamples));
            interval(record, breakEven(analysis, p));
            record.add(f.flags().stream().map(x -> x.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(" ")));
            csv.printRecord(record);
        }
    }

    private static List<Object> key(BenchmarkRow r) {
        return new ArrayList<>(List.of(r.benchmark(), r.mode(), r.threads(), r.paramText()));
    }

    /** A figure and its interval's ends, or three empty cells. */
    private static void interval(List<Object> record, Optional<Estimate> e) {
        record.add(e.<Object>map(Estimate::value).orElse(""));
        record.add(e.<Object>map(Estimate::lo).orElse(""));
        record.add(e.<Object>map(Estimate::hi).orElse(""));
    }

    /** The strategy's break-even on its workload (the verdict's and the chart's), on the rows at the worker count it is measured at. */
    private static Optional<Estimate> breakEven(RunAnalysis analysis, Point p) {
        return Optional.ofNullable(analysis.costs().get(p.workload())).flatMap(c -> c.model(p.series()))
                .filter(m -> m.workersSymbol().equals(p.workersSymbol()) && !m.neverCrosses()).map(CostModel::crossing);
    }
}

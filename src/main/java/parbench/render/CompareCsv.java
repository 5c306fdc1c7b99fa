package parbench.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import parbench.analysis.Comparison;
import parbench.analysis.Comparison.Cell;
import parbench.analysis.Comparison.Change;
import parbench.analysis.Comparison.Row;
import parbench.stats.Estimate;

/**
 * A comparison as CSV (compare --csv): a line per row and file against the baseline, keyed as the
 * report's CSV is (benchmark, mode, threads, params), each figure named as it is there (median,
 * forks) and an interval's ends as _low and _high; rows some file lacks are listed with that file alone.
 */
public final class CompareCsv {
    private CompareCsv() {
    }

    public static String of(Comparison c) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(CsvReport.KEY);
            header.addAll(List.of("unit", "file", "baseline", "forks", "median", "median_low", "median_high", "baseline_forks",
                    "baseline_median", "baseline_median_low", "baseline_median_high", "ratio", "ratio_low", "ratio_high", "test",
                    "p", "significant", "verdict"));
            csv.printRecord(header);
            for (Row row : c.matched()) {
                Cell base = row.cells().get(0);
                for (int f = 1; f < c.inputs().size(); f++) {
                    Cell cell = row.cells().get(f);
                    Change ch = row.change(f);
                    List<Object> r = key(row);
                    r.addAll(List.of(cell.baseUnit(), c.inputs().get(f).path(), c.inputs().get(0).path()));
                    median(r, cell.median());
                    median(r, base.median());
                    r.addAll(List.of(ch.ratio(), ch.interval().lo(), ch.interval().hi(), ch.test().method(), ch.test().p(),
                            ch.significant(), CompareReport.words(row, f)));
                    csv.printRecord(r);
                }
            }
            for (Row row : c.partial()) {
                for (int f = 0; f < c.inputs().size(); f++) {
                    Cell cell = row.cells().get(f);
                    if (cell != null) {
                        List<Object> r = key(row);
                        r.addAll(List.of(cell.baseUnit(), c.inputs().get(f).path(), ""));
                        median(r, cell.median());
                        r.addAll(List.of("", "", "", "", "", "", "", "", "", "", "only in " + c.inputs().get(f).path()));
                        csv.printRecord(r);
                    }
                }
            }
        }
        return out.toString();
    }

    private static List<Object> key(Row row) {
        return new ArrayList<>(List.of(row.first().benchmark(), row.first().mode(), row.first().threads(), row.first().paramText()));
    }

    private static void median(List<Object> r, Estimate m) {
        r.addAll(List.of(m.n(), m.value(), m.lo(), m.hi()));
    }
}

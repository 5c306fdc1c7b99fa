package parbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.JmhRows;
import parbench.OtherSuite;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;

/** The CSV carries the same figures as the tables, in seconds, one row per benchmark row. */
class CsvReportTest {

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void suiteRowsHaveTimesSpeedupsAndShares(@TempDir Path dir) throws Exception {
        List<BenchmarkRow> rows = JmhRows.read(dir,
                JmhRows.rangeSum("SerialBench", 1, null, 50_000_000, 17.6),
                JmhRows.rangeSum("CeilingBench", 2, null, 50_000_000, 18.0),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 50_000_000, 9.0));
        List<CSVRecord> csv = parse(CsvReport.of(rows, parbench.analysis.RunAnalysis.of(rows, 2)));
        assertEquals(3, csv.size());
        CSVRecord pool = csv.stream().filter(r -> r.get("strategy").equals("fixed pool")).findFirst().orElseThrow();
        assertEquals("range sum", pool.get("workload"));
        assertEquals("2", pool.get("workers"));
        assertEquals(9.0e-3, Double.parseDouble(pool.get("median")), 0.01e-3);
        assertEquals(17.6 / 9.0, Double.parseDouble(pool.get("speedup")), 0.01);
        assertEquals(18.0 / (2 * 9.0), Double.parseDouble(pool.get("share")), 0.01);
        assertEquals("6", pool.get("forks"));
        assertEquals("", pool.get("busy_cores"), "no load profiler in these rows");
        CSVRecord serial = csv.stream().filter(r -> r.get("strategy").equals("serial")).findFirst().orElseThrow();
        assertEquals(1, Double.parseDouble(serial.get("speedup")), 1e-12);
    }

    @Test
    void otherSuitesGetTheGenericColumns(@TempDir Path dir) throws Exception {
        List<BenchmarkRow> rows = JmhResultFile.read(OtherSuite.throughput(dir));
        List<CSVRecord> csv = parse(CsvReport.of(rows, parbench.analysis.RunAnalysis.of(rows, null)));
        assertEquals(rows.size(), csv.size());
        assertEquals(rows.get(0).benchmark(), csv.get(0).get("benchmark"));
        assertEquals(rows.get(0).primary().score(), Double.parseDouble(csv.get(0).get("jmh_score")), 1e-9);
    }
}

package parbench.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.render.CsvReport;
import parbench.render.RunChart;
import parbench.render.RunReport;
import parbench.work.UnevenTasks;

/** Writes a run's tables, CSV and charts beside its JSON, then brings results/README.md up to date. */
public final class ReportFiles {
    private ReportFiles() {
    }

    public static void publish(ResultsFolder folder, ResultsFolder.Run run, MachineRecord machine, PrintStream out)
            throws IOException {
        List<BenchmarkRow> rows = JmhResultFile.read(run.json());
        RunReport report = new RunReport(run.stem(), rows, machine, readTimelines(run));
        List<Path> written = write(run, rows, report);
        ResultsIndex.update(folder);
        out.println("# parbench: tables in " + run.markdown() + ", " + (written.size() - 2) + " chart(s); index in "
                + folder.root().resolve("README.md"));
    }

    /** The report's .md, .csv and every chart it links, named after target's stem; never over existing files. */
    public static List<Path> write(ResultsFolder.Run target, List<BenchmarkRow> rows, RunReport report) throws IOException {
        List<Path> written = new ArrayList<>();
        ResultsFolder.writeNew(target.markdown(), report.markdown().getBytes(StandardCharsets.UTF_8));
        written.add(target.markdown());
        ResultsFolder.writeNew(target.csv(), CsvReport.of(rows, report.suite()).getBytes(StandardCharsets.UTF_8));
        written.add(target.csv());
        for (RunChart chart : report.charts()) {
            Path png = target.dir().resolve(chart.fileName(target.stem()));
            ResultsFolder.writeNew(png, chart.png());
            written.add(png);
        }
        return written;
    }

    /** The traced timelines recorded beside a run, or null where it has none. */
    public static UnevenTasks.Traced readTimelines(ResultsFolder.Run run) throws IOException {
        Path file = run.timelinesJson();
        return Files.isRegularFile(file) ? new ObjectMapper().readValue(file.toFile(), UnevenTasks.Traced.class) : null;
    }

    public static void writeTimelines(ResultsFolder.Run run, UnevenTasks.Traced traced) throws IOException {
        ResultsFolder.writeNew(run.timelinesJson(), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(traced));
    }
}

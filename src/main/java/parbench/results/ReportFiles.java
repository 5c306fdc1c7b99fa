package parbench.results;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.render.CsvReport;
import parbench.render.RunReport;
import parbench.render.SpeedupChart;

/** Writes a run's tables, CSV and chart beside its JSON, then brings results/README.md up to date. */
public final class ReportFiles {
    private ReportFiles() {
    }

    public static void publish(ResultsFolder folder, ResultsFolder.Run run, MachineRecord machine, PrintStream out)
            throws IOException {
        List<BenchmarkRow> rows = JmhResultFile.read(run.json());
        RunReport report = new RunReport(run.stem(), rows, machine);
        ResultsFolder.writeNew(run.markdown(), report.markdown().getBytes(StandardCharsets.UTF_8));
        ResultsFolder.writeNew(run.csv(), CsvReport.of(rows, report.suite()).getBytes(StandardCharsets.UTF_8));
        Optional<byte[]> png = SpeedupChart.png(report.suite(), machine.name());
        if (png.isPresent()) {
            ResultsFolder.writeNew(run.png(), png.get());
        }
        ResultsIndex.update(folder);
        out.println("# parbench: tables in " + run.markdown() + (png.isPresent() ? ", chart in " + run.png().getFileName() : "")
                + "; index in " + folder.root().resolve("README.md"));
    }
}

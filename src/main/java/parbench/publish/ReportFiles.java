package parbench.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parbench.analysis.ForkRounds;
import parbench.analysis.RunAnalysis;
import parbench.analysis.RunCheck;
import parbench.analysis.RunPool;
import parbench.analysis.Targets;
import parbench.analysis.Timelines;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.render.ConsoleVerdict;
import parbench.render.CsvReport;
import parbench.render.RunChart;
import parbench.render.RunReport;
import parbench.results.ResultsFolder;
import parbench.results.ResultsIndex;
import parbench.results.TimelinesFile;

/**
 * A run's report files: its result file read and analysed once, checked against the earlier runs of
 * its suite beside it, then worded as Markdown, CSV and charts beside the JSON, and
 * results/README.md brought up to date.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** One run read and analysed, with its report: what the files are written from. */
    public record Analysed(List<BenchmarkRow> rows, RunAnalysis analysis, RunReport report) {
        /** The verdict as the console prints it at the end of a run. */
        public List<String> verdict() {
            return ConsoleVerdict.lines(analysis);
        }

        /**
         * The run analysed, and checked against the earlier runs of its suite in its folder.
         *
         * @param machine the run's record, null for a plain JMH file
         */
        public static Analysed of(ResultsFolder.Run source, List<BenchmarkRow> rows, MachineRecord machine) throws IOException {
            RunAnalysis analysis = analyse(rows, machine);
            RunPool.Run self = new RunPool.Run(source.stem(), machine, analysis.figures());
            return new Analysed(rows, analysis, new RunReport(source.stem(), machine, analysis,
                    Timelines.of(TimelinesFile.read(source)), RunCheck.Earlier.of(self, earlierOfItsSuite(source, machine))));
        }
    }

    /**
     * The runs beside a run (in its machine's folder) that its record says are of its suite and
     * started before it, read and analysed; only those are read. None where it names no suite.
     */
    static List<RunPool.Run> earlierOfItsSuite(ResultsFolder.Run source, MachineRecord machine) throws IOException {
        if (machine == null || !Files.isDirectory(source.dir())) {
            return List.of();
        }
        List<RunPool.Run> earlier = new ArrayList<>();
        for (ResultsIndex.Entry e : ResultsIndex.beside(source)) {
            if (RunCheck.earlierOfItsSuite(machine, e.record())) {
                earlier.add(RunPool.Run.of(e.run().stem(), JmhResultFile.read(e.run().json()), e.record()));
            }
        }
        java.util.Collections.reverse(earlier); // oldest first, as a reader lists them
        return earlier;
    }

    /** A result file analysed with its record's processor count and the goals its run aimed at. */
    static RunAnalysis analyse(List<BenchmarkRow> rows, MachineRecord machine) {
        if (machine == null) {
            return RunAnalysis.of(rows, null);
        }
        MachineRecord.Goals g = machine.forks() == null || machine.forks().design() == null ? null
                : machine.forks().design().goals();
        return RunAnalysis.of(rows, machine.availableProcessors(),
                g == null ? Targets.Goals.DEFAULT : new Targets.Goals(g.sharePoints(), g.speedupPercent(), g.bracket()),
                ForkRounds.of(machine));
    }

    /** Writes the run's report files and brings the index up to date; returns the run as analysed, for the console. */
    public static Analysed publish(ResultsFolder folder, ResultsFolder.Run run, MachineRecord machine) throws IOException {
        Analysed analysed = Analysed.of(run, JmhResultFile.read(run.json()), machine);
        write(run, analysed);
        Index.update(folder);
        return analysed;
    }

    /** The report's .md, .csv and every chart it links, named after target's stem; never over existing files. */
    public static List<Path> write(ResultsFolder.Run target, Analysed run) throws IOException {
        List<Path> written = new ArrayList<>();
        ResultsFolder.writeNew(target.markdown(), run.report().markdown().getBytes(StandardCharsets.UTF_8));
        written.add(target.markdown());
        ResultsFolder.writeNew(target.csv(), CsvReport.of(run.rows(), run.analysis()).getBytes(StandardCharsets.UTF_8));
        written.add(target.csv());
        for (RunChart chart : run.report().charts()) {
            Path png = target.dir().resolve(chart.fileName(target.stem()));
            ResultsFolder.writeNew(png, chart.png());
            written.add(png);
        }
        return written;
    }
}

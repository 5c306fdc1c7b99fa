package parbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import joptsimple.OptionSpec;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.publish.ReportFiles;
import parbench.results.ResultsFolder;
import parbench.launch.UserError;

/**
 * {@code report RESULT.json [--out DIR]}: the tables again from a result file, to stdout; with
 * --out, also the .md, .csv and the charts (.png) in DIR (never over existing ones). The machine record is
 * read from beside the file; a plain JMH file without one is reported as such.
 */
public final class ReportCommand {
    private static final String USAGE = "usage: java -jar benchmarks.jar report RESULT.json [--out DIR]";

    private ReportCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        CommandOptions options = new CommandOptions("report", USAGE);
        OptionSpec<String> outDir = options.parser.accepts("out", "also write .md, .csv and the charts (.png) here").withRequiredArg();
        OptionSpec<String> files = options.parser.nonOptions("RESULT.json");
        if (!options.parse(args, out)) {
            return 0;
        }
        List<String> given = options.values(files);
        if (given.size() != 1) {
            throw options.error("expected one result file, got " + given.size());
        }
        Path json = Path.of(given.get(0));
        List<BenchmarkRow> rows = JmhResultFile.read(json);
        MachineRecord machine = readMachine(json).orElse(null);
        ResultsFolder.Run source = ResultsFolder.Run.of(json);
        ReportFiles.Analysed run = ReportFiles.Analysed.of(source, rows, machine);
        out.print(run.report().markdown());
        if (options.has(outDir)) {
            ResultsFolder.Run target = new ResultsFolder.Run(CommandOptions.writableDir(options.value(outDir)), source.stem());
            List<Path> written = ReportFiles.write(target, run);
            err.println("parbench: wrote " + written.stream().map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.joining(", ")) + " in " + target.dir());
        }
        return 0;
    }

    /** The machine record written beside a result file, if there is one. */
    public static Optional<MachineRecord> readMachine(Path json) {
        Path m = ResultsFolder.Run.of(json).machineJson();
        if (!Files.isRegularFile(m)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper().readValue(m.toFile(), MachineRecord.class));
        } catch (IOException e) {
            throw new UserError(m + ": not a readable machine record (" + e.getMessage().split("\n")[0] + ")");
        }
    }
}

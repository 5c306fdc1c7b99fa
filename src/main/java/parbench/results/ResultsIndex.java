package parbench.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import parbench.strategy.WorkerCount;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import parbench.machine.MachineRecord;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;
import parbench.jmhfmt.JmhResultFile;
import parbench.render.Format;

/** results/README.md: every run in the folder, newest first, with its machine, JVM and headline. */
public final class ResultsIndex {
    private ResultsIndex() {
    }

    public static void update(ResultsFolder folder) throws IOException {
        Path root = folder.root();
        List<Path> machines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(p -> p.getFileName().toString().endsWith(".machine.json")).forEach(machines::add);
        }
        machines.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        StringBuilder md = new StringBuilder();
        md.append("# Results\n\n");
        md.append("Every run of the suite, newest first: JMH's JSON untouched (`.json`), the machine (`.machine.json`), "
                + "tables (`.md`), figures (`.csv`), charts (`.png`, the stem's own speedup against workers, `-size-range-sum.png` time against size) and the uneven "
                + "tasks' traced timelines (`.timelines.json`). Written by `java -jar target/benchmarks.jar`; "
                + "never edited by hand. Compare runs with `java -jar target/benchmarks.jar compare A.json B.json`.\n\n");
        md.append("| run | date | machine | logical cores (available) | JVM | headline: range sum (or your kernel), the verdict's choice | complete |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        ObjectMapper json = new ObjectMapper();
        for (Path m : machines) {
            MachineRecord record;
            try {
                record = json.readValue(m.toFile(), MachineRecord.class);
            } catch (IOException e) {
                continue;
            }
            ResultsFolder.Run run = ResultsFolder.Run.of(m.resolveSibling(m.getFileName().toString()
                    .replace(".machine.json", ".json")));
            if (!Files.exists(run.json())) {
                continue;
            }
            String rel = root.toAbsolutePath().relativize(run.markdown().toAbsolutePath()).toString();
            String name = run.stem();
            md.append("| [").append(name).append("](").append(rel).append(") | ").append(record.date())
                    .append(" | ").append(record.name())
                    .append(" | ").append(record.logicalProcessors() == null ? "?" : record.logicalProcessors())
                    .append(" (").append(record.availableProcessors()).append(") | ")
                    .append(record.jvm() == null ? "?" : record.jvm().vendor() + " " + record.jvm().version())
                    .append(" | ").append(headline(run.json(), record)).append(" | ")
                    .append(record.incomplete() == null ? "yes" : "no: " + record.incomplete().reason()).append(" |\n");
        }
        ResultsFolder.replace(root.resolve("README.md"), md.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The run's winner for CPU-bound work (range sum, else a user's kernel), the same one its report's verdict names. */
    static String headline(Path json, MachineRecord record) {
        try {
            SuiteRun suite = SuiteRun.of(JmhResultFile.read(json), record.availableProcessors());
            Workload w = suite.winner(Workload.RANGE_SUM).isPresent() ? Workload.RANGE_SUM : Workload.KERNEL;
            Optional<Point> winner = suite.winner(w);
            String what = w == Workload.KERNEL ? suite.title(w) + ", " : "";
            return winner.flatMap(b -> suite.speedup(b).map(s -> what + "n=" + Format.count(b.size()) + ": " + b.label()
                    + (b.workersSymbol().equals(WorkerCount.CORES) ? "" : " (" + b.workersSymbol() + ")") + " "
                    + Format.ratio(s, "×") + suite.ofCeiling(b).map(c -> ", " + Format.percent(c) + " of ceiling").orElse("")
                    + (s.known() ? "" : " (" + b.time().n() + (b.time().n() == 1 ? " fork" : " forks") + ": no interval)")))
                    .orElse("–");
        } catch (RuntimeException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}

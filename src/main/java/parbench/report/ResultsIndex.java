package parbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import parbench.machine.MachineRecord;
import parbench.report.SuiteAnalysis.Point;
import parbench.report.SuiteAnalysis.Workload;
import parbench.results.ResultsFolder;

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
                + "tables (`.md`), figures (`.csv`) and a speedup chart (`.png`). Written by `java -jar target/benchmarks.jar`; "
                + "never edited by hand. Compare runs with `java -jar target/benchmarks.jar compare A.json B.json`.\n\n");
        md.append("| run | date | machine | logical cores (available) | JVM | headline: range sum, best at workers = cores | complete |\n");
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

    static String headline(Path json, MachineRecord record) {
        try {
            SuiteAnalysis suite = SuiteAnalysis.of(JmhResultFile.read(json), record.availableProcessors());
            List<Long> sizes = suite.sizes(Workload.RANGE_SUM);
            if (sizes.isEmpty()) {
                return "–";
            }
            long n = sizes.get(sizes.size() - 1);
            Optional<Point> best = suite.at(Workload.RANGE_SUM, n).stream()
                    .filter(p -> "cores".equals(p.workersSymbol()) && !p.isSerial() && !p.isCeiling())
                    .min(Comparator.comparingDouble(p -> p.time().value()));
            return best.flatMap(b -> suite.speedup(b).map(s -> String.format(Locale.ROOT, "n=%,d: %s %s", n,
                    b.strategy(), s.ratio("×")) + suite.ofCeiling(b).map(c -> ", " + RunReport.pct(c) + " of ceiling").orElse("")))
                    .orElse("–");
        } catch (RuntimeException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}

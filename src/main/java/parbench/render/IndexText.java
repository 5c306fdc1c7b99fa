package parbench.render;

import java.util.List;
import java.util.Optional;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.catalog.Workers;
import parbench.catalog.Workload;
import parbench.machine.MachineRecord;

/** results/README.md in words: every run, newest first, with its machine, JVM and the verdict's choice. */
public final class IndexText {
    private IndexText() {
    }

    /**
     * One run of the index.
     *
     * @param analysis empty where the result file could not be read, with why in {@code unreadable}
     */
    public record Row(String stem, String reportLink, MachineRecord record, Optional<RunAnalysis> analysis, String unreadable) {
    }

    public static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("# Results\n\n");
        md.append("Every run of the suite, newest first: JMH's JSON untouched (`.json`), the machine (`.machine.json`), "
                + "tables (`.md`), figures (`.csv`), charts (`.png`, the stem's own speedup against workers, `-size-range-sum.png` time against size) and the uneven "
                + "tasks' traced timelines (`.timelines.json`). Written by `java -jar target/benchmarks.jar`; "
                + "never edited by hand. Compare runs with `java -jar target/benchmarks.jar compare A.json B.json`.\n\n");
        md.append("| run | date | machine | logical cores (available) | JVM | headline: range sum (or your kernel), the verdict's choice | complete |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            MachineRecord record = r.record();
            md.append("| [").append(r.stem()).append("](").append(r.reportLink()).append(") | ").append(record.date())
                    .append(" | ").append(record.name())
                    .append(" | ").append(record.logicalProcessors() == null ? "?" : record.logicalProcessors())
                    .append(" (").append(record.availableProcessors()).append(") | ")
                    .append(record.jvm() == null ? "?" : record.jvm().vendor() + " " + record.jvm().version())
                    .append(" | ").append(r.analysis().map(IndexText::headline).orElse("unreadable (" + r.unreadable() + ")"))
                    .append(" | ").append(record.incomplete() == null ? "yes" : "no: " + record.incomplete().reason()).append(" |\n");
        }
        return md.toString();
    }

    /** The run's winner for CPU-bound work (range sum, else a user's kernel), the same one its report's verdict names. */
    static String headline(RunAnalysis a) {
        return a.headline().map(h -> {
            String what = h.workload() == Workload.KERNEL ? a.suite().title(h.workload()) + ", " : "";
            SuiteRun.Point w = h.winner().point();
            return what + "n=" + Format.count(w.size()) + ": " + w.label()
                    + (w.workersSymbol().equals(Workers.CORES) ? "" : " (" + w.workersSymbol() + ")") + " "
                    + Format.ratio(h.speedup(), "×") + h.winner().share().map(c -> ", " + Format.percent(c) + " of the ceiling").orElse("")
                    + (h.speedup().known() ? "" : " (" + w.time().n() + (w.time().n() == 1 ? " fork" : " forks")
                            + ": no interval)")
                    + Optional.ofNullable(a.costs().get(h.workload())).flatMap(c -> c.model(w.series()))
                            .filter(m -> !m.neverCrosses()).map(m -> "; breaks even at " + Format.sizeRange(m.crossing())).orElse("");
        }).orElse("–");
    }
}

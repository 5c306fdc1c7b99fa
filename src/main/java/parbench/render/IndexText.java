package parbench.render;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parbench.analysis.HostSteal;
import parbench.analysis.PointFigures;
import parbench.analysis.RunAnalysis;
import parbench.analysis.RunKind;
import parbench.analysis.RunPool;
import parbench.analysis.SuiteRun;
import parbench.analysis.Verdict;
import parbench.catalog.Series;
import parbench.catalog.Workers;
import parbench.catalog.Workload;
import parbench.machine.MachineRecord;

/**
 * results/README.md in words: the runs of one suite pooled across runs ({@link AcrossRunsText}),
 * every run newest first with its machine, JVM, kind, host and the verdict's choice (a tie named as
 * one), and the saved comparisons.
 */
public final class IndexText {
    private IndexText() {
    }

    /**
     * One run of the index.
     *
     * @param analysis empty where the result file could not be read, with why in {@code unreadable}
     * @param kind     what kind of run it was, where it could be read
     */
    public record Row(String stem, String reportLink, MachineRecord record, Optional<RunAnalysis> analysis,
            Optional<RunKind> kind, String unreadable) {
    }

    /** A comparison saved under comparisons/: its file's stem and its path from the index. */
    public record Saved(String stem, String link) {
    }

    /** @param pools the runs of each suite with {@link RunPool#FEWEST_RUNS} or more runs here, pooled */
    public static String markdown(List<Row> rows, List<RunPool> pools, List<Saved> comparisons) {
        StringBuilder md = new StringBuilder();
        md.append("# Results\n\n");
        md.append("Every run of the suite, newest first: JMH's JSON untouched (`.json`), the machine (`.machine.json`), "
                + "tables (`.md`), figures (`.csv`), charts (`.png`, the stem's own speedup against workers, `-size-range-sum.png` time against size) and the uneven "
                + "tasks' traced timelines (`.timelines.json`). Written by `java -jar target/benchmarks.jar`; "
                + "never edited by hand. Compare two runs with `java -jar target/benchmarks.jar compare A.json B.json`, "
                + "several runs a side with `compare A1.json A2.json A3.json -- B1.json B2.json B3.json`.\n\n");
        AcrossRunsText.write(pools, rows, md);
        runs(rows, md);
        comparisons(comparisons, md);
        return md.toString();
    }

    private static void runs(List<Row> rows, StringBuilder md) {
        md.append("## Runs\n\n");
        md.append("Each run's own figures, with intervals over its forks. **kind**: default (the plan, in adaptive rounds; "
                + "\"N rounds\" where they were fixed, \"JMH's order\" without rounds), quick (no forks, no intervals), "
                + "kernel (your kernel), selection (a benchmark regex or -p left out part of the plan), as the machine "
                + "record and the rows say. **host**: busy where more than " + Format.percent(HostSteal.TOO_MANY)
                + " of the forks lost more than " + Format.percent(HostSteal.HIGH) + " of their CPU time to steal, whose "
                + "figures measure the host's other tenants as much as the strategies. **headline**: the verdict's choice "
                + "for range sum, or your kernel; a tie where the run could not rank the fastest strategies, which are "
                + "then named in table order.\n\n");
        md.append("| run | date | machine | logical cores (available) | JVM | kind | host | headline: range sum (or your kernel) |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            MachineRecord record = r.record();
            md.append("| [").append(r.stem()).append("](").append(r.reportLink()).append(") | ").append(record.date())
                    .append(" | ").append(record.name())
                    .append(" | ").append(record.logicalProcessors() == null ? "?" : record.logicalProcessors())
                    .append(" (").append(record.availableProcessors()).append(") | ")
                    .append(record.jvm() == null ? "?" : record.jvm().vendor() + " " + record.jvm().version())
                    .append(" | ").append(kind(r)).append(" | ").append(r.analysis().map(IndexText::host).orElse("–"))
                    .append(" | ").append(r.analysis().map(IndexText::headline).orElse("unreadable (" + r.unreadable() + ")"))
                    .append(" |\n");
        }
        md.append('\n');
    }

    /** "default", "default, 8 rounds", "quick", "selection; stopped: ..." */
    static String kind(Row r) {
        String kind = r.kind().map(k -> switch (k.kind()) {
            case QUICK -> "quick";
            case KERNEL -> "kernel";
            case SELECTION -> "selection";
            case DEFAULT -> "default" + k.fixedRounds().map(n -> ", " + n + " rounds").orElse(k.jmhOrder() ? ", JMH's order" : "");
        }).orElse("?");
        return kind + (r.record().incomplete() == null ? "" : "; stopped: " + r.record().incomplete().reason());
    }

    /** "quiet", "**busy**: 41 of 516 forks lost more than 10% to steal", or "–" where no fork recorded steal. */
    static String host(RunAnalysis a) {
        return a.steal().map(s -> s.busyHost() ? "**busy**: " + s.high() + " of " + s.forks() + " forks lost more than "
                + Format.percent(HostSteal.HIGH) + " to steal" : "quiet").orElse("–");
    }

    /** The run's choice for CPU-bound work (range sum, else a user's kernel), as its report's verdict words it. */
    static String headline(RunAnalysis a) {
        return a.headline().map(h -> {
            String what = h.workload() == Workload.KERNEL ? a.suite().title(h.workload()) + ", " : "";
            SuiteRun.Point w = h.winner().point();
            Optional<Verdict.Cpu> cpu = h.workload() == Workload.KERNEL ? a.verdict().kernel() : a.verdict().cpu();
            String at = w.workersSymbol().equals(Workers.CORES) ? "" : " (" + w.workersSymbol() + ")";
            String figures = Format.ratio(h.speedup(), "×")
                    + h.winner().share().map(c -> ", " + Format.percent(c) + " of the ceiling").orElse("")
                    + (h.speedup().known() ? "" : " (" + w.time().n() + (w.time().n() == 1 ? " fork" : " forks") + ": no interval)")
                    + Optional.ofNullable(a.costs().get(h.workload())).flatMap(c -> c.model(w.series()))
                            .filter(m -> !m.neverCrosses()).map(m -> "; breaks even at " + Format.sizeRange(m.crossing())).orElse("");
            String choice;
            if (h.speedup().known() && cpu.isPresent() && !cpu.get().beatsSerial()) {
                choice = "nothing beats serial; fastest measured " + w.label() + at + " " + figures;
            } else if (h.speedup().known() && cpu.isPresent() && !cpu.get().rivals().isEmpty()) {
                choice = "**a tie** (" + String.join("; ", tied(a, h.winner(), cpu.get().rivals())) + "), fastest measured "
                        + w.label() + at + " " + figures;
            } else {
                choice = w.label() + at + " " + figures;
            }
            return what + "n=" + Format.count(w.size()) + ": " + choice;
        }).orElse("–");
    }

    /** The winner and its rivals in the order the run's table lists them, so that one tie reads alike from run to run. */
    private static List<String> tied(RunAnalysis a, PointFigures winner, List<Series> rivals) {
        SuiteRun.Point w = winner.point();
        return a.figures().at(w.workload(), w.size()).stream().map(PointFigures::point)
                .filter(p -> p.workers() == w.workers() && (p.series().equals(w.series()) || rivals.contains(p.series())))
                .map(SuiteRun.Point::label).distinct().toList();
    }

    private static final Pattern SAVED = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(.+)-vs-(.+)");

    /** The comparisons saved with compare --save, newest first: when, and of what, as their names say. */
    private static void comparisons(List<Saved> saved, StringBuilder md) {
        if (saved.isEmpty()) {
            return;
        }
        md.append("## Comparisons\n\nSaved by `compare --save` under `comparisons/`, newest first.\n\n"
                + "| made (UTC) | baseline | compared with |\n|---|---|---|\n");
        for (Saved s : saved) {
            Matcher m = SAVED.matcher(s.stem());
            if (m.matches()) {
                md.append("| [").append(m.group(1)).append('-').append(m.group(2)).append('-').append(m.group(3)).append(' ')
                        .append(m.group(4)).append(':').append(m.group(5)).append(':').append(m.group(6)).append("](")
                        .append(s.link()).append(") | `").append(m.group(7)).append("` | `").append(m.group(8)).append("` |\n");
            } else {
                md.append("| [").append(s.stem()).append("](").append(s.link()).append(") | – | – |\n");
            }
        }
        md.append('\n');
    }
}

package parbench.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parbench.analysis.Comparison;
import parbench.analysis.Figures;
import parbench.analysis.PointFigures;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;

/**
 * The part of a comparison only this suite's files have: each strategy's speedup over the same
 * machine's serial loop and its share of that machine's ceiling, side by side per file.
 */
final class ScalingText {
    private ScalingText() {
    }

    static void write(Comparison c, StringBuilder md) {
        List<Figures> runs = c.figures();
        if (runs.stream().allMatch(r -> r.suite().isEmpty())) {
            return;
        }
        md.append("## Scaling\n\nWhat a parallelism suite compares across machines: each strategy's speedup over the "
                + "same machine's serial loop, and its share of that machine's ceiling (as each run's report has them).\n\n");
        for (Workload w : List.of(Workload.RANGE_SUM, Workload.SQUARES)) {
            c.scalingSize(w).ifPresent(n -> table(runs, w, n, md));
        }
    }

    private static void table(List<Figures> runs, Workload w, long size, StringBuilder md) {
        md.append("### ").append(w.title).append(", ").append(w.sizeParam).append(" = ").append(Format.count(size))
                .append("\n\n| strategy | workers |");
        for (int f = 0; f < runs.size(); f++) {
            md.append(" speedup ").append(CompareReport.letter(f)).append(" | share of the ceiling ")
                    .append(CompareReport.letter(f)).append(" |");
        }
        md.append("\n|---|---|").append("---|---|".repeat(runs.size())).append('\n');
        lines(runs, w, size).forEach((k, points) -> {
            md.append("| ").append(points.stream().filter(p -> p != null).findFirst().get().label()).append(" | ")
                    .append(k.substring(k.indexOf('|') + 1)).append(" |");
            for (int f = 0; f < runs.size(); f++) {
                md.append(cells(runs.get(f), points.get(f), w, size));
            }
            md.append('\n');
        });
        md.append('\n');
    }

    /** Every (series, workers symbol) of any file but serial, with each file's point or null. */
    private static Map<String, List<Point>> lines(List<Figures> runs, Workload w, long size) {
        Map<String, List<Point>> lines = new LinkedHashMap<>();
        for (int f = 0; f < runs.size(); f++) {
            for (Point p : runs.get(f).suite().at(w, size)) {
                if (p.isSerial()) {
                    continue;
                }
                List<Point> slot = lines.computeIfAbsent(p.series() + "|" + p.workersSymbol(), k -> {
                    List<Point> l = new ArrayList<>();
                    runs.forEach(r -> l.add(null));
                    return l;
                });
                slot.set(f, p);
            }
        }
        return lines;
    }

    private static String cells(Figures run, Point p, Workload w, long size) {
        if (p == null) {
            return " – | – |";
        }
        PointFigures f = run.of(p);
        return " " + f.speedup().map(x -> Format.ratio(x, "×")).orElse("?") + " | "
                + f.share().map(Format::percent).orElse("?") + " |";
    }
}

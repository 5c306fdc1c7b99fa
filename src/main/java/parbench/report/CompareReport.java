package parbench.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import parbench.machine.MachineRecord;
import parbench.machine.MachineText;
import parbench.report.Comparison.Cell;
import parbench.report.Comparison.Change;
import parbench.report.Comparison.Row;
import parbench.report.SuiteAnalysis.Point;
import parbench.report.SuiteAnalysis.Workload;

/** A comparison as Markdown (machines side by side, rows, geomean, scaling) or as CSV. */
public final class CompareReport {
    private CompareReport() {
    }

    public static String markdown(Comparison c) {
        StringBuilder md = new StringBuilder();
        List<Comparison.Input> in = c.inputs();
        md.append("# parbench compare\n\n");
        for (int f = 0; f < in.size(); f++) {
            md.append("- **").append(letter(f)).append("**").append(f == 0 ? " (baseline)" : "").append(": `")
                    .append(in.get(f).path()).append("`\n");
        }
        md.append('\n');
        machines(c, md);
        md.append("## Results\n\n");
        md.append("Medians of the raw iterations (all forks) ± the larger half of their distribution-free 95% interval "
                + "(\"± ?\" where fewer than 6 iterations cannot give one); "
                + "change = median / baseline median; p = two-sided Mann-Whitney U, n = iterations per side; "
                + "\"~\" = not significant at alpha = ").append(c.alpha()).append(". Units converted to seconds per "
                + "operation or operations per second; for time lower is better, for throughput higher is better.\n\n");
        md.append("| benchmark | params | mode |");
        for (int f = 0; f < in.size(); f++) {
            md.append(' ').append(letter(f)).append(" |");
        }
        for (int f = 1; f < in.size(); f++) {
            md.append(' ').append(letter(f)).append(" vs A | p (n) |");
        }
        md.append('\n').append("|---|---|---|").append("---|".repeat(in.size() + 2 * (in.size() - 1))).append('\n');
        for (Row row : c.matched()) {
            md.append("| ").append(row.first().shortName()).append(" | ").append(row.first().paramText()).append(" | ")
                    .append(row.first().mode()).append(" |");
            for (Cell cell : row.cells()) {
                md.append(' ').append(value(cell)).append(" |");
            }
            for (int f = 1; f < in.size(); f++) {
                Change ch = c.change(row, f);
                md.append(' ').append(changeText(ch)).append(" | ").append(pText(ch)).append(" (")
                        .append(row.cells().get(0).samples().length).append('+')
                        .append(row.cells().get(f).samples().length).append(") |");
            }
            md.append('\n');
        }
        md.append("| **geomean** | | |").append(" |".repeat(in.size()));
        for (int f = 1; f < in.size(); f++) {
            double g = c.geomean(f);
            md.append(' ').append(Double.isNaN(g) ? "–" : signedPercent(g)).append(" | |");
        }
        md.append("\n\n");
        if (!c.partial().isEmpty()) {
            md.append("## Rows not in every file\n\n| benchmark | params | mode | in |\n|---|---|---|---|\n");
            for (Row row : c.partial()) {
                List<String> where = new ArrayList<>();
                for (int f = 0; f < in.size(); f++) {
                    if (row.cells().get(f) != null) {
                        where.add(letter(f) + ": " + value(row.cells().get(f)));
                    }
                }
                md.append("| ").append(row.first().shortName()).append(" | ").append(row.first().paramText()).append(" | ")
                        .append(row.first().mode()).append(" | ").append(String.join("; ", where)).append(" |\n");
            }
            md.append('\n');
        }
        List<String> warnings = c.warnings();
        if (!warnings.isEmpty()) {
            md.append("## Warnings\n\n");
            warnings.forEach(w -> md.append("- ").append(w).append('\n'));
            md.append('\n');
        }
        scaling(c, md);
        return md.toString();
    }

    private static void machines(Comparison c, StringBuilder md) {
        List<Comparison.Input> in = c.inputs();
        md.append("## Machines\n\n| |");
        for (int f = 0; f < in.size(); f++) {
            md.append(' ').append(letter(f)).append(" |");
        }
        md.append(" |\n|---|").append("---|".repeat(in.size())).append("---|\n");
        List<Map<String, String>> fields = new ArrayList<>();
        for (Comparison.Input i : in) {
            fields.add(machineFields(i));
        }
        List<String> keys = new ArrayList<>();
        fields.forEach(m -> m.keySet().forEach(k -> {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }));
        for (String k : keys) {
            List<String> values = new ArrayList<>();
            fields.forEach(m -> values.add(m.getOrDefault(k, "–")));
            boolean differs = values.stream().distinct().count() > 1 && !k.equals("date") && !k.equals("record");
            md.append("| ").append(differs ? "**" + k + "**" : k).append(" |");
            values.forEach(v -> md.append(' ').append(differs ? "**" + v + "**" : v).append(" |"));
            md.append(differs ? " differs |" : " |").append('\n');
        }
        md.append('\n');
    }

    /** The machine record's fields, or what JMH itself kept of the JVM for a plain file. */
    static Map<String, String> machineFields(Comparison.Input i) {
        Map<String, String> f = new LinkedHashMap<>();
        MachineRecord m = i.machine();
        if (m != null) {
            f.put("record", "machine record");
            f.putAll(MachineText.fields(m));
            f.remove("suite version");
        } else {
            f.put("record", "no machine record");
        }
        BenchmarkRow.JvmFields j = i.rows().get(0).jvm();
        f.put("JVM (from JMH)", Objects.toString(j.vmName(), "?") + " " + Objects.toString(j.jdkVersion(), "?"));
        f.put("JMH", Objects.toString(j.jmhVersion(), "before 1.19"));
        return f;
    }

    private static void scaling(Comparison c, StringBuilder md) {
        Optional<List<SuiteAnalysis>> suites = c.suites();
        if (suites.isEmpty()) {
            return;
        }
        List<SuiteAnalysis> s = suites.get();
        md.append("## Scaling\n\nWhat a parallelism suite compares across machines: each strategy's speedup over the "
                + "same machine's serial loop, and its efficiency against that machine's measured ceiling.\n\n");
        for (Workload w : List.of(Workload.RANGE_SUM, Workload.SQUARES)) {
            List<Long> sizes = new ArrayList<>(s.get(0).sizes(w));
            for (int f = 1; f < s.size(); f++) {
                sizes.retainAll(s.get(f).sizes(w));
            }
            if (sizes.isEmpty()) {
                continue;
            }
            long size = sizes.get(sizes.size() - 1);
            md.append("### ").append(w.title).append(", ").append(w.sizeParam).append(" = ")
                    .append(String.format(Locale.ROOT, "%,d", size)).append("\n\n| strategy | workers |");
            for (int f = 0; f < s.size(); f++) {
                md.append(" speedup ").append(letter(f)).append(" | of ceiling ").append(letter(f)).append(" |");
            }
            md.append("\n|---|---|").append("---|---|".repeat(s.size())).append('\n');
            Map<String, List<Point>> byName = new LinkedHashMap<>();
            for (int f = 0; f < s.size(); f++) {
                for (Point p : s.get(f).at(w, size)) {
                    if (p.isSerial()) {
                        continue;
                    }
                    List<Point> slot = byName.computeIfAbsent(p.strategy() + "|" + p.workersSymbol(), k -> {
                        List<Point> l = new ArrayList<>();
                        for (int i = 0; i < s.size(); i++) {
                            l.add(null);
                        }
                        return l;
                    });
                    slot.set(f, p);
                }
            }
            byName.forEach((k, pts) -> {
                String[] parts = k.split("\\|");
                md.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" |");
                for (int f = 0; f < s.size(); f++) {
                    Point p = pts.get(f);
                    SuiteAnalysis a = s.get(f);
                    if (p == null) {
                        md.append(" – | – |");
                    } else if (p.isCeiling()) {
                        md.append(' ').append(a.ceilingSpeedup(w, size).map(x -> x.ratio("×")).orElse("?")).append(" | 100% |");
                    } else {
                        md.append(' ').append(a.speedup(p).map(x -> x.ratio("×")).orElse("?")).append(" | ")
                                .append(a.ofCeiling(p).map(RunReport::pct).orElse("?")).append(" |");
                    }
                }
                md.append('\n');
            });
            md.append('\n');
        }
    }

    public static String csv(Comparison c) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("benchmark", "mode", "threads", "params", "unit", "file", "baseline", "n", "median",
                    "ci_low", "ci_high", "baseline_n", "baseline_median", "baseline_ci_low", "baseline_ci_high",
                    "ratio", "p", "significant", "verdict");
            for (Row row : c.matched()) {
                Cell base = row.cells().get(0);
                for (int f = 1; f < c.inputs().size(); f++) {
                    Cell cell = row.cells().get(f);
                    Change ch = c.change(row, f);
                    csv.printRecord(row.first().benchmark(), row.first().mode(), row.first().threads(),
                            row.first().paramText(), cell.baseUnit(), c.inputs().get(f).path(), c.inputs().get(0).path(),
                            cell.summary().n(), cell.summary().median(), cell.summary().lo(), cell.summary().hi(),
                            base.summary().n(), base.summary().median(), base.summary().lo(), base.summary().hi(),
                            ch.ratio(), ch.p(), ch.significant(), ch.words());
                }
            }
            for (Row row : c.partial()) {
                for (int f = 0; f < c.inputs().size(); f++) {
                    Cell cell = row.cells().get(f);
                    if (cell != null) {
                        csv.printRecord(row.first().benchmark(), row.first().mode(), row.first().threads(),
                                row.first().paramText(), cell.baseUnit(), c.inputs().get(f).path(), "", cell.summary().n(),
                                cell.summary().median(), cell.summary().lo(), cell.summary().hi(), "", "", "", "", "", "",
                                "", "only in " + c.inputs().get(f).path());
                    }
                }
            }
        }
        return out.toString();
    }

    static String letter(int f) {
        return String.valueOf((char) ('A' + f));
    }

    private static String value(Cell cell) {
        Stats.Summary s = cell.summary();
        String v = Units.value(s.median(), cell.baseUnit());
        return v + " ± " + new Interval(s.median(), s.lo(), s.hi()).halfWidthPercent();
    }

    private static String changeText(Change ch) {
        if (ch.unitMismatch()) {
            return ch.words();
        }
        String pct = signedPercent(ch.ratio());
        return ch.significant() ? pct + " (" + ch.words() + ")" : "~ (" + pct + ")";
    }

    private static String pText(Change ch) {
        return Double.isNaN(ch.p()) ? "–" : String.format(Locale.ROOT, ch.p() < 0.001 ? "p=%.1e" : "p=%.3f", ch.p());
    }

    static String signedPercent(double ratio) {
        double pct = (ratio - 1) * 100;
        if (Math.abs(pct) < 0.05) {
            pct = 0; // no "-0.0%" from rounding in unit conversion
        }
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }
}

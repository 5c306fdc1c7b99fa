package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parbench.analysis.Comparison;
import parbench.analysis.Comparison.Cell;
import parbench.analysis.Comparison.Change;
import parbench.analysis.Comparison.Row;
import parbench.analysis.Gate;
import parbench.analysis.RowMedian;
import parbench.stats.TestResult;

/** A comparison as Markdown: machines side by side, rows, geomean, the gate, warnings, scaling. */
public final class CompareReport {
    private CompareReport() {
    }

    /** @param gate the regression gate's decision, where --max-regression asked for one */
    public static String markdown(Comparison c, java.util.Optional<Gate> gate) {
        StringBuilder md = new StringBuilder();
        List<Comparison.Input> in = c.inputs();
        md.append("# parbench compare\n\n");
        for (int f = 0; f < in.size(); f++) {
            md.append("- **").append(letter(f)).append("**").append(f == 0 ? " (baseline)" : "").append(": `")
                    .append(in.get(f).path()).append("`\n");
        }
        md.append('\n');
        machines(c, md);
        results(c, md);
        gate.ifPresent(g -> gate(c, g, md));
        partial(c, md);
        warnings(c, md);
        ScalingText.write(c, md);
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
            fields.add(MachineSummary.fields(i.machine(), i.rows().get(0).jvm()));
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

    private static void results(Comparison c, StringBuilder md) {
        int files = c.inputs().size();
        md.append("## Results\n\n");
        md.append("Each file's median over forks of each fork's median, ± the larger half of its 95% interval "
                + "(\"± ?\" where fewer than ").append(RowMedian.FEWEST_FORKS)
                .append(" forks cannot give one, however many iterations each ran: the median its report prints). Change = other / "
                + "baseline, with the test it goes with: where both files have two forks or more, the forks are the "
                + "samples, and p is Welch's t on the logs of fork medians (t), the change the ratio of their geometric "
                + "means; where a file has one fork, iterations stand in (see Warnings), p is a Mann-Whitney U test (U) and "
                + "the change the Hodges-Lehmann shift. p is two-sided; n = forks or iterations per side; \"~\" = not "
                + "significant at alpha = ")
                .append(c.alpha())
                .append(c.normalized() ? "; with --normalize a change is significant only where it differs both from no "
                        + "change and from its file's whole-run shift (p is the larger of the two)" : "")
                .append(". Units converted to seconds per operation or operations per second; for time lower is better, "
                + "for throughput higher is better.\n\n");
        md.append("| benchmark | params | mode |");
        for (int f = 0; f < files; f++) {
            md.append(' ').append(letter(f)).append(" |");
        }
        for (int f = 1; f < files; f++) {
            md.append(' ').append(letter(f)).append(" vs A | p (n) |");
        }
        md.append('\n').append("|---|---|---|").append("---|".repeat(files + 2 * (files - 1))).append('\n');
        for (Row row : c.matched()) {
            md.append("| ").append(row.first().shortName()).append(" | ").append(row.first().paramText()).append(" | ")
                    .append(row.first().mode()).append(" |");
            for (Cell cell : row.cells()) {
                md.append(' ').append(value(cell)).append(" |");
            }
            for (int f = 1; f < files; f++) {
                Change ch = row.change(f);
                md.append(' ').append(changeText(row, f)).append(" | ").append(pText(ch.test())).append(" (")
                        .append(ch.test().n1()).append('+').append(ch.test().n2())
                        .append(ch.forkLevel() ? " forks, t" : " it., U").append(") |");
            }
            md.append('\n');
        }
        md.append("| **geomean** | | |").append(" |".repeat(files));
        for (int f = 1; f < files; f++) {
            double g = c.geomean(f);
            md.append(' ').append(Double.isNaN(g) ? "–" : Format.signedPercent(g)).append(" | |");
        }
        md.append("\n| **whole-run shift** (median change) | | |").append(" |".repeat(files));
        for (int f = 1; f < files; f++) {
            md.append(' ').append(Format.signedPercent(c.shift(f))).append(c.normalized() ? " (judged against)" : "").append(" | |");
        }
        md.append("\n\n");
    }

    private static void gate(Comparison c, Gate g, StringBuilder md) {
        md.append("## Gate: --max-regression ").append(Format.percent(g.threshold())).append("\n\n");
        md.append("Each row's one-sided test of \"worse by more than ").append(Format.percent(g.threshold()))
                .append("\" (time up, or throughput down), Holm's correction over the ").append(g.tests())
                .append(" tests, so that an unchanged pair names a row with probability at most alpha = ").append(g.alpha())
                .append(c.normalized() ? "; with --normalize a row must be worse beyond it both against the baseline and "
                        + "against its file's whole-run shift" : "").append(".\n\n");
        if (!g.fires()) {
            md.append("**Passes**: no row is a significant regression beyond ").append(Format.percent(g.threshold()))
                    .append(".\n\n");
            return;
        }
        md.append("**Fails**: ").append(g.regressions().size()).append(" row(s) are significant regressions beyond ")
                .append(Format.percent(g.threshold())).append(":\n\n| benchmark | params | mode | file | change | p (one-sided) |\n|---|---|---|---|---|---|\n");
        for (Gate.Regression r : g.regressions()) {
            Change ch = r.row().change(r.file());
            md.append("| ").append(r.row().first().shortName()).append(" | ").append(r.row().first().paramText()).append(" | ")
                    .append(r.row().first().mode()).append(" | ").append(letter(r.file())).append(" | ")
                    .append(Format.signedPercent(ch.ratio())).append(" [").append(Format.signedPercent(ch.interval().lo()))
                    .append(", ").append(Format.signedPercent(ch.interval().hi())).append("] | ")
                    .append(pNumber(r.p())).append(" |\n");
        }
        md.append('\n');
    }

    private static void partial(Comparison c, StringBuilder md) {
        if (c.partial().isEmpty()) {
            return;
        }
        md.append("## Rows not in every file\n\n| benchmark | params | mode | in |\n|---|---|---|---|\n");
        for (Row row : c.partial()) {
            List<String> where = new ArrayList<>();
            for (int f = 0; f < c.inputs().size(); f++) {
                if (row.cells().get(f) != null) {
                    where.add(letter(f) + ": " + value(row.cells().get(f)));
                }
            }
            md.append("| ").append(row.first().shortName()).append(" | ").append(row.first().paramText()).append(" | ")
                    .append(row.first().mode()).append(" | ").append(String.join("; ", where)).append(" |\n");
        }
        md.append('\n');
    }

    /** Rows that cannot be compared as the same thing, and comparisons too small to ever be significant. */
    static List<String> warningLines(Comparison c) {
        List<String> warnings = new ArrayList<>();
        for (Row row : c.matched()) {
            for (int f = 1; f < c.inputs().size(); f++) {
                if (row.change(f).unitMismatch()) {
                    warnings.add(row.first().shortName() + " " + row.first().paramText() + ": " + words(row, f));
                }
            }
        }
        int iterationLevel = c.iterationLevel();
        if (iterationLevel > 0) {
            warnings.add(iterationLevel + " comparison(s) have a file with one fork: JVM-to-JVM variation is not "
                    + "measured, and their p-values treat iterations as independent samples, which they are not "
                    + "(two runs of the same jar can then differ \"significantly\"). Runs of " + RowMedian.FEWEST_FORKS
                    + " forks or more (-f) are compared fork by fork.");
        }
        int undetectable = c.undetectable();
        if (undetectable > 0) {
            warnings.add(undetectable + " comparison(s) have too few samples to ever be significant: need "
                    + c.samplesNeeded() + " samples per side to detect a difference at alpha level "
                    + c.alpha() + "; they show ~ whatever the change");
        }
        c.mixedModes().forEach((k, modes) -> warnings.add(k + " was measured in different modes ("
                + String.join(", ", modes) + "): those rows are not matched"));
        return warnings;
    }

    private static void warnings(Comparison c, StringBuilder md) {
        List<String> warnings = warningLines(c);
        if (!warnings.isEmpty()) {
            md.append("## Warnings\n\n");
            warnings.forEach(w -> md.append("- ").append(w).append('\n'));
            md.append('\n');
        }
    }

    static String letter(int f) {
        return String.valueOf((char) ('A' + f));
    }

    private static String value(Cell cell) {
        return Format.median(cell.median(), cell.baseUnit());
    }

    /** What a change is called: "~", "better: faster", "worse: less throughput", "units differ (...)", "no samples". */
    static String words(Row row, int f) {
        Change ch = row.change(f);
        if (ch.unitMismatch()) {
            return "units differ (" + row.cells().get(0).baseUnit() + " vs " + row.cells().get(f).baseUnit() + ")";
        }
        if (!ch.comparable()) {
            return "no samples";
        }
        return verdict(ch.significant(), ch.ratio(), ch.lowerBetter());
    }

    /** A change in words: "~" where it is not significant, else "better: faster", "worse: less throughput" and so on. */
    static String verdict(boolean significant, double ratio, boolean lowerBetter) {
        if (!significant) {
            return "~";
        }
        boolean up = ratio > 1;
        String direction = lowerBetter ? (up ? "slower" : "faster") : (up ? "more throughput" : "less throughput");
        return (up != lowerBetter ? "better: " : "worse: ") + direction;
    }

    /** p as the tables print it: "p=0.012", "p=3.1e-05", "–" without a test. */
    static String pText(double p) {
        return Double.isNaN(p) ? "–" : "p=" + pNumber(p);
    }

    /** "0.012", "3.1e-05". */
    static String pNumber(double p) {
        return String.format(Locale.ROOT, p < 0.001 ? "%.1e" : "%.3f", p);
    }

    private static String changeText(Row row, int f) {
        Change ch = row.change(f);
        if (ch.unitMismatch() || !ch.comparable()) {
            return words(row, f);
        }
        String pct = Format.signedPercent(ch.ratio());
        return ch.significant() ? pct + " (" + words(row, f) + ")" : "~ (" + pct + ")";
    }

    private static String pText(TestResult t) {
        return pText(t.p());
    }
}

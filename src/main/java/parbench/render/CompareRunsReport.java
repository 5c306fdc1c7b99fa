package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.Comparison;
import parbench.analysis.RunFigure;
import parbench.analysis.RunsComparison;
import parbench.analysis.RunsComparison.Row;
import parbench.analysis.RunsComparison.Sides;
import parbench.analysis.RunsGate;
import parbench.analysis.SuiteKey;
import parbench.catalog.Workload;
import parbench.machine.MachineRecord;
import parbench.stats.Estimate;

/**
 * Several runs a side ({@code compare A1 A2 -- B1 B2}) as Markdown: the runs, each row pooled over
 * each side's runs with the change and its run-level test, the gate, rows some run lacks, warnings,
 * and the speedups and shares the same way.
 */
public final class CompareRunsReport {
    private CompareRunsReport() {
    }

    /** @param gate the regression gate's decision, where --max-regression asked for one */
    public static String markdown(RunsComparison c, Optional<RunsGate> gate) {
        StringBuilder md = new StringBuilder("# parbench compare: runs\n\n");
        side(md, "A", " (baseline)", c.base());
        side(md, "B", "", c.other());
        md.append('\n');
        runs(c, md);
        results(c, md);
        gate.ifPresent(g -> gate(g, md));
        partial(c, md);
        List<String> warnings = warnings(c);
        if (!warnings.isEmpty()) {
            md.append("## Warnings\n\n");
            warnings.forEach(w -> md.append("- ").append(w).append('\n'));
            md.append('\n');
        }
        scaling(c, md);
        return md.toString();
    }

    private static void side(StringBuilder md, String letter, String role, RunsComparison.Side side) {
        md.append("- **").append(letter).append("**").append(role).append(", ").append(runs(side.inputs().size())).append(": ");
        md.append(String.join(", ", side.inputs().stream().map(in -> "`" + in.path() + "`").toList())).append('\n');
    }

    static String runs(int n) {
        return n == 1 ? "1 run" : n + " runs";
    }

    private static void runs(RunsComparison c, StringBuilder md) {
        md.append("## Runs\n\n| side | run | machine | JDK | started | suite |\n|---|---|---|---|---|---|\n");
        for (int s = 0; s < 2; s++) {
            RunsComparison.Side side = s == 0 ? c.base() : c.other();
            for (Comparison.Input in : side.inputs()) {
                MachineRecord m = in.machine();
                md.append("| ").append(s == 0 ? "A" : "B").append(" | ").append(in.label()).append(" | ")
                        .append(m == null ? "no record" : m.name()).append(" | ")
                        .append(m == null || m.jvm() == null ? in.rows().get(0).jvm().jdkVersion() : m.jvm().version()).append(" | ")
                        .append(m == null || m.date() == null ? "–" : m.date()).append(" | ")
                        .append(suite(SuiteKey.of(m))).append(" |\n");
            }
        }
        md.append('\n');
    }

    /** A suite hash's first 12 characters, as a reader matches them by eye; "not recorded" without one. */
    static String suite(SuiteKey key) {
        return key.suiteHash() == null ? "not recorded" : "`" + key.suiteHash().substring(0, Math.min(12, key.suiteHash().length())) + "`";
    }

    private static void results(RunsComparison c, StringBuilder md) {
        md.append("## Results\n\n");
        md.append("Runs are the samples. Each run's median over forks (as its report prints it) is one sample; each side is "
                + "their geometric mean, ± the larger half of its 95% interval, a t interval over the side's runs with runs − 1 "
                + "degrees of freedom (df): it covers how far runs of one jar move with the host's hour, which no interval "
                + "over one run's forks does. B vs A = the ratio of the sides' geometric means, with its interval at 1 − alpha; "
                + "p is Welch's t on the logs of the runs' medians, two-sided; n = runs per side; \"~\" = not significant at "
                + "alpha = ").append(c.alpha()).append(". Units converted to seconds per operation or operations per second; "
                + "for time lower is better, for throughput higher is better.\n\n");
        int a = c.base().inputs().size();
        int b = c.other().inputs().size();
        md.append("| benchmark | params | mode | A: ").append(runs(a)).append(" (df ").append(a - 1).append(") | B: ")
                .append(runs(b)).append(" (df ").append(b - 1).append(") | B vs A | p (runs) |\n|---|---|---|---|---|---|---|\n");
        for (Row row : c.rows()) {
            if (!row.comparable()) {
                continue;
            }
            Sides s = row.sides();
            md.append("| ").append(row.first().shortName()).append(" | ").append(row.first().paramText()).append(" | ")
                    .append(row.first().mode()).append(" | ").append(Format.median(s.basePool().mean(), row.baseUnit()))
                    .append(" | ").append(Format.median(s.otherPool().mean(), row.baseUnit())).append(" | ")
                    .append(change(s, verdict(row)))
                    .append(" | ").append(p(s)).append(" |\n");
        }
        double g = c.geomean();
        md.append("| **geomean** | | | | | ").append(Double.isNaN(g) ? "–" : Format.signedPercent(g)).append(" | |\n\n");
    }

    /** A row's change in words: "~", or "better: faster", "worse: less throughput" and so on. */
    static String verdict(Row row) {
        return CompareReport.verdict(row.sides().change().significant(), row.sides().change().ratio().value(), row.lowerBetter());
    }

    /** A speedup's or share's change in words: "~", "higher" or "lower". */
    static String verdict(RunsComparison.FigureRow f) {
        return !f.sides().change().significant() ? "~" : f.sides().change().ratio().value() > 1 ? "higher" : "lower";
    }

    /** "+5.3% [+2.1%, +8.6%] (worse: slower)" where significant, else "~ (+1.2% [-3.1%, +5.6%])". */
    private static String change(Sides s, String verdict) {
        String pct = Format.signedPercent(s.change().ratio());
        return s.change().significant() ? pct + " (" + verdict + ")" : "~ (" + pct + ")";
    }

    /** "p=0.041 (3+3)". */
    private static String p(Sides s) {
        return CompareReport.pText(s.change().test().p()) + " (" + s.change().test().n1() + "+" + s.change().test().n2() + ")";
    }

    private static void gate(RunsGate g, StringBuilder md) {
        md.append("## Gate: --max-regression ").append(Format.percent(g.threshold())).append("\n\n");
        md.append("Each row's one-sided test of \"worse by more than ").append(Format.percent(g.threshold()))
                .append("\" (time up, or throughput down), Welch's t on the logs of the runs' medians, Holm's correction over the ")
                .append(g.tests()).append(" rows, so that two sides of one jar name a row with probability at most alpha = ")
                .append(g.alpha()).append(".\n\n");
        if (!g.fires()) {
            md.append("**Passes**: no row is a significant regression beyond ").append(Format.percent(g.threshold())).append(".\n\n");
            return;
        }
        md.append("**Fails**: ").append(g.regressions().size()).append(" row(s) are significant regressions beyond ")
                .append(Format.percent(g.threshold())).append(":\n\n| benchmark | params | mode | change | p (one-sided) |\n|---|---|---|---|---|\n");
        for (RunsGate.Regression r : g.regressions()) {
            md.append("| ").append(r.row().first().shortName()).append(" | ").append(r.row().first().paramText()).append(" | ")
                    .append(r.row().first().mode()).append(" | ").append(Format.signedPercent(r.row().sides().change().ratio()))
                    .append(" | ").append(CompareReport.pNumber(r.p())).append(" |\n");
        }
        md.append('\n');
    }

    private static void partial(RunsComparison c, StringBuilder md) {
        if (c.partial().isEmpty()) {
            return;
        }
        md.append("## Rows not in every run\n\nListed, not compared: a side's pool is over every one of its runs.\n\n"
                + "| benchmark | params | mode | in |\n|---|---|---|---|\n");
        for (RunsComparison.Partial p : c.partial()) {
            md.append("| ").append(p.first().shortName()).append(" | ").append(p.first().paramText()).append(" | ")
                    .append(p.first().mode()).append(" | A: ").append(p.baseRuns()).append(" of ").append(c.base().inputs().size())
                    .append("; B: ").append(p.otherRuns()).append(" of ").append(c.other().inputs().size()).append(" |\n");
        }
        md.append('\n');
    }

    /** Too few runs for the test, sides not known to be of one suite, rows in different units. */
    static List<String> warnings(RunsComparison c) {
        List<String> warnings = new ArrayList<>();
        if (c.tooFewRuns()) {
            warnings.add("A side has fewer than " + c.runsNeeded() + " runs (A " + c.base().inputs().size() + ", B "
                    + c.other().inputs().size() + "): need " + c.runsNeeded() + " runs a side for the run-level test to "
                    + "reject at any alpha, as one run has no spread between runs to test against; every change shows ~ "
                    + "whatever it is. Two files without -- are compared fork by fork.");
        }
        agreement("A", c.base(), warnings);
        agreement("B", c.other(), warnings);
        for (Row row : c.unitMismatches()) {
            warnings.add(row.first().shortName() + " " + row.first().paramText() + ": units differ between runs: not compared");
        }
        return warnings;
    }

    private static void agreement(String letter, RunsComparison.Side side, List<String> warnings) {
        int n = side.inputs().size();
        if (n < 2 || side.agreement() == SuiteKey.Agreement.ONE_SUITE) {
            return;
        }
        if (side.agreement() == SuiteKey.Agreement.UNVERIFIED) {
            warnings.add(letter + "'s runs are not known to be of one suite: their machine and JDK agree, and "
                    + (n - side.named()) + " of its " + n + " records name no suite hash (records from before it), so "
                    + "that they are runs of one jar rests on whoever named them.");
            return;
        }
        warnings.add(letter + "'s runs are not of one suite: their machines, JDKs or suite hashes differ, or a run has no "
                + "machine record; the spread between them holds those differences as well as the host's hour.");
    }

    private static void scaling(RunsComparison c, StringBuilder md) {
        List<Workload> workloads = List.of(Workload.RANGE_SUM, Workload.SQUARES).stream()
                .filter(w -> c.scalingSize(w).isPresent()).toList();
        if (workloads.isEmpty()) {
            return;
        }
        md.append("## Scaling\n\nEach strategy's speedup over its own run's serial loop and its share of that run's ceiling "
                + "(as each run's report has them), pooled over each side's runs and tested as the rows above.\n\n");
        for (Workload w : workloads) {
            long n = c.scalingSize(w).orElseThrow();
            md.append("### ").append(w.title).append(", ").append(w.sizeParam).append(" = ").append(Format.count(n))
                    .append("\n\n| strategy | workers | figure | A | B | B vs A | p (runs) |\n|---|---|---|---|---|---|---|\n");
            for (RunsComparison.FigureRow f : c.figures()) {
                RunFigure fig = f.figure();
                if (fig.workload() == w && fig.size() == n) {
                    Sides s = f.sides();
                    md.append("| ").append(fig.strategy()).append(" | ").append(fig.workers()).append(" | ")
                            .append(figureName(fig)).append(" | ").append(figureValue(fig, s.basePool().mean())).append(" | ")
                            .append(figureValue(fig, s.otherPool().mean())).append(" | ")
                            .append(change(s, verdict(f))).append(" | ").append(p(s))
                            .append(" |\n");
                }
            }
            md.append('\n');
        }
    }

    static String figureName(RunFigure f) {
        return f.kind() == RunFigure.Kind.SPEEDUP ? "speedup" : f.kind() == RunFigure.Kind.SHARE ? "share of the ceiling" : "time";
    }

    /** A figure as the tables print it: a speedup "1.90× [1.85, 1.95]", a share "95% [93%, 97%]", a time "9.06 ms ± 2.1%". */
    static String figureValue(RunFigure f, Estimate e) {
        return f.kind() == RunFigure.Kind.SHARE ? Format.percent(e) : f.kind() == RunFigure.Kind.SPEEDUP
                ? Format.ratio(e, "×") : Format.timeWithError(e);
    }
}

package parbench.render;

import java.util.List;
import java.util.Locale;
import parbench.analysis.Pairing;
import parbench.analysis.PointFigures;
import parbench.analysis.RowMedian;
import parbench.analysis.SuiteRun;

/** How to read a report: what each figure is, how its interval is made, and what the marks mean. */
final class Vocabulary implements ReportSection {
    private final SuiteRun suite;

    Vocabulary(SuiteRun suite) {
        this.suite = suite;
    }

    @Override
    public void write(Markdown md) {
        md.line("## How to read this").line("");
        md.line("- **time**: the median over forks of each fork's median iteration, ± the larger half of its 95% "
                + "confidence interval over forks (order statistics interpolated, Hettmansperger-Sheather; needs at least "
                + RowMedian.FEWEST_FORKS + " forks, \"± ?\" below that). A fork is one JVM run and the "
                + "unit of replication: iterations within a fork share its JIT decisions and the host's minute, so they "
                + "are not counted as independent (Kalibera and Jones, ISMM 2013). Why fork medians and interpolated order "
                + "statistics: they assume no distribution, a slow fork moves them little, and on simulated runs with "
                + "known truth their 95% intervals cover it 95% of the time with 8 forks, where intervals over pooled "
                + "iterations covered it 77% of the time.");
        md.line("- **speedup**, **share of the ceiling**, overheads: the ratio (or difference) of two configurations' forks. "
                + "An interleaved run measures a block (a workload at one size: serial, the ceiling and the strategies) "
                + "back to back once per round, so both sides share the host's minute; where two configurations ran in "
                + "at least " + Pairing.FEWEST_PAIRS + " of the same block rounds, and pairing narrows the block's ratios "
                + "against serial and the ceiling by a tenth on the whole (where the forks of a round do not share the "
                + "host's drift it does not), the forks of a round are paired: the Hodges-Lehmann estimate of the "
                + "rounds' ratios with the interval of the Wilcoxon signed-rank test. Otherwise (fewer rounds in common, "
                + "pairing that does not pay, or a plain JMH file) the Hodges-Lehmann estimate over all their forks "
                + "with the distribution-free interval of the Mann-Whitney test." + pairings());
        md.line("- **CPU time vs serial**: what a speedup costs, busy cores × time against serial's time, fork by fork: "
                + "\"1.9× faster for 2.1× the CPU\" is the speedup beside this. Serial's own figure is its busy cores "
                + "(about 1; above 1 by what else the machine did).");
        md.line("- **cost model**: time = a + b × size per strategy, fitted to each round's forks, so that the "
                + "break-even n* is found between the sizes measured rather than at one of them.");
        md.line("- **efficiency vs ideal**: speedup / workers. **share of the ceiling**: speedup / the ceiling, where the "
                + "ceiling is what independent JMH threads, one per available processor, got on this machine in this run "
                + "(the ceiling's time / (its threads × this time)); where they measured above their ideal (one per thread), "
                + "that is the host's noise and no bound, and the ceiling is the ideal: the share is speedup / the threads. "
                + "The verdict, the tables, the CSV, the index and compare print this one share.");
        md.line("- **busy cores**: system CPU load × logical processors over each whole iteration (OSHI), child processes "
                + "included; for squares that includes the serial clearing and checking of the array around every call, "
                + "which are not in the measured time.");
        md.line("- ⚠ **inconclusive**: the speedup interval contains 1, so this run cannot say whether it beats serial. "
                + "~ **noisy**: the time's interval is wider than ±" + Format.percent(PointFigures.WIDE) + ". "
                + "↘ **still warming up**: the forks' medians lie more than " + Format.percent(PointFigures.WARMING)
                + " above their last iterations (median over forks): measured before steady state.");
        md.line("- Compare strategies within one run; across runs or machines use `compare`.");
        md.line("");
    }

    /** Which blocks of this run paired their forks, with the widths that decided it. */
    private String pairings() {
        List<String> blocks = suite.pairings().stream().map(p -> suite.title(p.workload()) + " "
                + (p.workload().sizeParam == null ? "" : p.workload().sizeParam + " = " + Format.count(p.size()) + " ")
                + (p.choice().paired() ? "paired" : "unpaired") + String.format(Locale.ROOT,
                        " (mean log width of its %d ratios: %.3f paired, %.3f unpaired)", p.choice().ratios(),
                        p.choice().pairedWidth(), p.choice().unpairedWidth()))
                .toList();
        return blocks.isEmpty() ? "" : " In this run: " + String.join("; ", blocks) + ".";
    }
}

package parbench.render;

import parbench.analysis.RunCheck;
import parbench.analysis.RunPool;
import parbench.stats.AcrossRuns;

/**
 * What a run's intervals cover, and what covers the rest: the report's section "Across runs". Its
 * intervals are within the run; where three or more earlier runs of its suite are in its folder,
 * each headline figure against where those runs put the next run's, and how many of all the figures
 * they share fell outside.
 */
final class EarlierRunsText implements ReportSection {
    private final RunCheck.Earlier earlier;

    EarlierRunsText(RunCheck.Earlier earlier) {
        this.earlier = earlier;
    }

    @Override
    public void write(Markdown md) {
        md.line("## Across runs").line("");
        md.line("The intervals in this report cover the variation within this run only: its forks and, where it ran in "
                + "rounds, its rounds. Runs of one jar on one machine move further than that with the host's hour (what "
                + "else the machine runs, its clock, where each JVM lands), so another run's figures can fall outside these "
                + "intervals with nothing changed. What covers it: the results index (results/README.md), which pools "
                + RunPool.FEWEST_RUNS + " or more runs of one suite (machine, JDK and suite hash) with intervals across "
                + "runs and the next run's prediction interval, and `compare A1 A2 A3 -- B1 B2 B3`, which compares runs "
                + "a side at the run level.").line("");
        if (!earlier.key().known()) {
            md.line("This run's record names no suite (a record from before the suite hash, or a plain JMH file), so it "
                    + "is not checked against earlier runs.").line("");
            return;
        }
        String suite = earlier.key().machine() + ", JDK " + earlier.key().jdkFeature() + ", suite "
                + CompareRunsReport.suite(earlier.key());
        if (earlier.check().isEmpty()) {
            md.line(earlier.earlier() + " earlier run" + (earlier.earlier() == 1 ? "" : "s") + " of its suite (" + suite
                    + ") " + (earlier.earlier() == 1 ? "is" : "are") + " in its folder; with " + RunPool.FEWEST_RUNS
                    + " or more, this section says whether its headline figures fall where they put the next run's.").line("");
            return;
        }
        check(earlier.check().get(), suite, md);
    }

    private static void check(RunCheck c, String suite, Markdown md) {
        int k = c.against().runs().size();
        md.line("Against the " + k + " earlier runs of its suite in its folder (" + suite + "): "
                + String.join(", ", c.against().runs()) + ". Each headline figure of this run beside those runs' pool and "
                + "where they put the next run's figure (their 95% prediction interval, a t over " + k + " runs, df "
                + (k - 1) + "); about one figure in twenty falls outside it by chance.").line("");
        md.line("| strategy | figure | this run [95%, within it] | earlier runs [95%, across them] | next run [95%] | where this run falls |")
                .line("|---|---|---|---|---|---|");
        for (RunCheck.Check x : c.headline()) {
            md.line("| " + x.figure().strategy() + " | " + CompareRunsReport.figureName(x.figure()) + " | "
                    + CompareRunsReport.figureValue(x.figure(), x.thisRun()) + " | " + CompareRunsReport.figureValue(x.figure(), x.others().mean()) + " | "
                    + CompareRunsReport.figureValue(x.figure(), x.others().prediction()) + " | " + position(x.position()) + " |");
        }
        long outside = c.headline().stream().filter(RunCheck.Check::outside).count();
        md.line("").line("**" + outside + " of " + c.headline().size() + "** headline figures fall outside the earlier runs' "
                + "prediction interval, and " + c.outside() + " of all " + c.checked() + " figures they share (every "
                + "configuration's time, every strategy's speedup and share).").line("");
    }

    private static String position(AcrossRuns.Position p) {
        return switch (p) {
            case INSIDE -> "inside";
            case BELOW -> "**below**";
            case ABOVE -> "**above**";
            case UNKNOWN -> "–";
        };
    }
}

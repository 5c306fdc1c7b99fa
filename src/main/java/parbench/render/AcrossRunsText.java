package parbench.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parbench.analysis.RunFigure;
import parbench.analysis.RunPool;
import parbench.stats.AcrossRuns;

/**
 * The index's runs of one suite pooled: per machine, JDK and suite hash with three or more runs,
 * each headline figure over the runs with its across-runs interval, degrees of freedom and the
 * next run's prediction interval; and why the other runs are not pooled.
 */
final class AcrossRunsText {
    private AcrossRunsText() {
    }

    static void write(List<RunPool> pools, List<IndexText.Row> rows, StringBuilder md) {
        md.append("## Across runs\n\n");
        md.append("A run's intervals cover the variation within it, over its forks and rounds; runs of one jar on one "
                + "machine move further than that with the host's hour. Where " + RunPool.FEWEST_RUNS + " or more runs of "
                + "one suite are here (one machine, JDK feature version and suite hash, the machine record's `suiteHash`), "
                + "each headline figure is pooled over them with the run as the sample: the geometric mean of the runs' own "
                + "estimates with its 95% interval, a t interval over runs with runs − 1 degrees of freedom (df), and where "
                + "the next run's figure should fall, its 95% prediction interval. Runs recorded before the suite hash name "
                + "no suite and are not pooled: nothing in them says which jar made them (`compare A1 A2 -- B1 B2` pools "
                + "runs that you name).\n\n");
        if (pools.isEmpty()) {
            md.append("No suite has " + RunPool.FEWEST_RUNS + " runs here yet.\n\n");
            return;
        }
        Map<String, String> links = new LinkedHashMap<>();
        rows.forEach(r -> links.putIfAbsent(r.record().name() + "/" + r.stem(), r.reportLink()));
        for (RunPool pool : pools) {
            pool(pool, links, md);
        }
    }

    private static void pool(RunPool pool, Map<String, String> links, StringBuilder md) {
        int k = pool.runs().size();
        md.append("### ").append(pool.key().machine()).append(", JDK ").append(pool.key().jdkFeature()).append(", suite ")
                .append(CompareRunsReport.suite(pool.key())).append(": ").append(CompareRunsReport.runs(k)).append("\n\n");
        md.append(String.join(", ", pool.runs().stream().map(stem -> "[" + stem + "]("
                + links.getOrDefault(pool.key().machine() + "/" + stem, stem + ".md") + ")").toList())).append("\n\n");
        List<RunPool.Pooled> headline = pool.headline();
        if (headline.isEmpty()) {
            md.append("The runs share no headline figure (range sum at its headline size, workers = cores).\n\n");
            return;
        }
        RunFigure first = headline.get(0).figure();
        md.append(first.workload().title).append(", ").append(first.workload().sizeParam).append(" = ")
                .append(Format.count(first.size())).append(", workers = cores; ").append(CompareRunsReport.runs(k))
                .append(", df ").append(k - 1).append(":\n\n");
        md.append("| strategy | speedup across runs [95%] | next run's speedup [95%] | share of the ceiling across runs [95%] "
                + "| next run's share [95%] |\n|---|---|---|---|---|\n");
        Map<String, AcrossRuns[]> byStrategy = new LinkedHashMap<>();
        for (RunPool.Pooled p : headline) {
            AcrossRuns[] both = byStrategy.computeIfAbsent(p.figure().strategy(), s -> new AcrossRuns[2]);
            both[p.figure().kind() == RunFigure.Kind.SPEEDUP ? 0 : 1] = p.across();
        }
        byStrategy.forEach((strategy, both) -> md.append("| ").append(strategy).append(" | ")
                .append(both[0] == null ? "–" : Format.ratio(both[0].mean(), "×")).append(" | ")
                .append(both[0] == null ? "–" : Format.ratio(both[0].prediction(), "×")).append(" | ")
                .append(both[1] == null ? "–" : Format.percent(both[1].mean())).append(" | ")
                .append(both[1] == null ? "–" : Format.percent(both[1].prediction())).append(" |\n"));
        md.append('\n');
    }
}

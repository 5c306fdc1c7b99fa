package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import parbench.catalog.Plan;
import parbench.catalog.Series;
import parbench.catalog.Workload;

/**
 * One workload's headline: the size its headline figures read, and what the verdict and the index
 * name there.
 *
 * @param sizes           the sizes measured, ascending
 * @param headlineSize    the plan's headline size ({@link Plan#headline}); where the plan declares none
 *                        (a kernel), or this file lacks it (a run of the user's own sizes), the largest measured
 * @param headlineMissing the plan's headline size where this file measured the workload, but not there
 * @param winner          the in-process strategy to use at the headline size: the fastest at workers =
 *                        cores, where the adaptive rounds make the figures precise; the fastest at any
 *                        worker count only where none ran at the cores. Other worker counts have the
 *                        pilot's 6 rounds alone, and the fastest of many such figures is often the
 *                        luckiest: a figure of 6 forks can outrun a better one of 24 by its noise
 *                        alone (docs/history.md has the run where it did).
 * @param ties            the other strategies at the winner's worker count whose time ratio to the
 *                        winner's has 1 within its interval, in table order
 * @param bestProcesses   the fastest child-process strategy at the headline size
 */
public record WorkloadFigures(Workload workload, List<Long> sizes, Optional<Long> headlineSize, Optional<Long> headlineMissing,
        Optional<PointFigures> winner, List<Series> ties, Optional<PointFigures> bestProcesses) {

    static WorkloadFigures of(Workload w, Figures figures) {
        SuiteRun run = figures.suite();
        List<Long> sizes = run.sizes(w);
        Optional<Long> declared = Plan.headline(w).filter(sizes::contains);
        Optional<Long> headline = declared.isPresent() ? declared : run.largest(w);
        Optional<Long> missing = sizes.isEmpty() ? Optional.empty() : Plan.headline(w).filter(n -> !sizes.contains(n));
        Optional<PointFigures> winner = headline.flatMap(n -> best(figures, w, n, false, p -> p.point().workers() == run.cores())
                .or(() -> best(figures, w, n, false, p -> true)));
        List<Series> ties = winner.map(b -> ties(figures, b)).orElse(List.of());
        return new WorkloadFigures(w, sizes, headline, missing, winner, ties,
                headline.flatMap(n -> best(figures, w, n, true, p -> true)));
    }

    /** The fastest strategy (not serial, not the ceiling) at a size, in process or not. */
    private static Optional<PointFigures> best(Figures figures, Workload w, long size, boolean processes,
            Predicate<PointFigures> which) {
        return figures.at(w, size).stream()
                .filter(p -> ranked(p.point()) && p.point().processes() == processes && which.test(p))
                .min(Comparator.comparingDouble(p -> p.time().value()));
    }

    /** A strategy the ranking compares: under the declared policy, its mechanism alone ({@link Series#ranked}). */
    private static boolean ranked(SuiteRun.Point p) {
        return p.bench().isStrategy() && p.series().ranked();
    }

    private static List<Series> ties(Figures figures, PointFigures best) {
        List<Series> ties = new ArrayList<>();
        for (PointFigures f : figures.at(best.point().workload(), best.point().size())) {
            SuiteRun.Point p = f.point();
            if (p != best.point() && ranked(p) && p.workers() == best.point().workers()
                    && Ratios.ratio(p, best.point()).contains(1) && !ties.contains(p.series())) {
                ties.add(p.series());
            }
        }
        return ties;
    }
}

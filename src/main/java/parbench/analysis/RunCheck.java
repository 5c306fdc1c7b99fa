package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.stats.AcrossRuns;
import parbench.stats.Estimate;

/**
 * One run's figures against the prediction intervals of other runs of its suite: where the next
 * run's figure was expected to fall, given how far the earlier runs spread, and whether it did. A
 * run's own intervals are within-run; this is what says whether the run is like the ones before.
 *
 * @param against the pool of the other runs
 * @param checks  each figure of the run that the other runs all have, in the run's table order
 */
public record RunCheck(String run, RunPool against, List<Check> checks) {

    /**
     * @param thisRun  the run's own estimate with its within-run interval
     * @param others   the other runs' pool of this figure
     * @param position where this run's estimate falls against their prediction interval
     */
    public record Check(RunFigure figure, boolean headline, Estimate thisRun, AcrossRuns others, AcrossRuns.Position position) {
        public boolean outside() {
            return position == AcrossRuns.Position.BELOW || position == AcrossRuns.Position.ABOVE;
        }
    }

    /**
     * For a run's report: the run against the earlier runs of its suite (same machine, JDK and suite
     * hash, started before it), where there are {@link RunPool#FEWEST_RUNS} or more of them; empty
     * where its record names no suite or there are fewer.
     *
     * @param others any runs, the run itself among them or not (the results folder's, say)
     */
    public static Optional<RunCheck> againstEarlier(RunPool.Run run, List<RunPool.Run> others) {
        if (!run.key().known()) {
            return Optional.empty();
        }
        List<RunPool.Run> earlier = others.stream().filter(o -> o.key().equals(run.key()))
                .filter(o -> o.date().compareTo(run.date()) < 0).toList();
        return earlier.size() < RunPool.FEWEST_RUNS ? Optional.empty() : Optional.of(against(run, earlier));
    }

    /**
     * The run against the runs named, whatever their records say (the pool's agreement says it):
     * for runs a person knows to be of one jar. With fewer than two others there is no prediction
     * interval, and every position is unknown.
     */
    public static RunCheck against(RunPool.Run run, List<RunPool.Run> others) {
        RunPool pool = RunPool.of(others);
        java.util.Set<RunFigure> headline = RunFigure.headline(run.figures());
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<RunFigure, Estimate> f : RunFigure.of(run.figures()).entrySet()) {
            pool.figure(f.getKey()).ifPresent(p -> checks.add(new Check(f.getKey(), headline.contains(f.getKey()),
                    f.getValue(), p.across(), p.across().where(f.getValue().value()))));
        }
        return new RunCheck(run.label(), pool, checks);
    }

    /** The headline figures' checks. */
    public List<Check> headline() {
        return checks.stream().filter(Check::headline).toList();
    }

    /** How many checks fell outside the others' prediction interval, of those that had one. */
    public long outside() {
        return checks.stream().filter(Check::outside).count();
    }

    /** How many checks had a prediction interval to fall in or out of. */
    public long checked() {
        return checks.stream().filter(c -> c.position() != AcrossRuns.Position.UNKNOWN).count();
    }
}

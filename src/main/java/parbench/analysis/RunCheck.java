package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.machine.MachineRecord;
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
     * What a run's report says of the runs before it.
     *
     * @param key     the run's suite; not {@link SuiteKey#known() known} where its record names none
     * @param earlier how many earlier runs of its suite there were
     * @param check   the run against them, where there were {@link RunPool#FEWEST_RUNS} or more
     */
    public record Earlier(SuiteKey key, int earlier, Optional<RunCheck> check) {
        /**
         * The run against the earlier runs of its suite among others (same machine, JDK and suite
         * hash, started before it).
         *
         * @param others any runs, the run itself among them or not (the results folder's, say)
         */
        public static Earlier of(RunPool.Run run, List<RunPool.Run> others) {
            if (!run.key().known()) {
                return new Earlier(run.key(), 0, Optional.empty());
            }
            List<RunPool.Run> earlier = others.stream().filter(o -> earlierOfItsSuite(run.machine(), o.machine())).toList();
            return new Earlier(run.key(), earlier.size(),
                    earlier.size() < RunPool.FEWEST_RUNS ? Optional.empty() : Optional.of(against(run, earlier)));
        }
    }

    /**
     * For a run's report: the run against the earlier runs of its suite, where there are
     * {@link RunPool#FEWEST_RUNS} or more of them; empty where its record names no suite or there are fewer.
     *
     * @param others any runs, the run itself among them or not (the results folder's, say)
     */
    public static Optional<RunCheck> againstEarlier(RunPool.Run run, List<RunPool.Run> others) {
        return Earlier.of(run, others).check();
    }

    /**
     * Whether other's record names run's suite (machine, JDK, suite hash) and a start before run's:
     * the runs a report is checked against, chosen by their records before their files are read.
     */
    public static boolean earlierOfItsSuite(MachineRecord run, MachineRecord other) {
        SuiteKey key = SuiteKey.of(run);
        return key.known() && key.equals(SuiteKey.of(other)) && date(other).compareTo(date(run)) < 0;
    }

    private static String date(MachineRecord m) {
        return m == null || m.date() == null ? "" : m.date();
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

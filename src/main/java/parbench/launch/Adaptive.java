package parbench.launch;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.openjdk.jmh.results.RunResult;
import parbench.analysis.ForkRounds;
import parbench.analysis.RunAnalysis;
import parbench.analysis.Targets;
import parbench.analysis.Targets.Target;
import parbench.catalog.Workload;
import parbench.jmhfmt.JmhResults;
import parbench.machine.MachineRecord;

/**
 * Where an adaptive run's next rounds go. After the pilot, the rounds so far are analysed as the
 * report will analyse them. Each unmet target proposes steps: one more round of the blocks that
 * decide it, either of every configuration there that the targets read (serial, the ceiling and
 * the in-process strategies at workers = cores, back to back) or of its own strategy's with serial
 * and the ceiling alone; or, for a break-even whose sizes around it are more than the goal's
 * factor apart, a new size between them (their geometric mean, two significant digits) with a
 * pilot of its own. The memory-bound headline, one figure, goes first for a few rounds
 * ({@link #memoryBoundFirst}); then the step that promises the most narrowing per second of forks is taken, while
 * one fits in what is left of the budget beside the rounds that will give every configuration
 * {@link #FEWEST_FORKS} forks at the end (the pilot gives each fewer); the steps stop when every
 * target is met or none fits. So
 * while most figures are far from their goals whole blocks run, and then the forks go to the
 * noisiest strategies: fork medians spread twice as much for some strategies as for others, and
 * equal rounds would leave those far from their goals while the steadiest met theirs.
 */
final class Adaptive {
    private final Targets.Goals goals;
    private final Duration budget;
    private final int pilotRounds;
    private final int processors;
    private volatile Targets last;
    /** Rounds given to the memory-bound headline before the others ({@link #memoryBoundFirst}). */
    private int firstRounds;

    /** One step: rounds of some blocks (a block not yet measured is a size added) for one target. */
    record Step(List<Block> blocks, int rounds, Target target) {
    }

    /** The next step, or none, and why, in words for the progress line. */
    record Choice(Optional<Step> step, String why) {
    }

    Adaptive(Targets.Goals goals, Duration budget, int pilotRounds, int processors) {
        this.goals = goals;
        this.budget = budget;
        this.pilotRounds = pilotRounds;
        this.processors = processors;
    }

    Duration budget() {
        return budget;
    }

    String goalsText() {
        return String.format(Locale.ROOT, "±%s points on each share of the ceiling, ±%s%% on each speedup (±%s%% on the "
                + "memory-bound one), break-evens within %sx", plain(goals.sharePoints()), plain(goals.speedupPercent()),
                plain(goals.memorySpeedupPercent()), plain(goals.bracket()));
    }

    private static String plain(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    /**
     * The step that promises the most per second ({@link #gain}) among those that fit in what is
     * left of the budget.
     *
     * @param soFar        every fork so far
     * @param roundsOfForks the round each of them ran in
     * @param spentSeconds since the first fork
     * @param cost         seconds a round of a block takes
     * @param rounds       the rounds a block has had
     */
    Choice next(List<RunResult> soFar, ForkRounds roundsOfForks, List<Block> blocks, double spentSeconds,
            double reserveSeconds, ToDoubleFunction<Block> cost, ToIntFunction<Block> rounds) {
        Targets targets = analyse(soFar, roundsOfForks);
        last = targets;
        return nextOf(targets, blocks, spentSeconds, reserveSeconds, cost, rounds);
    }

    /** The best step for these targets (the analysis of the rounds so far), with nothing to keep in reserve. */
    Choice nextOf(Targets targets, List<Block> blocks, double spentSeconds, ToDoubleFunction<Block> cost,
            ToIntFunction<Block> rounds) {
        return nextOf(targets, blocks, spentSeconds, 0, cost, rounds);
    }

    /**
     * The best step for these targets that fits in the budget with reserveSeconds left after it: what
     * the rounds that give every configuration {@link #FEWEST_FORKS} forks will take.
     */
    Choice nextOf(Targets targets, List<Block> blocks, double spentSeconds, double reserveSeconds,
            ToDoubleFunction<Block> cost, ToIntFunction<Block> rounds) {
        String status = Rounds.format(Duration.ofSeconds(Math.round(spentSeconds))) + " of " + Rounds.format(budget)
                + " spent, " + targets.met() + " of " + targets.targets().size() + " targets met";
        if (targets.allMet()) {
            return new Choice(Optional.empty(), status + ": every target met, stopping");
        }
        List<Target> unmet = targets.targets().stream().filter(t -> !t.met()).toList();
        Optional<Step> first = memoryBoundFirst(unmet, blocks, spentSeconds, reserveSeconds, cost);
        if (first.isPresent()) {
            firstRounds++;
            return new Choice(first, status + "; next: " + describe(first.get()) + " (the memory-bound headline goes first)");
        }
        Optional<Step> best = Optional.empty();
        double bestValue = 0;
        for (Target t : unmet) {
            for (Step step : steps(t, blocks, rounds)) {
                double seconds = step.rounds() * step.blocks().stream().mapToDouble(cost).sum();
                double value = gain(step, unmet, rounds) / Math.max(seconds, 1e-3);
                if (!step.blocks().isEmpty() && spentSeconds + seconds + reserveSeconds <= budget.toSeconds()
                        && value > bestValue) {
                    best = Optional.of(step);
                    bestValue = value;
                }
            }
        }
        return best.map(s -> new Choice(Optional.of(s), status + "; next: " + describe(s)))
                .orElse(new Choice(Optional.empty(), status + ": no further step fits in the budget"
                        + (reserveSeconds > 0 ? " beside the rounds that complete every configuration" : "") + ", stopping"));
    }

    /**
     * A round of the memory-bound headline's strategy with serial and the ceiling at squares, while
     * its speedup misses its goal and fewer than {@link #FIRST_ROUNDS} such rounds have run. It is one
     * figure against range sum's sixteen, so by what a second narrows it would wait until those were
     * near their goals, and on a host whose shares stay beyond ±2 points it never had a round.
     */
    private Optional<Step> memoryBoundFirst(List<Target> unmet, List<Block> blocks, double spentSeconds, double reserveSeconds,
            ToDoubleFunction<Block> cost) {
        if (firstRounds >= FIRST_ROUNDS) {
            return Optional.empty();
        }
        return unmet.stream().filter(t -> t.workload() == Workload.SQUARES)
                .map(t -> new Step(deciding(t, blocks).stream().map(b -> b.forStrategy(t.strategy())).toList(), 1, t))
                .filter(s -> !s.blocks().isEmpty()
                        && spentSeconds + s.blocks().stream().mapToDouble(cost).sum() + reserveSeconds <= budget.toSeconds())
                .findFirst();
    }

    /**
     * The most rounds the memory-bound headline gets before the others: with the 6 it has, 30 would
     * narrow a speedup of ±24% (a busy host's) to about ±11%, and they take about a minute.
     */
    static final int FIRST_ROUNDS = 24;

    /**
     * What a step promises: for every unmet target it feeds, how much nearer its goal it should
     * come (narrowing beyond {@link #WORST} times its goal counting twice), reckoning that an
     * interval narrows as 1 / sqrt(rounds) and that a size added between
     * two a decade apart halves a break-even's bracket (on the log scale).
     */
    static double gain(Step step, List<Target> unmet, ToIntFunction<Block> rounds) {
        double gain = 0;
        for (Target t : unmet) {
            List<Block> fed = step.blocks().stream().filter(b -> b.measures(t.strategy())
                    && t.sizes().stream().anyMatch(n -> b.is(t.workload(), n))).toList();
            double d = distance(t);
            double after = d;
            if (step.target() == t && fed.isEmpty()) {
                after = d / 2; // a new size
            } else if (!fed.isEmpty()) {
                int n = fed.stream().map(b -> b.forStrategy(t.strategy())).mapToInt(rounds).min().orElse(1);
                after = d * Math.sqrt((double) n / (n + step.rounds()));
            }
            gain += d - Math.max(1, after) + (after <= 1 ? MET : 0) + Math.max(WORST, d) - Math.max(WORST, after);
        }
        return gain;
    }

    /**
     * How far from its goal a figure may end at worst (±2 points on a ±1 goal): narrowing beyond it
     * counts twice, so the noisiest strategies get rounds of their own before the others narrow past
     * it, rather than equal rounds leaving one far off while the others go well past their goals.
     */
    static final double WORST = 2;

    /**
     * What meeting a target is worth beyond the narrowing, in the same units: three times as much as
     * narrowing one from twice its goal to its goal. Without it a break-even a round or two from its
     * goal (its distance 1.1, its narrowing a tenth) never won a step against a block's sixteen
     * headline figures at twice theirs. At one, the headline block still took every step once its
     * shares were near ±2 points: the break-evens and the memory-bound speedup, each a minute or two
     * from its goal, ended missed while the shares' ±1 lay hundreds of rounds away. At three, the
     * shares are narrowed to ±2 first ({@link #WORST}), then the targets a step can meet.
     */
    static final double MET = 3;

    /**
     * The farthest a target counts as from its goal: one without an interval (a break-even "never")
     * would make every gain NaN. At 100, a break-even without an upper end made any round that fed it
     * (the pool alone with serial and the ceiling, say) worth more than a round of the headline block
     * whole (5.2 a second against 4.2 in AdaptiveTest), so such rounds would take the budget from the
     * figures that can meet their goals.
     */
    static final double FARTHEST = 10;

    private static double distance(Target t) {
        double d = t.distance();
        return Double.isNaN(d) ? FARTHEST : Math.min(d, FARTHEST);
    }
    /** The rounds so far, analysed in memory as the report will analyse the file JMH writes of them. */
    private Targets analyse(List<RunResult> soFar, ForkRounds roundsOfForks) {
        return RunAnalysis.of(JmhResults.rows(soFar), processors, goals, roundsOfForks).targets();
    }

    /**
     * What a target proposes: a new size (every strategy there, or its own alone), or the blocks
     * that decide it: a round of them whole or of its own strategy's configurations, or as many
     * rounds of its own as should meet its goal (an interval narrowing as 1 / sqrt(rounds)). A new
     * size gets as many rounds as the sizes its crossing read so far, six at least: each
     * round's lines need every size of their window, so a size with fewer rounds would cap the
     * crossing's: one round whose lines met far off could make its bracket many times wider.
     */
    List<Step> steps(Target t, List<Block> blocks, ToIntFunction<Block> rounds) {
        List<Block> deciding = deciding(t, blocks);
        List<Block> own = deciding.stream().map(b -> b.forStrategy(t.strategy())).toList();
        if (t.figure() == Targets.Figure.BREAK_EVEN) {
            Optional<Block> added = between(t, blocks);
            if (added.isPresent()) {
                int r = Math.max(FEWEST_FORKS, own.stream().mapToInt(rounds).min().orElse(0));
                return List.of(new Step(List.of(added.get()), r, t), new Step(List.of(added.get().forStrategy(t.strategy())), r, t));
            }
        }
        List<Step> steps = new java.util.ArrayList<>(List.of(new Step(deciding.stream().map(Block::headlineFigures).toList(), 1, t),
                new Step(own, 1, t)));
        int n = own.stream().mapToInt(rounds).min().orElse(0);
        double d = distance(t);
        int toGoal = (int) Math.min(MOST_ROUNDS, Math.ceil(n * d * d) - n);
        if (n > 0 && toGoal > 1) {
            steps.add(new Step(own, toGoal, t));
        }
        return steps;
    }

    /** The blocks whose rounds decide a target: its strategy's at its size, or at the sizes around a break-even. */
    private static List<Block> deciding(Target t, List<Block> blocks) {
        List<Long> sizes = t.figure() == Targets.Figure.BREAK_EVEN ? t.sizes() : List.of(t.size());
        return blocks.stream().filter(b -> b.measures(t.strategy()) && sizes.stream().anyMatch(n -> b.is(t.workload(), n))).toList();
    }

    /**
     * The forks a configuration needs for an interval of its own (a median's, without assuming its
     * distribution): the pilot may give fewer, and the run completes every configuration to these.
     */
    static final int FEWEST_FORKS = parbench.analysis.RowMedian.FEWEST_FORKS;

    /** The most rounds one step proposes: beyond it the 1 / sqrt(rounds) reckoning is no promise. */
    static final int MOST_ROUNDS = 100;

    /**
     * A new size between the two measured around a break-even, where they are further apart than the
     * goal's factor and no measured size lies inside its interval. Once one does, the sizes bracket
     * the crossing more finely than the rounds do, and only rounds narrow it: sizes added inside the
     * interval, each with a few rounds, widened the bracket they were meant to narrow.
     */
    private Optional<Block> between(Target t, List<Block> blocks) {
        double n = t.estimate().value();
        List<Block> sweep = blocks.stream().filter(b -> b.workload().orElse(null) == t.workload() && b.measures(t.strategy()))
                .sorted(Comparator.comparingLong(Block::size)).toList();
        Optional<Block> below = sweep.stream().filter(b -> b.size() <= n).reduce((a, b) -> b);
        Optional<Block> above = sweep.stream().filter(b -> b.size() > n).findFirst();
        if (below.isEmpty() || above.isEmpty() || above.get().size() <= goals.bracket() * below.get().size()
                || sweep.stream().anyMatch(b -> b.size() > t.estimate().lo() && b.size() < t.estimate().hi())) {
            return Optional.empty();
        }
        long mid = twoDigits(Math.sqrt((double) below.get().size() * above.get().size()));
        return mid > below.get().size() && mid < above.get().size() ? Optional.of(below.get().atSize(mid)) : Optional.empty();
    }

    static long twoDigits(double x) {
        double scale = Math.pow(10, Math.floor(Math.log10(x)) - 1);
        return Math.round(Math.round(x / scale) * scale);
    }

    private String describe(Step s) {
        Target t = s.target();
        String what = switch (t.figure()) {
            case SHARE -> String.format(Locale.ROOT, "%s share at %s %,d (±%.1f points, goal ±%.0f)", whose(t),
                    t.workload().title, t.size(), t.reached(), t.goal());
            case SPEEDUP -> String.format(Locale.ROOT, "%s speedup at %s %,d (±%.1f%%, goal ±%.0f%%)", whose(t),
                    t.workload().title, t.size(), t.reached(), t.goal());
            case BREAK_EVEN -> Double.isInfinite(t.reached())
                    ? String.format(Locale.ROOT, "%s break-even (no upper end yet, goal %.2fx)", whose(t), t.goal())
                    : String.format(Locale.ROOT, "%s break-even (%.2fx wide, goal %.2fx)", whose(t), t.reached(), t.goal());
        };
        String blocks = String.join(", ", s.blocks().stream().map(Block::name).toList());
        boolean own = s.blocks().stream().allMatch(b -> b.forStrategy(t.strategy()).configurations().size() == b.configurations().size());
        String rounds = s.rounds() == 1 ? "a round of " : s.rounds() + " rounds of ";
        String added = s.rounds() >= FEWEST_FORKS && s.blocks().size() == 1 && t.figure() == Targets.Figure.BREAK_EVEN
                && !t.sizes().contains(s.blocks().get(0).size()) ? "the new size " : "";
        return rounds + (own ? t.strategy() + " and its references (serial, the ceiling) alone at " : "") + added + blocks
                + " for " + what;
    }

    /** "fixed pool's", "queue workers'". */
    private static String whose(Target t) {
        return t.strategy() + (t.strategy().endsWith("s") ? "'" : "'s");
    }

    /** What the machine record says of the adaptive rounds. */
    MachineRecord.Design record(double wallSeconds, double pilotSeconds, List<MachineRecord.BlockRounds> blocks, String stopped) {
        Targets t = last;
        return new MachineRecord.Design(true, pilotRounds, (double) budget.toSeconds(),
                new MachineRecord.Goals(goals.sharePoints(), goals.speedupPercent(), goals.bracket()), wallSeconds, blocks,
                t == null ? null : (int) t.met(), t == null ? null : t.targets().size(), stopped,
                pilotSeconds > 0 ? Math.round(pilotSeconds * 10) / 10.0 : null, null);
    }
}

package parbench.launch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import parbench.analysis.ForkRounds;
import parbench.machine.MachineRecord;
import parbench.strategy.ChildFailedException;

/**
 * Forks interleaved in rounds of blocks (Kalibera and Jones, ISMM 2013: the JVM run is the unit of
 * replication). The words, one meaning each: a <em>fork</em> is one JVM running one configuration;
 * a <em>block</em> is what one figure compares, a workload at one size ({@link Block}); a
 * <em>round</em> is one pass over a block's configurations (or over the part of it an adaptive step
 * runs), one fork of each, back to back in a shuffled order. Rounds are numbered over the run, and
 * the forks of one round, measured seconds apart, share the host's minute: a ratio pairs them
 * ({@link ForkRounds}), and a slow minute lands on a different configuration each round instead of
 * on all forks of one. JMH would run all forks of one benchmark back to back.
 *
 * <p>-f F runs F rounds of every block, the blocks in a shuffled order each time. Without it the run
 * is adaptive ({@link Adaptive}): a pilot of rounds of every block, then rounds of the blocks whose
 * headline figures are furthest from their goals, and sizes added around the break-evens, until the
 * goals are met or the budget is spent. A configuration's r-th fork is from the r-th round that ran it.
 *
 * <p>A configuration that fails is left out of later rounds, and the run fails: a wrong answer is
 * never measured again. The one exception is a child JVM that could not start (the host's trouble
 * of the moment): that fork is run again at once, at most {@value #TRIES} times in all, within the
 * same round, and the machine record says so.
 */
final class Rounds implements Execution {
    static final int TRIES = 3;
    private final Options userOptions;
    private final List<Block> blocks;
    /** Every configuration's forks, their rounds, and the rounds it finished. */
    private final ForkLog log = new ForkLog();
    private final Set<String> added = new LinkedHashSet<>();
    /** Rounds of every block: -f F, or the adaptive run's pilot. */
    private final int roundsOfEach;
    private final Optional<Adaptive> adaptive;
    private final long seed;
    private final RecordingOutput recording;
    private final PrintStream out;
    /** Rounds started so far: the next round's number. */
    private int roundsStarted;
    /** Each configuration's forks, in seconds of wall time: what a further round of its block will cost. */
    private final ForkSeconds forkSeconds = new ForkSeconds();
    private final Set<Configuration> failed = new LinkedHashSet<>();
    private final List<MachineRecord.Retried> retried = new ArrayList<>();
    private final int forkProcessors;
    /** Runs one configuration's fork: JMH's Runner (a test puts a failing one first). */
    private final ForkRunner runner;
    private final Random random;
    /** How many rounds of every block have finished (of roundsOfEach). */
    private volatile int roundsOfEachDone;
    private volatile long startNanos;
    private volatile double pilotSeconds;
    private volatile double wallSeconds;
    private volatile String stopped;

    /**
     * @param rounds   the rounds of every block (-f F); with an adaptive schedule, the pilot's
     * @param adaptive where further rounds go after the pilot; empty for exactly {@code rounds} rounds
     */
    Rounds(Options userOptions, List<Configuration> plan, int rounds, Optional<Adaptive> adaptive, long seed,
            int forkProcessors, RecordingOutput recording, PrintStream out) {
        this(userOptions, plan, rounds, adaptive, seed, forkProcessors, recording, out,
                o -> new Runner(o, recording).run());
    }

    /** One fork of one configuration, as JMH's Runner runs it. */
    interface ForkRunner {
        Collection<RunResult> run(Options options) throws RunnerException;
    }

    Rounds(Options userOptions, List<Configuration> plan, int rounds, Optional<Adaptive> adaptive, long seed,
            int forkProcessors, RecordingOutput recording, PrintStream out, ForkRunner runner) {
        this.runner = runner;
        this.forkProcessors = forkProcessors;
        this.userOptions = userOptions;
        this.blocks = new ArrayList<>(Block.of(plan));
        this.roundsOfEach = rounds;
        this.adaptive = adaptive;
        this.seed = seed;
        this.random = new Random(seed);
        this.recording = recording;
        this.out = out;
        blocks.forEach(this::track);
    }

    private void track(Block b) {
        b.configurations().forEach(log::track);
    }

    /** A step's block: a new size is added; a size added before for fewer strategies gets the new ones. */
    synchronized void admit(Block b) {
        for (int i = 0; i < blocks.size(); i++) {
            Block known = blocks.get(i);
            if (known.name().equals(b.name())) {
                List<Configuration> all = new ArrayList<>(known.configurations());
                b.configurations().stream().filter(c -> !all.contains(c)).forEach(all::add);
                blocks.set(i, new Block(known.name(), known.workload(), known.size(), List.copyOf(all)));
                track(b);
                return;
            }
        }
        blocks.add(b);
        added.add(b.name());
        track(b);
    }

    /** The rounds a block (or the part of it a step runs) has finished: the fewest of its configurations'. */
    private synchronized int rounds(Block b) {
        return b.configurations().stream().mapToInt(this::rounds).min().orElse(0);
    }

    private int rounds(Configuration c) {
        return log.rounds(c);
    }

    @Override
    public List<RunResult> kept() {
        return merged(true);
    }

    @Override
    public MachineRecord.Forks forks() {
        synchronized (this) {
            return new MachineRecord.Forks(true, roundsOfEach, roundsOfEachDone, seed, retried.isEmpty() ? null : List.copyOf(retried),
                    design(), roundsOfForks(true).byConfiguration(), forkSeconds.medians());
        }
    }

    private MachineRecord.Design design() {
        List<MachineRecord.BlockRounds> list = new ArrayList<>();
        for (Block b : blocks) {
            int most = b.configurations().stream().mapToInt(log::rounds).max().orElse(0);
            list.add(new MachineRecord.BlockRounds(b.name(), b.configurations().size(), most, added.contains(b.name())));
        }
        double wall = startNanos == 0 ? 0 : wallSeconds > 0 ? wallSeconds : (System.nanoTime() - startNanos) / 1e9;
        return adaptive.map(a -> a.record(wall, pilotSeconds, list, stopped))
                .orElse(new MachineRecord.Design(false, null, null, null, wall, list, null, null, null, null, null));
    }

    @Override
    public String progressNote() {
        return roundsOfEachDone + " of " + roundsOfEach + (adaptive.isPresent() ? " pilot" : "") + " rounds finished"
                + (roundsOfEachDone == 0 ? "; kept the forks of the unfinished first round" : "; kept every block's finished rounds");
    }

    @Override
    public List<String> shortOfRounds() {
        return log.shortOf(roundsOfEach);
    }

    /** Runs every round; returns each configuration's forks as one JMH result. */
    @Override
    public Collection<RunResult> run() throws RunnerException {
        startNanos = System.nanoTime();
        int total = roundsOfEach * blocks.stream().mapToInt(b -> b.configurations().size()).sum();
        int done = 0;
        for (int r = 1; r <= roundsOfEach; r++) {
            for (Block b : shuffled(blocks)) {
                done = runRound(b, r, done, total);
            }
            roundsOfEachDone = r;
        }
        pilotSeconds = (System.nanoTime() - startNanos) / 1e9;
        if (adaptive.isPresent()) {
            complete(Rounds::readByTargets, "range sum's and squares' blocks, whose figures the targets read");
            adapt(adaptive.get());
            complete(b -> true, "every configuration");
        }
        wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        return merged(false);
    }

    /** After the pilot: a step at a time where the targets need it, each chosen from everything measured so far. */
    private void adapt(Adaptive a) throws RunnerException {
        while (true) {
            double spent = (System.nanoTime() - startNanos) / 1e9;
            Adaptive.Choice choice = a.next(merged(false), roundsOfForks(false), blocks, spent, completionSeconds(), forkSeconds::of,
                    this::rounds);
            if (choice.step().isEmpty()) {
                stopped = choice.why();
                out.println("# parbench: " + choice.why());
                return;
            }
            Adaptive.Step step = choice.step().get();
            out.println("# parbench: " + choice.why());
            step.blocks().forEach(this::admit);
            for (int r = 0; r < step.rounds(); r++) {
                for (Block b : shuffled(step.blocks())) {
                    runRound(b, rounds(b) + 1, 0, 0);
                }
            }
        }
    }

    /**
     * Rounds of the chosen blocks whose configurations have fewer forks than an interval of their own
     * needs ({@link Adaptive#FEWEST_FORKS}), each of those configurations with the block's references
     * (serial, the ceiling), until every one has them. First for the blocks the targets read, after the
     * pilot: their targets (break-evens above all) form only once the sizes around a crossing have
     * intervals, so the adaptive steps can see them; last for every other block. The steps leave room
     * for these ({@link #completionSeconds}): every figure a report prints carries its interval.
     */
    private void complete(java.util.function.Predicate<Block> which, String what) throws RunnerException {
        for (int round = 1; ; round++) {
            List<Block> lacking = blocks.stream().filter(which)
                    .map(b -> b.only(c -> !failed.contains(c) && rounds(c) < Adaptive.FEWEST_FORKS))
                    .filter(b -> !b.configurations().isEmpty()).toList();
            if (lacking.isEmpty()) {
                return;
            }
            if (round == 1) {
                out.println("# parbench: rounds to give " + what + " " + Adaptive.FEWEST_FORKS + " forks");
            }
            for (Block b : shuffled(lacking)) {
                runRound(b, rounds(b) + 1, 0, 0);
            }
        }
    }

    /**
     * Range sum's blocks and squares': the strategy a target names at squares is the fastest there,
     * and among configurations of two rounds the fastest is often the luckiest, so the steps would
     * give rounds to one and then find another in its place.
     */
    private static boolean readByTargets(Block b) {
        return b.workload().filter(w -> w == parbench.catalog.Workload.RANGE_SUM || w == parbench.catalog.Workload.SQUARES)
                .isPresent();
    }

    /** What {@link #complete} would take now: each configuration's forks short of an interval, at its median fork's seconds. */
    private synchronized double completionSeconds() {
        // a tenth more than the medians say: forks vary, and these rounds run whole once begun
        return 1.10 * forkSeconds.toComplete(blocks, Adaptive.FEWEST_FORKS, this::rounds);
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> order = new ArrayList<>(list);
        Collections.shuffle(order, random);
        return order;
    }

    /**
     * One round of one block: a fork of each of its configurations, in a shuffled order.
     *
     * @param nth the block's n-th round, for the progress line
     * @return the forks done (for the pilot's progress)
     */
    private int runRound(Block b, int nth, int done, int total) throws RunnerException {
        int round;
        synchronized (this) {
            round = ++roundsStarted;
        }
        for (Configuration c : shuffled(b.configurations())) {
            recording.progress(total > 0 ? progress(nth, ++done, total) : adaptiveProgress(b, nth));
            if (!failed.contains(c)) {
                long t0 = System.nanoTime();
                runFork(c, rounds(c) + 1, round);
                forkSeconds.add(c, (System.nanoTime() - t0) / 1e9);
            }
        }
        log.roundFinished(b.configurations());
        return done;
    }

    /** The configuration's fork-th fork, in round number round; a child JVM that could not start is tried again. */
    private void runFork(Configuration c, int fork, int round) throws RunnerException {
        for (int attempt = 1; ; attempt++) {
            Collection<RunResult> result = runner.run(c.options(userOptions, forkProcessors));
            String failure = recording.takeFailure();
            synchronized (this) {
                if (!result.isEmpty()) {
                    log.add(c, result.iterator().next().getBenchmarkResults(), round);
                    return;
                }
                if (attempt >= TRIES || !couldNotStartAChild(failure)) {
                    failed.add(c);
                    return;
                }
                retried.add(new MachineRecord.Retried(c.label(), fork, failure));
            }
            out.println("# parbench: a child JVM could not start; running that fork again (try " + (attempt + 1)
                    + " of " + TRIES + ", said in the machine record)");
        }
    }

    /** The failure JMH printed was a child JVM that never got to run: the host's trouble, not the strategy's. */
    static boolean couldNotStartAChild(String failure) {
        return failure != null && failure.startsWith(ChildFailedException.CouldNotStart.class.getName());
    }

    private Progress progress(int nth, int fork, int total) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        Duration left = fork == 1 ? null : Duration.ofSeconds(Math.round(elapsed / (fork - 1) * (total - fork + 1)));
        String eta = left == null ? "?" : format(left);
        return new Progress(adaptive.isPresent() ? "pilot" : "rounds", "round " + nth + " of " + roundsOfEach, fork, total,
                Duration.ofSeconds(Math.round(elapsed)), left, adaptive.map(Adaptive::budget).orElse(null),
                String.format(java.util.Locale.ROOT, "# parbench: %sround %d of %d, fork %d of %d (%.0f%%), ETA %s%s",
                adaptive.isPresent() ? "pilot " : "", nth, roundsOfEach, fork, total, 100.0 * (fork - 1) / total, eta,
                adaptive.map(a -> " (then rounds where the targets need them, within " + format(a.budget()) + ")").orElse("")));
    }

    private Progress adaptiveProgress(Block b, int nth) {
        Duration spent = Duration.ofSeconds(Math.round((System.nanoTime() - startNanos) / 1e9));
        Duration budget = adaptive.orElseThrow().budget();
        return new Progress("adaptive", b.name() + ", round " + nth, 0, 0, spent, null, budget,
                "# parbench: " + b.name() + ", round " + nth + "; " + format(spent) + " of " + format(budget) + " spent");
    }

    static String format(Duration d) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    /** Every configuration's forks as JMH results (see {@link ForkLog#merged}). */
    synchronized List<RunResult> merged(boolean completeRoundsOnly) {
        return log.merged(blocks, completeRoundsOnly);
    }

    /** The rounds of the forks {@link #merged} keeps, keyed as the analysis keys a row. */
    synchronized ForkRounds roundsOfForks(boolean completeRoundsOnly) {
        return log.roundsOfForks(blocks, completeRoundsOnly);
    }
}

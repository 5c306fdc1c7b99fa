package parbench.launch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.Options;
import parbench.machine.MachineRecord;
import parbench.strategy.ChildFailedException;

/**
 * Forks interleaved in rounds (Kalibera and Jones, ISMM 2013: the JVM run is the unit of
 * replication). Each round runs every configuration in one fork, in a fresh shuffled order, so a
 * slow minute of a shared host lands on a different configuration each round instead of on all forks
 * of one; fork r of every configuration comes from round r, which is what pairs ratios by round.
 * JMH would run all forks of one benchmark back to back.
 *
 * <p>A configuration that fails is left out of later rounds, and the run fails: a wrong answer is
 * never measured again. The one exception is a child JVM that could not start (the host's trouble
 * of the moment): that fork is run again at once, at most {@value #TRIES} times in all, so that fork
 * r is still round r, and the machine record says so.
 */
final class Rounds implements Execution {
    static final int TRIES = 3;
    private final Options userOptions;
    private final List<Configuration> plan;
    private final int rounds;
    private final long seed;
    private final RecordingOutput recording;
    private final PrintStream out;
    private final Map<Configuration, List<BenchmarkResult>> forks = new LinkedHashMap<>();
    private final Set<Configuration> failed = new LinkedHashSet<>();
    private final List<MachineRecord.Retried> retried = new ArrayList<>();
    private final int forkProcessors;
    /** Runs one configuration's fork: JMH's Runner (a test puts a failing one first). */
    private final ForkRunner runner;
    private volatile int finishedRounds;

    Rounds(Options userOptions, List<Configuration> plan, int rounds, long seed, int forkProcessors,
            RecordingOutput recording, PrintStream out) {
        this(userOptions, plan, rounds, seed, forkProcessors, recording, out, o -> new Runner(o, recording).run());
    }

    /** One fork of one configuration, as JMH's Runner runs it. */
    interface ForkRunner {
        Collection<RunResult> run(Options options) throws RunnerException;
    }

    Rounds(Options userOptions, List<Configuration> plan, int rounds, long seed, int forkProcessors,
            RecordingOutput recording, PrintStream out, ForkRunner runner) {
        this.runner = runner;
        this.forkProcessors = forkProcessors;
        this.userOptions = userOptions;
        this.plan = plan;
        this.rounds = rounds;
        this.seed = seed;
        this.recording = recording;
        this.out = out;
        plan.forEach(c -> forks.put(c, new ArrayList<>()));
    }

    @Override
    public List<RunResult> kept() {
        return merged(true);
    }

    @Override
    public MachineRecord.Forks forks() {
        synchronized (this) {
            return new MachineRecord.Forks(true, rounds, finishedRounds, seed, retried.isEmpty() ? null : List.copyOf(retried));
        }
    }

    @Override
    public String progressNote() {
        return finishedRounds + " of " + rounds + " rounds finished"
                + (finishedRounds == 0 ? "; kept the forks of the unfinished first round" : "; kept those rounds");
    }

    /** Runs every round; returns each configuration's forks as one JMH result. */
    @Override
    public Collection<RunResult> run() throws RunnerException {
        Random random = new Random(seed);
        long start = System.nanoTime();
        int total = rounds * plan.size();
        int done = 0;
        for (int r = 1; r <= rounds; r++) {
            List<Configuration> order = new ArrayList<>(plan);
            Collections.shuffle(order, random);
            for (Configuration c : order) {
                recording.progress(progress(r, ++done, total, start));
                if (!failed.contains(c)) {
                    runOne(c, r);
                }
            }
            finishedRounds = r;
        }
        return merged(false);
    }

    private void runOne(Configuration c, int round) throws RunnerException {
        for (int attempt = 1; ; attempt++) {
            Collection<RunResult> result = runner.run(c.options(userOptions, forkProcessors));
            String failure = recording.takeFailure();
            synchronized (this) {
                if (!result.isEmpty()) {
                    forks.get(c).addAll(result.iterator().next().getBenchmarkResults());
                    return;
                }
                if (attempt >= TRIES || !couldNotStartAChild(failure)) {
                    failed.add(c);
                    return;
                }
                retried.add(new MachineRecord.Retried(c.label(), round, failure));
            }
            out.println("# parbench: a child JVM could not start; running that fork again (try " + (attempt + 1)
                    + " of " + TRIES + ", said in the machine record)");
        }
    }

    /** The failure JMH printed was a child JVM that never got to run: the host's trouble, not the strategy's. */
    static boolean couldNotStartAChild(String failure) {
        return failure != null && failure.startsWith(ChildFailedException.CouldNotStart.class.getName());
    }

    private String progress(int round, int fork, int total, long start) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        String eta = fork == 1 ? "?" : format(Duration.ofSeconds(Math.round(elapsed / (fork - 1) * (total - fork + 1))));
        return String.format(java.util.Locale.ROOT, "# parbench: round %d of %d, fork %d of %d (%.0f%%), ETA %s",
                round, rounds, fork, total, 100.0 * (fork - 1) / total, eta);
    }

    private static String format(Duration d) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    /**
     * Every configuration's forks as JMH results whose fork count is the number kept.
     *
     * @param completeRoundsOnly keep only the rounds that finished (for a stopped run: every
     *                           configuration then has the same rounds); otherwise every fork so far
     */
    synchronized List<RunResult> merged(boolean completeRoundsOnly) {
        List<RunResult> results = new ArrayList<>();
        for (List<BenchmarkResult> f : forks.values()) {
            List<BenchmarkResult> kept = completeRoundsOnly && finishedRounds > 0
                    ? f.subList(0, Math.min(f.size(), finishedRounds)) : f;
            if (!kept.isEmpty()) {
                results.add(new RunResult(withForks(kept.get(0).getParams(), kept.size()), List.copyOf(kept)));
            }
        }
        return results;
    }

    /** JMH's parameters of a fork, saying how many forks the merged result holds. */
    static BenchmarkParams withForks(BenchmarkParams p, int forks) {
        WorkloadParams params = new WorkloadParams();
        int order = 0;
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key), order++);
        }
        return new BenchmarkParams(p.getBenchmark(), p.generatedBenchmark(), p.shouldSynchIterations(),
                p.getThreads(), p.getThreadGroups(), p.getThreadGroupLabels(), forks, p.getWarmupForks(),
                p.getWarmup(), p.getMeasurement(), p.getMode(), params, p.getTimeUnit(), p.getOpsPerInvocation(),
                p.getJvm(), p.getJvmArgs(), p.getJdkVersion(), p.getVmName(), p.getVmVersion(), p.getJmhVersion(),
                p.getTimeout());
    }
}

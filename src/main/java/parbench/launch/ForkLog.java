package parbench.launch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import parbench.analysis.ForkRounds;

/**
 * Every configuration's forks so far, the round each ran in (numbered over the run), and the rounds
 * each configuration finished: what a stopped run keeps, the result file's rows and the machine
 * record's rounds are read from this.
 */
final class ForkLog {
    private final Map<Configuration, List<BenchmarkResult>> forks = new LinkedHashMap<>();
    private final Map<Configuration, List<Integer>> roundOfFork = new LinkedHashMap<>();
    /** The rounds each configuration finished: a stopped run keeps these, so that no configuration keeps a fork of an unfinished round. */
    private final Map<Configuration, Integer> roundsRun = new LinkedHashMap<>();

    synchronized void track(Configuration c) {
        forks.putIfAbsent(c, new ArrayList<>());
        roundOfFork.putIfAbsent(c, new ArrayList<>());
        roundsRun.putIfAbsent(c, 0);
    }

    synchronized int rounds(Configuration c) {
        return roundsRun.getOrDefault(c, 0);
    }

    synchronized void add(Configuration c, Collection<BenchmarkResult> results, int round) {
        forks.get(c).addAll(results);
        results.forEach(x -> roundOfFork.get(c).add(round));
    }

    synchronized void roundFinished(Collection<Configuration> configurations) {
        configurations.forEach(c -> roundsRun.merge(c, 1, Integer::sum));
    }

    /** The configurations that finished fewer rounds than every block's, each said as "label (r of n rounds)". */
    synchronized List<String> shortOf(int roundsOfEach) {
        List<String> shortOf = new ArrayList<>();
        roundsRun.forEach((c, r) -> {
            if (r < roundsOfEach) {
                shortOf.add(c.label() + " (" + r + " of " + roundsOfEach + " rounds)");
            }
        });
        return shortOf;
    }

    /**
     * Every configuration's forks as JMH results whose fork count is the number kept, in the blocks' order.
     *
     * @param completeRoundsOnly keep only the rounds each configuration finished (for a stopped run: every
     *                           configuration of a block then has the same rounds); otherwise every fork so far
     */
    synchronized List<RunResult> merged(List<Block> blocks, boolean completeRoundsOnly) {
        List<RunResult> results = new ArrayList<>();
        for (Block b : blocks) {
            for (Configuration c : b.configurations()) {
                MergedForks.first(forks.get(c), kept(c, completeRoundsOnly)).ifPresent(results::add);
            }
        }
        return results;
    }

    /** The rounds of the forks {@link #merged} keeps, keyed as the analysis keys a row. */
    synchronized ForkRounds roundsOfForks(List<Block> blocks, boolean completeRoundsOnly) {
        Map<String, List<Integer>> byConfiguration = new LinkedHashMap<>();
        for (Block b : blocks) {
            for (Configuration c : b.configurations()) {
                List<Integer> all = roundOfFork.get(c);
                int kept = Math.min(all.size(), kept(c, completeRoundsOnly));
                if (kept > 0) {
                    byConfiguration.put(ForkRounds.key(c.benchmark(), c.mode().shortLabel(), c.params()), List.copyOf(all.subList(0, kept)));
                }
            }
        }
        return new ForkRounds(byConfiguration, false);
    }

    private int kept(Configuration c, boolean completeRoundsOnly) {
        int finished = roundsRun.get(c);
        return completeRoundsOnly && finished > 0 ? finished : Integer.MAX_VALUE;
    }
}

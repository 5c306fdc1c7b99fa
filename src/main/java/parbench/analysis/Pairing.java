package parbench.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;
import parbench.stats.PairingChoice;
import parbench.stats.Stats;

/**
 * Which forks a ratio pairs. A round runs each configuration of a block (a workload at one size)
 * once, back to back; forks of one round ran seconds apart and share the host's minute. A ratio of
 * two configurations pairs the forks of the rounds both ran in, where there are
 * {@link Stats#FEWEST_PAIRS} of them and pairing narrows the block's ratios against serial and the
 * ceiling by a tenth on the whole ({@link PairingChoice}); elsewhere it takes all their forks unpaired.
 */
public final class Pairing {
    private Pairing() {
    }

    /** How one block's ratios are taken: paired by round where that narrows its ratios against serial and the ceiling. */
    public record Choice(Workload workload, long size, PairingChoice choice) {
    }

    /** The fewest rounds in common from which a ratio pairs forks ({@link Stats#FEWEST_PAIRS}). */
    public static final int FEWEST_PAIRS = Stats.FEWEST_PAIRS;

    /** Round numbers given by index are block x this + fork: more than any run's rounds of one block. */
    private static final int ROUNDS_PER_BLOCK = 1_000_000;

    /**
     * Fork r as round r of its block, for the configurations with as many forks as the block's serial
     * loop (a record from before rounds were listed): every round, whole or of part of the block, ran
     * serial, so these ran in all of its rounds.
     */
    static void roundsByIndex(List<Point> points) {
        List<List<Long>> blocks = blocks(points);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int block = blocks.indexOf(blockOf(p));
            boolean allRounds = inBlock(points, blockOf(p)).stream()
                    .anyMatch(s -> s.isSerial() && s.forkTimes().length == p.forkTimes().length);
            if (allRounds) {
                int[] r = IntStream.range(0, p.forkTimes().length).map(f -> block * ROUNDS_PER_BLOCK + f + 1).toArray();
                points.set(i, p.withRounds(r));
            }
        }
    }

    /**
     * Forgets the rounds of each block where pairing does not narrow its ratios against serial and
     * the ceiling: where hiccups slow the threaded configurations of one round and serial alone in
     * others, paired intervals come out wider than unpaired (docs/history.md has a run where they did).
     *
     * @return how each block with rounds enough to pair takes its ratios, in the order the blocks were first measured
     */
    static List<Choice> wherePaying(List<Point> points) {
        List<Choice> choices = new ArrayList<>();
        for (List<Long> block : blocks(points)) {
            List<Point> inBlock = inBlock(points, block);
            List<double[][]> pairs = new ArrayList<>();
            List<double[][]> all = new ArrayList<>();
            for (Point base : inBlock.stream().filter(p -> p.isSerial() || p.isCeiling()).toList()) {
                for (Point p : inBlock.stream().filter(p -> !p.isSerial() && !p.isCeiling()).toList()) {
                    paired(base, p).ifPresent(ab -> {
                        pairs.add(ab);
                        all.add(new double[][] {base.forkTimes(), p.forkTimes()});
                    });
                }
            }
            if (pairs.isEmpty()) {
                continue;
            }
            PairingChoice choice = PairingChoice.of(pairs, all);
            choices.add(new Choice(inBlock.get(0).workload(), inBlock.get(0).size(), choice));
            if (!choice.paired()) {
                inBlock.forEach(p -> points.set(points.indexOf(p), p.withRounds(new int[0])));
            }
        }
        return choices;
    }

    /** a's and b's fork times of the rounds both ran in, in a's order; empty where there are too few to pair. */
    static Optional<double[][]> paired(Point a, Point b) {
        Map<Integer, Integer> bAt = new HashMap<>();
        for (int f = 0; f < b.rounds().length; f++) {
            bAt.put(b.rounds()[f], f);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int f = 0; f < a.rounds().length; f++) {
            Integer g = bAt.get(a.rounds()[f]);
            if (g != null) {
                pairs.add(new double[] {a.forkTimes()[f], b.forkTimes()[g]});
            }
        }
        if (pairs.size() < FEWEST_PAIRS) {
            return Optional.empty();
        }
        return Optional.of(new double[][] {pairs.stream().mapToDouble(x -> x[0]).toArray(),
                pairs.stream().mapToDouble(x -> x[1]).toArray()});
    }

    /** The blocks measured (a workload's ordinal and a size), in the order the file first has them. */
    private static List<List<Long>> blocks(List<Point> points) {
        return points.stream().map(Pairing::blockOf).distinct().toList();
    }

    private static List<Long> blockOf(Point p) {
        return List.of((long) p.workload().ordinal(), p.size());
    }

    private static List<Point> inBlock(List<Point> points, List<Long> block) {
        return points.stream().filter(p -> blockOf(p).equals(block)).toList();
    }
}

package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.catalog.Bench;
import parbench.catalog.Params;
import parbench.jmhfmt.BenchmarkRow;
import parbench.machine.MachineRecord;
import parbench.stats.Estimate;
import parbench.stats.Stats;
import parbench.work.GoetzRule;
import parbench.work.LocalEcho;
import parbench.work.MixedWork;
import parbench.work.Parking;

/**
 * The waiting work of one run, as data: at each wait share the pool sweep's measured optimum beside
 * Goetz's rule, virtual threads and supplyAsync against the best pool, the real blocking call
 * beside parking, and the batches of many waiting tasks. Every estimate is over forks (fork
 * medians, their interpolated interval; ratios as Hodges-Lehmann with the Mann-Whitney interval).
 *
 * @param cores       the processors the forks saw: the rule's cores
 * @param jdkFeature  the forks' JDK (17, 25), from the rows; 0 where unknown
 * @param shares      the parking sweep, one per wait share (and compute), ascending
 * @param realCalls   the configurations measured with a socket round trip, each beside its parking twin
 * @param batches     the many waiting tasks: each executor's batch
 * @param virtualFrom the smallest wait share from which virtual threads match or beat the best pool at
 *                    every share measured; empty where they never do or were not measured
 * @param elementsPerMicro the kernel's speed every fork was given (-p elementsPerMicro); empty where forks measured their own
 */
public record WaitingWork(int cores, int jdkFeature, List<Share> shares, List<RealCall> realCalls, List<Batch> batches,
        OptionalInt virtualFrom, OptionalDouble elementsPerMicro) {

    /**
     * One configuration: tasks finished a second, and the compute and wait its tasks got (C and W,
     * the timer's slack, the wake-up and any queue for a processor), in microseconds.
     *
     * @param forkThroughputs each fork's median throughput
     */
    public record Measured(Estimate throughput, Estimate computedMicros, Estimate waitedMicros, double[] forkThroughputs) {
    }

    /**
     * How a strategy stands against the best pool at a share: its throughput ratio's interval against
     * 1 (an interval that holds 1 is a tie). UNKNOWN: too few forks for an interval.
     */
    public enum Standing { BEATS, MATCHES, BELOW, UNKNOWN }

    /** A strategy at one share against the best pool there: its figures and its throughput / the best's. */
    public record Versus(Measured measured, Estimate ratio, Standing standing) {
    }

    /**
     * One wait share with parking.
     *
     * @param pools          each pool size measured, ascending
     * @param optimum        the measured optimum; empty without pools
     * @param rule           Goetz's size with the W and C set: cores x (1 + W / C)
     * @param ruleAchieved   Goetz's size with the W and C the smallest pool's tasks got (the fewest wait for a core there)
     */
    public record Share(int waitPercent, double computeMicros, SortedMap<Integer, Measured> pools,
            Optional<PoolOptimum> optimum, double rule, OptionalDouble ruleAchieved, Optional<Versus> virtualThreads,
            Optional<Versus> futures) {
        /** W as set, in microseconds. */
        public double waitMicros() {
            return MixedWork.waitNanos(computeMicros * 1e3, waitPercent) / 1e3;
        }

        /** The wait the smallest pool's tasks got; empty without pools. */
        public Optional<Estimate> achievedWait() {
            return pools.isEmpty() ? Optional.empty() : Optional.of(pools.get(pools.firstKey()).waitedMicros());
        }

        /** The compute the smallest pool's tasks got; empty without pools. */
        public Optional<Estimate> achievedCompute() {
            return pools.isEmpty() ? Optional.empty() : Optional.of(pools.get(pools.firstKey()).computedMicros());
        }
    }

    /**
     * A configuration measured with a socket round trip, beside the same with parking.
     *
     * @param poolSize empty for virtual threads and supplyAsync
     * @param ratio    socket throughput / parking throughput
     */
    public record RealCall(Bench bench, OptionalInt poolSize, int waitPercent, Measured socket, Optional<Measured> parked,
            Optional<Estimate> ratio) {
    }

    /**
     * One executor's batch of many waiting tasks.
     *
     * @param poolSize        the pool's threads (the rule's, resolved with this run's cores); empty for virtual threads
     * @param ruleSized       the pool is sized by Goetz's rule
     * @param secondsPerBatch the time per batch
     * @param residentMiB     the batch's peak resident memory above the fork's before the executor; none where unmeasured
     * @param peakThreads     the most live platform threads during a batch
     */
    public record Batch(Bench bench, OptionalInt poolSize, boolean ruleSized, int tasks, double waitMillis,
            double computeMicros, Estimate secondsPerBatch, Estimate residentMiB, Estimate peakThreads) {
        /** No executor can beat this: all tasks' waits at once, or waves of the pool's size, and never less than the computing over the cores. */
        public double idealSeconds(int cores) {
            double waves = poolSize.isPresent() ? Math.ceil((double) tasks / poolSize.getAsInt()) : 1;
            return Math.max(waves * (waitMillis / 1e3 + computeMicros / 1e6), tasks * computeMicros / 1e6 / Math.max(1, cores));
        }
    }

    /** The waiting work in these rows; empty where there is none. */
    public static Optional<WaitingWork> of(List<BenchmarkRow> rows, int cores) {
        List<BenchmarkRow> waiting = rows.stream().filter(r -> Bench.ofBenchmark(r.benchmark())
                .filter(b -> b.role == Bench.Role.WAITING).isPresent()).toList();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        List<Share> shares = shares(waiting, cores);
        double[] speeds = waiting.stream().mapToDouble(r -> number(r, Params.ELEMENTS_PER_MICRO)).distinct().toArray();
        OptionalDouble speed = speeds.length == 1 && speeds[0] > 0 ? OptionalDouble.of(speeds[0]) : OptionalDouble.empty();
        return Optional.of(new WaitingWork(cores, jdkFeature(rows), shares, realCalls(waiting),
                WaitingBatches.of(waiting, cores), virtualFrom(shares), speed));
    }

    /** Whether virtual threads were measured at all (at any share, or in a batch). */
    public boolean virtualThreadsMeasured() {
        return shares.stream().anyMatch(s -> s.virtualThreads().isPresent())
                || batches.stream().anyMatch(b -> b.bench() == Bench.MANY_WAITING_VIRTUAL_THREADS);
    }

    private static List<Share> shares(List<BenchmarkRow> rows, int cores) {
        Map<List<Double>, List<BenchmarkRow>> byShare = new TreeMap<>(Comparator.comparing((List<Double> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (BenchmarkRow r : rows) {
            if (isSweep(r) && Parking.NAME.equals(r.param(Params.BLOCKING))) {
                byShare.computeIfAbsent(List.of(number(r, Params.COMPUTE_MICROS), number(r, Params.WAIT_PERCENT)),
                        k -> new ArrayList<>()).add(r);
            }
        }
        List<Share> shares = new ArrayList<>();
        byShare.forEach((key, list) -> shares.add(share(key.get(0), (int) (double) key.get(1), list, cores)));
        return shares;
    }

    private static Share share(double computeMicros, int waitPercent, List<BenchmarkRow> rows, int cores) {
        SortedMap<Integer, Measured> pools = new TreeMap<>();
        Optional<Measured> virtual = Optional.empty();
        Optional<Measured> futures = Optional.empty();
        for (BenchmarkRow r : rows) {
            Bench b = Bench.ofBenchmark(r.benchmark()).orElseThrow();
            Measured m = measured(r);
            if (b == Bench.WAITING_POOL) {
                pools.put((int) number(r, Params.POOL_SIZE), m);
            } else if (b == Bench.WAITING_VIRTUAL_THREADS) {
                virtual = Optional.of(m);
            } else if (b == Bench.WAITING_FUTURES) {
                futures = Optional.of(m);
            }
        }
        double rule = cores > 0 ? GoetzRule.threadsForShare(cores, waitPercent) : Double.NaN;
        SortedMap<Integer, Estimate> throughputs = new TreeMap<>();
        pools.forEach((size, m) -> throughputs.put(size, m.throughput()));
        Optional<PoolOptimum> optimum = PoolOptimum.of(throughputs, rule);
        Measured least = pools.isEmpty() ? null : pools.get(pools.firstKey());
        OptionalDouble ruleAchieved = least == null || cores <= 0 || !least.waitedMicros().hasSamples()
                || !least.computedMicros().hasSamples() || !(least.computedMicros().value() > 0) ? OptionalDouble.empty()
                : OptionalDouble.of(GoetzRule.threads(cores, least.waitedMicros().value() * 1e3,
                        least.computedMicros().value() * 1e3));
        Optional<Measured> best = optimum.map(o -> pools.get(o.best()));
        return new Share(waitPercent, computeMicros, pools, optimum, rule, ruleAchieved,
                virtual.flatMap(v -> best.map(p -> versus(v, p))), futures.flatMap(f -> best.map(p -> versus(f, p))));
    }

    private static Versus versus(Measured m, Measured best) {
        Estimate ratio = Stats.ratioInterval(best.forkThroughputs(), m.forkThroughputs(), Stats.CONFIDENCE);
        Standing standing = !ratio.known() ? Standing.UNKNOWN
                : ratio.lo() > 1 ? Standing.BEATS : ratio.hi() < 1 ? Standing.BELOW : Standing.MATCHES;
        return new Versus(m, ratio, standing);
    }

    /**
     * The smallest share from which virtual threads match or beat the best pool at every share
     * measured above it; empty where they fall short at the largest, or any standing is unknown.
     */
    static OptionalInt virtualFrom(List<Share> shares) {
        List<Share> withVirtual = shares.stream().filter(s -> s.virtualThreads().isPresent())
                .sorted(Comparator.comparingInt(Share::waitPercent)).toList();
        if (withVirtual.stream().anyMatch(s -> s.virtualThreads().get().standing() == Standing.UNKNOWN)) {
            return OptionalInt.empty();
        }
        OptionalInt from = OptionalInt.empty();
        for (int i = withVirtual.size() - 1; i >= 0; i--) {
            if (withVirtual.get(i).virtualThreads().get().standing() == Standing.BELOW) {
                break;
            }
            from = OptionalInt.of(withVirtual.get(i).waitPercent());
        }
        return from;
    }

    private static List<RealCall> realCalls(List<BenchmarkRow> rows) {
        List<RealCall> calls = new ArrayList<>();
        for (BenchmarkRow r : rows) {
            if (isSweep(r) && LocalEcho.NAME.equals(r.param(Params.BLOCKING))) {
                Optional<Measured> parked = rows.stream().filter(p -> isSweep(p) && p.benchmark().equals(r.benchmark())
                        && Parking.NAME.equals(p.param(Params.BLOCKING)) && sameBesidesBlocking(p, r)).findFirst()
                        .map(WaitingWork::measured);
                Measured socket = measured(r);
                String pool = r.param(Params.POOL_SIZE);
                calls.add(new RealCall(Bench.ofBenchmark(r.benchmark()).orElseThrow(),
                        pool == null ? OptionalInt.empty() : OptionalInt.of((int) number(r, Params.POOL_SIZE)),
                        (int) number(r, Params.WAIT_PERCENT), socket, parked, parked.map(p -> Stats.ratioInterval(
                                p.forkThroughputs(), socket.forkThroughputs(), Stats.CONFIDENCE))));
            }
        }
        calls.sort(Comparator.comparingInt(RealCall::waitPercent).thenComparing(c -> c.bench().ordinal())
                .thenComparingInt(c -> c.poolSize().orElse(0)));
        return calls;
    }

    private static boolean sameBesidesBlocking(BenchmarkRow a, BenchmarkRow b) {
        Map<String, String> x = new TreeMap<>(a.params());
        Map<String, String> y = new TreeMap<>(b.params());
        x.remove(Params.BLOCKING);
        y.remove(Params.BLOCKING);
        return x.equals(y);
    }

    private static boolean isSweep(BenchmarkRow r) {
        return r.params().containsKey(Params.WAIT_PERCENT) && r.params().containsKey(Params.BLOCKING);
    }

    /** A configuration's throughput (each iteration's rate, fork medians) and its tasks' mean wait (per fork, summed waits over summed tasks). */
    static Measured measured(BenchmarkRow r) {
        double[][] rates = java.util.Arrays.stream(r.primary().forksInSecondsPerOp())
                .map(f -> java.util.Arrays.stream(f).map(s -> 1 / s).toArray()).toArray(double[][]::new);
        double[] forks = Stats.forkMedians(rates);
        double[] computes = WaitingBatches.perFork(r, "computedNanos", "waitsTimed", 1e-3);
        double[] waits = WaitingBatches.perFork(r, "waitedNanos", "waitsTimed", 1e-3);
        return new Measured(Stats.medianInterpolated(forks, Stats.CONFIDENCE),
                Stats.medianInterpolated(computes, Stats.CONFIDENCE), Stats.medianInterpolated(waits, Stats.CONFIDENCE), forks);
    }

    static double number(BenchmarkRow r, String param) {
        try {
            return Double.parseDouble(r.param(param));
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }

    private static int jdkFeature(List<BenchmarkRow> rows) {
        return rows.stream().map(r -> r.jvm() == null ? null : r.jvm().jdkVersion()).filter(v -> v != null)
                .mapToInt(v -> new MachineRecord.JvmInfo(null, v, null, null, null).featureVersion()).findFirst().orElse(0);
    }
}

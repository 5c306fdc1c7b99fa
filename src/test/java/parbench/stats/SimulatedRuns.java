package parbench.stats;

import java.util.SplittableRandom;

/**
 * Whole runs of one block with known truth, for the run-level methods: within a run, the block
 * design's noise ({@link BlockDesignSimulationTest#block}: the host's drift from round to round that
 * persists, each fork's own offset, 3% iteration noise, the strategy warming up), 20 rounds, as a
 * headline block gets in a default run (20-37); between runs, the host's hour: a shift of the whole
 * block, and a smaller one of each configuration of its own, which ratios do not cancel. Run shifts
 * are independent from run to run. Serial's truth is 2, the strategy's 1 (times a change), so the
 * true speedup is 2 / change.
 *
 * <p>Two shapes bracket this project's back-to-back runs (two runs of one jar moved a block's times
 * 8-22% and its ratios 3-6%). Small drift: within a run the block design's smaller round drift, between
 * runs a block shift of sd 7% and 2% a configuration; large drift: its larger round drift, 12% and
 * 3.5%. How far two runs' figures
 * then lie apart is held against the measured ranges by AcrossRunsSimulationTest. A heavy tail,
 * where asked, sends one run in ten three times as far.
 */
final class SimulatedRuns {
    private SimulatedRuns() {
    }

    /** How a host moves: within a run (round drift sd), and between runs (the block's shift, each configuration's own). */
    record Shape(String name, double roundSd, double blockSd, double ownSd, boolean heavyTail) {
        Shape withHeavyTail() {
            return new Shape(name + ", heavy tail", roundSd, blockSd, ownSd, true);
        }
    }

    static final Shape SMALL = new Shape("small drift", BlockDesignSimulationTest.ROUND_SD, 0.07, 0.02, false);
    static final Shape LARGE = new Shape("large drift", BlockDesignSimulationTest.INTEL_ROUND_SD, 0.12, 0.035, false);

    static final int ROUNDS = 20;
    static final double SERIAL_TRUTH = 2.0;
    static final double STRATEGY_TRUTH = 1.0;

    /** One run: serial's fork times [0] and the strategy's [1] over its rounds; the strategy's multiplied by change. */
    static double[][] run(SplittableRandom r, Shape shape, double change) {
        double[][] t = BlockDesignSimulationTest.block(r, ROUNDS, 2, shape.roundSd());
        double tail = shape.heavyTail() && r.nextDouble() < 0.1 ? 3 : 1;
        double block = shape.blockSd() * tail * gaussian(r);
        for (int c = 0; c < t.length; c++) {
            double factor = Math.exp(block + shape.ownSd() * tail * gaussian(r)) * (c == 1 ? change : 1);
            for (int k = 0; k < t[c].length; k++) {
                t[c][k] *= factor;
            }
        }
        return t;
    }

    /** The run's estimate of the strategy's time, as the suite takes it: the median over forks, interpolated interval. */
    static Estimate time(double[][] run) {
        return Stats.medianInterpolated(run[1], Stats.CONFIDENCE);
    }

    /** The run's estimate of the speedup, as the suite takes it from rounds enough to pair: serial / strategy, paired. */
    static Estimate speedup(double[][] run) {
        return Stats.pairedRatio(run[0], run[1]);
    }

    static double gaussian(SplittableRandom r) {
        return ForkLevelSimulationTest.gaussian(r);
    }

    /** k runs' estimates of one figure: times (speedup false) or speedups, with the runs themselves. */
    record Figures(double[][][] runs, Estimate[] times, Estimate[] speedups) {
        static Figures of(SplittableRandom r, Shape shape, int k, double change) {
            double[][][] runs = new double[k][][];
            Estimate[] times = new Estimate[k];
            Estimate[] speedups = new Estimate[k];
            for (int i = 0; i < k; i++) {
                runs[i] = run(r, shape, change);
                times[i] = time(runs[i]);
                speedups[i] = speedup(runs[i]);
            }
            return new Figures(runs, times, speedups);
        }

        double[] values(boolean speedup) {
            return java.util.Arrays.stream(speedup ? speedups : times).mapToDouble(Estimate::value).toArray();
        }
    }
}

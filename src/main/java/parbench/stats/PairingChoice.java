package parbench.stats;

import java.util.List;

/**
 * Whether a block's ratios are taken paired by round: the mean log width of its ratios paired and
 * unpaired, and the choice. Pairing is kept only where it narrows them by a tenth on the whole.
 * Where the forks of a round share the host's drift it narrows them by a third or more; where they
 * do not, the two widths differ by chance, and choosing the narrower every time cost coverage on
 * simulated blocks that share nothing (94.0% at 10 rounds) where a tenth keeps it (94.9%) (BlockDesignSimulationTest).
 *
 * @param ratios        how many ratios the choice was made on
 * @param pairedWidth   their mean log width (log of upper / lower end), paired
 * @param unpairedWidth the same, unpaired
 */
public record PairingChoice(int ratios, double pairedWidth, double unpairedWidth) {

    /** How much narrower paired intervals must come out, on the whole, to be kept. */
    public static final double IF_NARROWER = 0.9;

    public boolean paired() {
        return pairedWidth < IF_NARROWER * unpairedWidth;
    }

    /**
     * @param pairs each ratio's {a, b} fork times of the rounds both ran, in round order (a / b is the ratio)
     * @param all   each ratio's {a, b} fork times, all of them, in the same order of ratios
     */
    public static PairingChoice of(List<double[][]> pairs, List<double[][]> all) {
        double paired = 0;
        double unpaired = 0;
        for (int i = 0; i < pairs.size(); i++) {
            paired += logWidth(Stats.pairedRatio(pairs.get(i)[0], pairs.get(i)[1]));
            unpaired += logWidth(Stats.ratioInterval(all.get(i)[1], all.get(i)[0], Stats.CONFIDENCE));
        }
        int n = Math.max(pairs.size(), 1);
        return new PairingChoice(pairs.size(), paired / n, unpaired / n);
    }

    private static double logWidth(Estimate e) {
        return Math.log(e.hi() / e.lo());
    }
}

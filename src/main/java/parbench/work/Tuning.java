package parbench.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a strategy that hands chunks to workers is tuned, apart from its mechanism: how the work is
 * cut, whether the calling thread takes a share, and whether it spins before it blocks. A ranking
 * of mechanisms holds this fixed at {@link #DECLARED}: what a competent user of an executor, of
 * threads or of futures writes by default. What each choice is worth is measured on its own.
 *
 * @param split       how range sum and squares are cut
 * @param callerWorks the calling thread runs chunks too (one helper thread fewer), instead of only waiting
 * @param spin        the caller spins briefly for the workers before it blocks, where a processor is left for
 *                    it (a caller that only waits beside as many workers as processors does not)
 */
public record Tuning(Chunks split, boolean callerWorks, boolean spin) {

    /** One equal chunk per worker, the caller waits, no spin. */
    public static final Tuning DECLARED = new Tuning(Chunks.EQUAL, false, false);

    /** The @Param values, the declared one first. */
    public static final String EQUAL = "equal";
    public static final String GUIDED = "guided";
    public static final String WAITS = "waits";
    public static final String WORKS = "works";
    public static final String OFF = "off";
    public static final String ON = "on";

    /** How the work is cut into chunks. */
    public enum Chunks {
        /** One equal chunk per worker (what the posts and most code do). */
        EQUAL,
        /** Chunks that shrink as the work runs out, taken by whichever worker is free ({@link Split#guided}). */
        GUIDED
    }

    /** The tuning a benchmark's @Param values name; throws on a value that is none of them. */
    public static Tuning of(String split, String caller, String spin) {
        return new Tuning(choose("split", split, GUIDED, EQUAL) ? Chunks.GUIDED : Chunks.EQUAL,
                choose("caller", caller, WORKS, WAITS), choose("spin", spin, ON, OFF));
    }

    private static boolean choose(String param, String value, String yes, String no) {
        if (yes.equals(value) || no.equals(value)) {
            return yes.equals(value);
        }
        throw new IllegalArgumentException(param + "=" + value + ": use " + no + " or " + yes);
    }

    public boolean isDeclared() {
        return equals(DECLARED);
    }

    /** The @Param values this tuning is run with: split, caller, spin. */
    public String splitParam() {
        return split == Chunks.GUIDED ? GUIDED : EQUAL;
    }

    public String callerParam() {
        return callerWorks ? WORKS : WAITS;
    }

    public String spinParam() {
        return spin ? ON : OFF;
    }

    /** What differs from the declared policy: "guided split, caller works, spin"; "declared policy" for none. */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (split != DECLARED.split) {
            parts.add(split.name().toLowerCase(Locale.ROOT) + " split");
        }
        if (callerWorks != DECLARED.callerWorks) {
            parts.add(callerWorks ? "caller works" : "caller waits");
        }
        if (spin != DECLARED.spin) {
            parts.add(spin ? "spin" : "no spin");
        }
        return parts.isEmpty() ? "declared policy" : String.join(", ", parts);
    }

    /** The cut of n elements for this many workers. */
    public List<Split.Range> chunks(long n, int workers) {
        return split == Chunks.GUIDED ? Split.guided(n, workers, Split.SMALLEST_GUIDED_CHUNK) : Split.contiguous(n, workers);
    }
}

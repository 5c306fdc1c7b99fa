package parbench.launch;

import java.time.Duration;

/**
 * Where a run is, as data for the console's progress line: its stage ("pilot", "rounds",
 * "adaptive", or JMH's own order), what it is doing in that stage, how far through the stage's
 * planned forks it is, and the time left. JMH's verbose console prints {@link #line} instead.
 *
 * @param stage  a word for the stage: the progress line's title
 * @param detail what runs now ("round 3 of 6", "rangeSum n=50000000, round 14")
 * @param fork   the fork (or benchmark, in JMH's order) now starting, 1-based; 0 where the stage has no planned count
 * @param forks  the stage's planned forks; 0 where none are planned ahead (the adaptive steps)
 * @param spent  the run's time so far, from its first fork
 * @param eta    the stage's time left; null where it is not known yet
 * @param budget an adaptive run's budget, pilot included; null for a fixed number of forks
 * @param line   the line JMH's verbose console prints in place of its own "# Run progress"; null to keep JMH's
 */
record Progress(String stage, String detail, int fork, int forks, Duration spent, Duration eta, Duration budget, String line) {

    /** The adaptive steps: no planned count, the budget is the bar. */
    boolean byBudget() {
        return forks == 0 && budget != null;
    }

    /** Time left in the run as a whole: the stage's, or an adaptive run's budget where that ends later. */
    Duration runLeft() {
        Duration budgetLeft = budget == null ? null : positive(budget.minus(spent));
        if (eta == null) {
            return byBudget() ? budgetLeft : null;
        }
        return budgetLeft != null && budgetLeft.compareTo(eta) > 0 ? budgetLeft : eta;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}

package parbench.stats;

/**
 * A two-sample test's result at a significance level, as data (like benchstat's
 * benchmath.Comparison: P, N1, N2, Alpha); what it is called when printed is the renderer's.
 *
 * @param method    which test gave p
 * @param canDetect samples of these sizes can give p below alpha at all
 */
public record TestResult(Method method, double p, int n1, int n2, double alpha, boolean canDetect) {

    /** The tests compare uses. */
    public enum Method {
        /** Welch's t on the logs of each fork's median: the forks are the samples */
        WELCH_LOG_FORKS,
        /** Mann-Whitney U on the iterations, where a file has one fork: iterations stand in for forks */
        U_ITERATIONS,
        /** Welch's t on the logs of each run's estimate, several runs a side: the runs are the samples */
        WELCH_LOG_RUNS
    }

    public boolean significant() {
        return canDetect && p < alpha;
    }
}

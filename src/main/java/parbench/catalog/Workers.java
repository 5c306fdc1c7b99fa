package parbench.catalog;

import java.util.List;

/**
 * Worker counts as symbols resolved against this JVM's Runtime.availableProcessors(), which honours
 * taskset and cgroup quotas: results from machines of different sizes line up by name.
 */
public final class Workers {
    public static final String ONE = "1";
    public static final String HALF = "half";
    public static final String CORES = "cores";
    public static final String TWICE_CORES = "2xcores";
    /** Every symbol, in the order tables list them. */
    public static final List<String> SYMBOLS = List.of(ONE, HALF, CORES, TWICE_CORES);

    private Workers() {
    }

    public static int resolve(String symbol) {
        return resolve(symbol, Runtime.getRuntime().availableProcessors());
    }

    /** The count a symbol names on a machine with this many available processors (a result file's). */
    public static int resolve(String symbol, int cores) {
        switch (symbol) {
            case ONE:
                return 1;
            case HALF:
                return Math.max(1, cores / 2);
            case CORES:
                return cores;
            case TWICE_CORES:
                return 2 * cores;
            default:
                try {
                    int n = Integer.parseInt(symbol);
                    if (n >= 1) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // fall through to the error that names the choices
                }
                throw new IllegalArgumentException("unknown worker count '" + symbol
                        + "': use 1, half, cores, 2xcores or a positive number");
        }
    }
}

package parbench.strategy;

/**
 * Worker counts as symbols resolved against this JVM's Runtime.availableProcessors(), which honours
 * taskset and cgroup quotas: results from machines of different sizes line up by name.
 */
public final class WorkerCount {
    private WorkerCount() {
    }

    public static int resolve(String symbol) {
        return resolve(symbol, Runtime.getRuntime().availableProcessors());
    }

    /** The count a symbol names on a machine with this many available processors (a result file's). */
    public static int resolve(String symbol, int cores) {
        switch (symbol) {
            case "1":
                return 1;
            case "half":
                return Math.max(1, cores / 2);
            case "cores":
                return cores;
            case "2xcores":
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

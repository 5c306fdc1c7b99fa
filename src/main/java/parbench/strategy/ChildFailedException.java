package parbench.strategy;

/** A child JVM exited, hung, or answered with something other than the protocol. */
public class ChildFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChildFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The child JVM never got to run: the process could not be started, or the JVM gave up while
     * initialising (no memory, no threads). The host's trouble of the moment, not the strategy's:
     * the launcher runs the configuration again in the next round and says so in the run's record.
     */
    public static final class CouldNotStart extends ChildFailedException {
        private static final long serialVersionUID = 1L;

        public CouldNotStart(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

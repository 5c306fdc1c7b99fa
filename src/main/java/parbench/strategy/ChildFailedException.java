package parbench.strategy;

/** A child JVM exited, hung, or answered with something other than the protocol. */
public final class ChildFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChildFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

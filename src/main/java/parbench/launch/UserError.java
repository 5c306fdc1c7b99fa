package parbench.launch;

/**
 * A mistake in what the user asked for (a bad option, a missing or unreadable file): reported as one
 * line naming the problem, with exit status 2, never as a stack trace.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}

package parbench.jmhfmt;

/** A file that cannot be read as a JMH result file: missing, empty, truncated, or not JMH's JSON. */
public class ResultFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ResultFileException(String message) {
        super(message);
    }
}

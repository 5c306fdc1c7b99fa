package parbench.work;

/** The one place where a benchmark's answer is compared with the right one. */
public final class Answers {
    private Answers() {
    }

    /** Thrown when a strategy returns a wrong answer: such a run must fail, never report a speed. */
    public static final class WrongAnswerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WrongAnswerException(String message) {
            super(message);
        }
    }

    /** Throws unless actual is expected; for a message that must be built, test first and throw {@link #wrong}. */
    public static void check(String what, long expected, long actual) {
        if (expected != actual) {
            throw wrong(what, expected, actual);
        }
    }

    /**
     * The failure of a check whose message is built only when it fails: a benchmark checks every
     * call, and concatenating a message on each would be work inside the measured time.
     */
    public static WrongAnswerException wrong(String what, long expected, long actual) {
        return new WrongAnswerException("wrong answer for " + what + ": expected " + expected + ", got " + actual);
    }

    /** Checks every task's result, slot by slot, so a lost result names its task. */
    public static void checkEach(String what, long[] expected, long[] actual) {
        if (expected.length != actual.length) {
            throw wrong(what + ": number of results", expected.length, actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                throw new WrongAnswerException("wrong answer for " + what + ", task " + i
                        + ": expected " + expected[i] + ", got " + actual[i]);
            }
        }
    }
}

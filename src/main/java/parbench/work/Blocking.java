package parbench.work;

/**
 * How a waiting task blocks for W after computing: {@link Parking} or a {@link LocalEcho} round
 * trip. Each in-flight task has a slot of its own (a connection, for the round trip), so that no
 * two tasks share one at a time.
 */
public interface Blocking extends AutoCloseable {
    /** Blocks for about nanos and returns token as the other side handed it back. */
    long block(int slot, long nanos, long token);

    /** What the parameter that chooses it is called: "park" or "socket". */
    String name();

    @Override
    default void close() {
    }

    /** The blocking a parameter value names, with this many slots. */
    static Blocking named(String name, int slots) {
        switch (name) {
            case Parking.NAME:
                return new Parking();
            case LocalEcho.NAME:
                return LocalEcho.open(slots);
            default:
                throw new IllegalArgumentException("unknown blocking '" + name + "': use " + Parking.NAME + " or "
                        + LocalEcho.NAME);
        }
    }
}

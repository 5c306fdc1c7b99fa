package parbench.work;

/**
 * CPU work in fixed units: a xorshift chain that the JIT cannot shortcut, since every step needs
 * the one before. One unit is {@link #ITERATIONS_PER_UNIT} steps (a few milliseconds here).
 */
public final class SpinKernel {
    public static final int ITERATIONS_PER_UNIT = 1 << 21;

    private SpinKernel() {
    }

    public static long spin(int id, int units) {
        long x = 0x9E3779B97F4A7C15L ^ (id + 1L);
        long steps = (long) units * ITERATIONS_PER_UNIT;
        for (long i = 0; i < steps; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}

package parbench.strategy;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;

/**
 * One virtual thread per task (JDK 21+), looked up by reflection so the suite still builds for and
 * runs on JDK 17, where this strategy reports that it is unavailable. workers() only sets how many
 * chunks a range is cut into: virtual threads are not pooled, the JVM carries them on its own
 * ForkJoinPool of availableProcessors() carrier threads.
 */
public final class VirtualThreads extends ExecutorStrategy {
    public VirtualThreads(int workers) {
        super(newVirtualThreadPerTaskExecutor(), workers);
    }

    public static boolean isAvailable() {
        return Runtime.version().feature() >= 21;
    }

    public static String unavailableReason() {
        return "virtual threads need JDK 21 or later; this JVM is " + Runtime.version()
                + " (run with -jvm /path/to/jdk-21+/bin/java)";
    }

    /** Executors.newVirtualThreadPerTaskExecutor(), by reflection; throws before JDK 21. */
    static ExecutorService newVirtualThreadPerTaskExecutor() {
        if (!isAvailable()) {
            throw new UnsupportedOperationException(unavailableReason());
        }
        try {
            Method factory = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new UnsupportedOperationException(unavailableReason(), e);
        }
    }
}

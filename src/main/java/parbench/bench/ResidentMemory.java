package parbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's resident memory as Linux counts it (/proc/self/status): the heap's touched pages
 * and, outside it, every platform thread's stack. The peak ("high water mark") can be reset to the
 * current size (Linux 4.0+), so a batch's own peak can be read. Elsewhere nothing is measured.
 */
final class ResidentMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ResidentMemory() {
    }

    /** VmRSS in KiB; -1 where it cannot be read. */
    static long residentKiB() {
        return field("VmRSS:");
    }

    /** VmHWM in KiB, the peak since the last {@link #resetPeak}; -1 where it cannot be read. */
    static long peakKiB() {
        return field("VmHWM:");
    }

    /** Sets the peak to the current size; false where the system does not allow it. */
    static boolean resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or not readable: not measured
        }
        return -1;
    }
}

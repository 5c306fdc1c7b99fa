package parbench.machine;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The machine record as "field: value" lines, the way the machine command and reports show it. */
public final class MachineText {
    private MachineText() {
    }

    public static Map<String, String> fields(MachineRecord m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("CPU", or(m.cpuModel()));
        f.put("packages", or(m.packages()));
        f.put("physical cores", or(m.physicalCores()));
        f.put("logical processors", or(m.logicalProcessors()));
        f.put("availableProcessors", String.valueOf(m.availableProcessors()));
        f.put("cgroup CPU quota", m.cgroupCpuQuota() == null ? "none" : String.format(Locale.ROOT, "%.2f cores", m.cgroupCpuQuota()));
        f.put("memory", m.memoryBytes() == null ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", m.memoryBytes() / (double) (1L << 30)));
        f.put("OS", or(m.os()));
        f.put("JVM", m.jvm() == null ? "unknown" : m.jvm().vendor() + " " + m.jvm().version() + " (" + m.jvm().vmName() + ")");
        if (m.launcherJvm() != null) {
            f.put("launcher JVM", m.launcherJvm().vendor() + " " + m.launcherJvm().version());
        }
        f.put("date", or(m.date()));
        f.put("suite version", or(m.suiteVersion()));
        return f;
    }

    public static void print(MachineRecord m, PrintStream out) {
        out.println("machine: " + m.name());
        fields(m).forEach((k, v) -> out.println("  " + k + ": " + v));
        if (m.missing() != null && !m.missing().isEmpty()) {
            out.println("  not readable: " + String.join("; ", m.missing()));
        }
    }

    private static String or(Object v) {
        return v == null ? "unknown" : v.toString();
    }
}

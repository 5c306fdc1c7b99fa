package parbench.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Takes the machine record once per run, in the launching JVM, before any benchmark starts: the
 * first use of OSHI is slow and runs external probes, which must never fall inside a measured
 * region. Anything OSHI cannot read is left empty and named, never guessed.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** The machine as seen from here, with the benchmark JVM described by {@code jvm}. */
    public static MachineRecord take(MachineRecord.JvmInfo jvm) {
        List<String> missing = new ArrayList<>();
        CentralProcessor cpu = null;
        HardwareAbstractionLayer hal = null;
        String os = null;
        try {
            SystemInfo si = new SystemInfo();
            hal = si.getHardware();
            cpu = hal.getProcessor();
            os = si.getOperatingSystem().toString();
        } catch (Throwable t) {
            missing.add("OSHI: " + describe(t));
        }
        CentralProcessor p = cpu;
        HardwareAbstractionLayer h = hal;
        String model = read("CPU model", missing, () -> p.getProcessorIdentifier().getName().strip());
        Integer packages = read("CPU packages", missing, p == null ? null : p::getPhysicalPackageCount);
        Integer physical = read("physical cores", missing, p == null ? null : p::getPhysicalProcessorCount);
        Integer logical = read("logical processors", missing, p == null ? null : p::getLogicalProcessorCount);
        Long memory = read("memory", missing, h == null ? null : () -> h.getMemory().getTotal());
        if (os == null) {
            os = System.getProperty("os.name") + " " + System.getProperty("os.version");
        }
        MachineRecord.JvmInfo here = currentJvm();
        int available = jvm.availableProcessors() != null ? jvm.availableProcessors() : here.availableProcessors();
        return new MachineRecord(
                machineName(model, logical != null ? logical : available),
                model, packages, physical, logical, available, cgroupCpuQuota(), memory, os,
                jvm, jvm.equals(here) ? null : here,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                suiteVersion(), List.copyOf(missing), null, null, null, null);
    }

    public static MachineRecord.JvmInfo currentJvm() {
        return new MachineRecord.JvmInfo(System.getProperty("java.vendor"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.home"),
                Runtime.getRuntime().availableProcessors());
    }

    /** The results folder's name for this machine: its CPU model and logical processor count. */
    public static String machineName(String cpuModel, int logicalProcessors) {
        String base = cpuModel == null ? "unknown-cpu" : cpuModel.toLowerCase(Locale.ROOT)
                .replaceAll("\\((r|tm)\\)", "")
                .replaceAll("\\b(processor|cpu|with radeon graphics)\\b", "")
                .replaceAll("@.*", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "unknown-cpu";
        }
        return base + "-" + logicalProcessors + "cpu";
    }

    /** A cgroup CPU limit in cores (v2 cpu.max, else v1 cfs quota), or null where none is set. */
    public static Double cgroupCpuQuota() {
        try {
            Path v2 = Path.of("/sys/fs/cgroup/cpu.max");
            if (Files.isReadable(v2)) {
                String[] parts = Files.readString(v2).trim().split("\\s+");
                return parts[0].equals("max") ? null : Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            }
            Path quota = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_quota_us");
            Path period = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_period_us");
            if (Files.isReadable(quota) && Files.isReadable(period)) {
                long q = Long.parseLong(Files.readString(quota).trim());
                return q <= 0 ? null : (double) q / Long.parseLong(Files.readString(period).trim());
            }
        } catch (IOException | RuntimeException ignored) {
            // no readable cgroup files: no quota we can know of
        }
        return null;
    }

    public static String suiteVersion() {
        String v = Fingerprint.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    private static <T> T read(String what, List<String> missing, Supplier<T> getter) {
        if (getter == null) {
            missing.add(what);
            return null;
        }
        try {
            T value = getter.get();
            if (value == null || value instanceof String s && s.isBlank()) {
                missing.add(what);
                return null;
            }
            return value;
        } catch (Throwable t) {
            missing.add(what + ": " + describe(t));
            return null;
        }
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }
}

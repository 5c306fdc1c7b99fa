package parbench.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import parbench.JmhRows;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;

/** Synthetic runs of the suite's headline block with known figures, each with a machine record naming its suite. */
final class RunsOfOneSuite {
    private RunsOfOneSuite() {
    }

    static final long N = 50_000_000;

    /** A record of the EPYC-like machine on a JDK, started at the given time, of the suite with this hash (null: none). */
    static MachineRecord record(String machine, String jdk, String date, String hash) {
        return new MachineRecord(machine, "AMD EPYC", 1, 2, 2, 2, null, null, "Linux",
                new MachineRecord.JvmInfo("Debian", jdk, "OpenJDK 64-Bit Server VM", "/usr/lib/jvm", 2), null,
                date, "0.1.0", List.of(), null, null, hash, null);
    }

    /**
     * A run at 50,000,000: serial 17.6 ms, the ceiling 18 ms on 2 threads, the pool at cores 9 ms x
     * pool, parallel streams at cores 9.5 ms x streams; the whole block x hour (the host's hour), and
     * a smaller size the pool alone measured where extra is true (a size one run added).
     */
    static RunPool.Run run(Path dir, String label, MachineRecord machine, double hour, double pool, double streams, boolean extra)
            throws IOException {
        List<String> rows = new java.util.ArrayList<>(List.of(
                JmhRows.rangeSum("SerialBench", 1, null, N, 17.6 * hour),
                JmhRows.rangeSum("CeilingBench", 2, null, N, 18.0 * hour),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", N, 9.0 * hour * pool),
                JmhRows.rangeSum("ParallelStreamsBench", 1, "cores", N, 9.5 * hour * streams)));
        if (extra) {
            rows.add(JmhRows.rangeSum("SerialBench", 1, null, 7_100_000, 2.5));
            rows.add(JmhRows.rangeSum("FixedPoolBench", 1, "cores", 7_100_000, 1.4));
        }
        Path json = JmhRows.write(dir.resolve(label + ".json"), rows.toArray(String[]::new));
        return RunPool.Run.of(label, JmhResultFile.read(json), machine);
    }

    static RunPool.Run run(Path dir, String label, MachineRecord machine, double hour, double pool) throws IOException {
        return run(dir, label, machine, hour, pool, 1, false);
    }

    static Comparison.Input input(Path dir, String label, MachineRecord machine, double hour, double pool) throws IOException {
        run(dir, label, machine, hour, pool);
        Path json = dir.resolve(label + ".json");
        return new Comparison.Input(label, json.toString(), JmhResultFile.read(json), machine);
    }
}

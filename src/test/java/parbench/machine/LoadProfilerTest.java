package parbench.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoadProfilerTest {

    @Test
    void noTickMovedIsUnknownNotIdle() {
        long[] ticks = {100, 0, 50, 1000, 0, 0, 0, 0};
        LoadProfiler.Load load = LoadProfiler.Load.between(ticks, ticks.clone());
        assertTrue(Double.isNaN(load.busy()));
        assertTrue(Double.isNaN(load.steal()));
    }

    @Test
    void busyAndStealShares() {
        // USER, NICE, SYSTEM, IDLE, IOWAIT, IRQ, SOFTIRQ, STEAL
        long[] start = {0, 0, 0, 0, 0, 0, 0, 0};
        long[] end = {30, 0, 10, 50, 0, 0, 0, 10};
        LoadProfiler.Load load = LoadProfiler.Load.between(start, end);
        assertEquals(0.5, load.busy(), 1e-12);
        assertEquals(0.1, load.steal(), 1e-12);
    }

    @Test
    void oshisCachedArrayIsRecognisedAsStale() {
        long[] cached = {100, 0, 50, 1000, 0, 0, 0, 0};
        LoadProfiler.Snapshot first = LoadProfiler.Snapshot.of(cached);
        cached[0] = 200; // even if the cached array were updated in place, the same array is no new read
        LoadProfiler.Snapshot again = LoadProfiler.Snapshot.of(cached);
        assertTrue(Double.isNaN(LoadProfiler.Load.between(first, again).busy()));
        assertNotSame(first.ticks(), first.raw(), "a copy is kept, not OSHI's array");
        long[] fresh = {150, 0, 50, 1050, 0, 0, 0, 0};
        assertEquals(0.5, LoadProfiler.Load.between(first, LoadProfiler.Snapshot.of(fresh)).busy(), 1e-12);
    }

    @Test
    void profilerReportsLoadFromInsideAJmhFork() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.file.Path json = java.nio.file.Files.createTempFile("load", ".json");
        int status = parbench.Main.run(new String[] {"--no-save", "SerialBench.sleepingTasks", "-p", "millis=20",
                "-f", "1", "-wi", "0", "-i", "2", "-r", "400ms", "-rf", "json", "-rff", json.toString()},
                new java.io.PrintStream(out, true), new java.io.PrintStream(out, true));
        assertEquals(0, status, out.toString());
        parbench.jmhfmt.BenchmarkRow row = parbench.jmhfmt.JmhResultFile.read(json).get(0);
        for (String metric : new String[] {LoadProfiler.LOAD, LoadProfiler.BUSY_CORES, LoadProfiler.STEAL, LoadProfiler.JVM_LOAD}) {
            double[] values = parbench.JmhRows.iterations(row.secondaries().get(metric));
            assertEquals(2, values.length, metric);
            for (double v : values) {
                assertTrue(Double.isFinite(v) && v >= 0, metric + " = " + v);
            }
        }
        double load = parbench.JmhRows.iterations(row.secondaries().get(LoadProfiler.LOAD))[0];
        assertTrue(load <= 1, "a share of the machine: " + load);
        // the fork read /proc/stat's ticks without setting up OSHI's processor: the launcher handed it the count
        String jvmArgs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get(0).get("jvmArgs").toString();
        assertTrue(jvmArgs.contains("-D" + LoadProfiler.LOGICAL_PROCESSORS + "="), jvmArgs);
        java.nio.file.Files.deleteIfExists(json);
    }

    @Test
    void fingerprintNamesTheMachine() {
        MachineRecord m = Fingerprint.take(Fingerprint.currentJvm());
        assertEquals(Runtime.getRuntime().availableProcessors(), m.availableProcessors());
        assertTrue(m.name().matches("[a-z0-9-]+-\\d+cpu"), m.name());
        assertEquals(Runtime.version().feature(), m.jvm().featureVersion(), "the record names the JVM it runs on");
        assertEquals("intel-xeon-platinum-8370c-2cpu", Fingerprint.machineName("Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz", 2));
        assertEquals("apple-m1-8cpu", Fingerprint.machineName("Apple M1", 8));
        assertEquals("unknown-cpu-4cpu", Fingerprint.machineName(null, 4));
        assertEquals(8, new MachineRecord.JvmInfo(null, "1.8.0_392", null, null, null).featureVersion());
        assertEquals(17, new MachineRecord.JvmInfo(null, "17.0.15", null, null, null).featureVersion());
        assertEquals(25, new MachineRecord.JvmInfo(null, "25", null, null, null).featureVersion());
    }
}

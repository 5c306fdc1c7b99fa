package parbench.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's hash keys on the measured classes' names and bytes, and on nothing a build or a report adds. */
class SuiteHashTest {
    @TempDir
    Path dir;

    private static final byte[] JMH = "jmh.version=1.37\n".getBytes(StandardCharsets.UTF_8);

    /** A suite's files: measured classes, a report class, a library class and a jar's extras. */
    private static Map<String, String> suite() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("parbench/bench/SerialBench.class", "serial");
        files.put("parbench/bench/jmh_generated/SerialBench_rangeSum_jmhTest.class", "generated");
        files.put("parbench/catalog/Plan.class", "plan");
        files.put("parbench/work/RangeSumKernel.class", "kernel");
        files.put("parbench/analysis/Verdict.class", "verdict");
        files.put("parbench/render/RunReport.class", "report");
        files.put("org/openjdk/jmh/runner/Runner.class", "jmh");
        files.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0");
        return files;
    }

    private Path folder(String name, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return root;
    }

    /** The files as a jar, entries in the given order, each stamped with the given time. */
    private Path jar(String name, Map<String, String> files, long millis) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setLastModifiedTime(FileTime.fromMillis(millis));
                zip.putNextEntry(e);
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void twoBuildsOfTheSameClassesGiveOneHashWhateverTheirTimesAndWhereverTheyAre() throws Exception {
        Map<String, String> reversed = new LinkedHashMap<>();
        java.util.List<String> names = new java.util.ArrayList<>(suite().keySet());
        java.util.Collections.reverse(names);
        names.forEach(k -> reversed.put(k, suite().get(k)));
        String fromJar = SuiteHash.of(jar("a.jar", suite(), 1_000_000L), JMH);
        assertEquals(fromJar, SuiteHash.of(jar("b.jar", reversed, 2_000_000_000L), JMH), "entry order and times are not the suite");
        assertEquals(fromJar, SuiteHash.of(folder("classes", suite()), JMH), "a classes folder hashes as its jar");
        assertNotEquals(Files.readAllBytes(dir.resolve("a.jar")), Files.readAllBytes(dir.resolve("b.jar")));
        assertTrue(fromJar.matches("[0-9a-f]{64}"), fromJar);
    }

    @Test
    void aMeasuredClassOrJmhChangesItAndAReportOrALibraryDoesNot() throws Exception {
        String base = SuiteHash.of(folder("base", suite()), JMH);
        Map<String, String> kernel = suite();
        kernel.put("parbench/work/RangeSumKernel.class", "kernel, changed");
        Map<String, String> plan = suite();
        plan.put("parbench/catalog/Params.class", "a new class of the plan");
        Map<String, String> report = suite();
        report.put("parbench/render/RunReport.class", "report, worded anew");
        report.put("parbench/analysis/Verdict.class", "verdict, rewritten");
        Map<String, String> library = suite();
        library.put("org/openjdk/jmh/runner/Runner.class", "another build of a library");
        assertNotEquals(base, SuiteHash.of(folder("kernel", kernel), JMH));
        assertNotEquals(base, SuiteHash.of(folder("plan", plan), JMH));
        assertNotEquals(base, SuiteHash.of(folder("base", suite()), "jmh.version=1.38\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(base, SuiteHash.of(folder("report", report), JMH));
        assertEquals(base, SuiteHash.of(folder("library", library), JMH), "JMH is keyed by its version file");
    }

    @Test
    void entriesCannotRunTogether() {
        Map<String, byte[]> one = Map.of("parbench/work/A.class", "xy".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> other = Map.of("parbench/work/A.clas", "sxy".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(SuiteHash.hash(one), SuiteHash.hash(other));
    }

    @Test
    void theRunningSuiteHasAHashOfItsMeasuredClasses() throws Exception {
        String running = SuiteHash.ofRunningSuite().orElseThrow();
        Path classes = Path.of(SuiteHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(SuiteHash.of(classes, SuiteHash.jmhVersion()), running);
        assertTrue(new String(SuiteHash.jmhVersion(), StandardCharsets.UTF_8).contains("jmh.version="), "JMH's version is found");
    }
}

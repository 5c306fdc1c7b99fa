package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.Main;

/**
 * The forks map a class-data archive made by one short fork, and it is gone when the run ends;
 * JVM arguments that decide class sharing themselves are left alone. The launcher runs in a child
 * JVM whose class path is jars only (this JVM's class directories packed into one), as with
 * java -jar benchmarks.jar: an archive cannot hold a directory.
 */
class ClassArchiveTest {

    @Test
    void theForksMapAnArchiveThatIsGoneWhenTheRunEnds(@TempDir Path dir) throws Exception {
        Run run = launch(dir);
        assertTrue(run.log.contains("the forks map a class-data archive"), run.log);
        List<String> archives = new ArrayList<>();
        for (JsonNode entry : run.results) {
            entry.get("jvmArgs").forEach(a -> {
                if (a.asText().startsWith("-XX:SharedArchiveFile=")) {
                    archives.add(a.asText().substring("-XX:SharedArchiveFile=".length()));
                }
            });
        }
        assertEquals(run.results.size(), archives.size(), "every configuration's forks map it: " + run.results);
        assertFalse(Files.exists(Path.of(archives.get(0))), "deleted when the run ends");
        assertFalse(Files.exists(Path.of(archives.get(0)).getParent()), "its directory too");
    }

    @Test
    void argumentsThatDecideSharingAreLeftAlone(@TempDir Path dir) throws Exception {
        Run run = launch(dir, "-jvmArgsAppend", "-Xshare:off");
        assertFalse(run.log.contains("class-data archive"), run.log);
        for (JsonNode entry : run.results) {
            assertFalse(entry.get("jvmArgs").toString().contains("SharedArchiveFile"), entry.get("jvmArgs").toString());
        }
    }

    @Test
    void sharingFlagsAreRecognised() {
        assertTrue(ClassArchive.sharingGiven(List.of("-Xmx1g", "-Xshare:off")));
        assertTrue(ClassArchive.sharingGiven(List.of("-XX:SharedArchiveFile=/tmp/mine.jsa")));
        assertTrue(ClassArchive.sharingGiven(List.of("-XX:+AutoCreateSharedArchive")));
        assertFalse(ClassArchive.sharingGiven(List.of("-Xmx1g", "-XX:ActiveProcessorCount=4")));
    }

    private record Run(String log, JsonNode results) {
    }

    private static Run launch(Path dir, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djmh.ignoreLock=true", "-cp", jarsOnly(dir), Main.class.getName(), "--results", dir.resolve("results").toString(),
                "SerialBench.rangeSum$", "-p", "n=1000", "-f", "2", "-wi", "0", "-i", "1", "-r", "10ms",
                "-rf", "json", "-rff", dir.resolve("out.json").toString()));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "still running after 2 minutes");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(0, p.exitValue(), log);
        return new Run(log, new ObjectMapper().readTree(dir.resolve("out.json").toFile()));
    }

    /** This JVM's class path with each directory packed into a jar of its own. */
    private static String jarsOnly(Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            entries.add(Files.isDirectory(p) ? pack(p, dir.resolve("classes-" + i++ + ".jar")).toString() : e);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path pack(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }
}

package parbench.machine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The suite a run was made with, as a SHA-256: {@code suiteVersion} never changes, so runs of one
 * machine and JDK are "of one suite", and pool, where this agrees. It covers the code that decides
 * what is measured and how: the class files of the benchmarks (with the classes JMH generated for
 * them, which carry every annotation's defaults), the kernels, the strategies, the child-process
 * worker, the catalog (the plan), the launcher (options, rounds, blocks) and the load profiler that
 * runs in every fork; and JMH's version. It leaves out what only reads results (analysis, reports,
 * charts, the results folder, statistics, the commands): a run's figures do not move when a report
 * is worded anew, and its runs still pool. A user's kernel is not in it; its class name is in every
 * row it measured.
 *
 * <p>Entries are hashed by name and content in name order, never as the jar's bytes: a jar's entries
 * carry the time of the build, class files do not, so two builds of one commit with one compiler
 * give one hash, and the same classes from target/classes give the one their jar gives. Read once in
 * the launcher before any benchmark starts.
 */
public final class SuiteHash {
    private SuiteHash() {
    }

    /** The packages whose class files are hashed: what shapes the measurement. */
    static final List<String> MEASURED = List.of("parbench/bench/", "parbench/catalog/", "parbench/launch/",
            "parbench/machine/", "parbench/strategy/", "parbench/work/", "parbench/worker/");
    /** JMH's own version file, on the class path beside the suite. */
    static final String JMH_VERSION = "jmh.properties";

    /** The hash of the code this class was loaded from (the jar, or a classes folder); empty where it cannot be read. */
    public static Optional<String> ofRunningSuite() {
        try {
            Path source = Path.of(SuiteHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.of(of(source, jmhVersion()));
        } catch (IOException | URISyntaxException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The hash of the measured classes in a jar or a classes folder, with JMH's version file.
     *
     * @param jmhVersion the bytes of jmh.properties (empty where it is not found)
     */
    public static String of(Path jarOrFolder, byte[] jmhVersion) throws IOException {
        Map<String, byte[]> entries = Files.isDirectory(jarOrFolder) ? fromFolder(jarOrFolder) : fromJar(jarOrFolder);
        entries.put(JMH_VERSION, jmhVersion);
        return hash(entries);
    }

    static String hash(Map<String, byte[]> entriesByName) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        new TreeMap<>(entriesByName).forEach((name, content) -> {
            // name and length before the content: no two different sets of entries run together alike
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    static boolean measured(String name) {
        return name.endsWith(".class") && MEASURED.stream().anyMatch(name::startsWith);
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory() && measured(e.getName())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }

    private static Map<String, byte[]> fromFolder(Path folder) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                if (measured(name)) {
                    entries.put(name, Files.readAllBytes(f));
                }
            }
        }
        return entries;
    }

    /** jmh.properties as JMH's jar (or the shaded jar) holds it; empty where there is none. */
    static byte[] jmhVersion() {
        try (InputStream in = org.openjdk.jmh.runner.Runner.class.getClassLoader().getResourceAsStream(JMH_VERSION)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package parbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plan of packages, held: data flows launch -> results (files) -> jmhfmt -> analysis -> render
 * -> publish, and each package uses only those it is allowed, so no import points back up and there
 * is no cycle; render words figures and calls no statistics; every package says what it is for.
 */
class PackageImportsTest {
    private static final Path MAIN = Path.of("src", "main", "java", "parbench");

    /** What each package may use; "" is the root package (the commands), which nothing uses. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("stats", Set.of()),
            Map.entry("jmhfmt", Set.of()),
            Map.entry("work", Set.of()),
            Map.entry("worker", Set.of("work")),
            Map.entry("catalog", Set.of("work")),
            Map.entry("machine", Set.of("catalog", "work")),
            Map.entry("strategy", Set.of("work", "worker")),
            Map.entry("bench", Set.of("catalog", "machine", "strategy", "work")),
            Map.entry("results", Set.of("machine", "work")),
            Map.entry("analysis", Set.of("catalog", "jmhfmt", "machine", "stats", "work")),
            Map.entry("render", Set.of("analysis", "catalog", "jmhfmt", "machine", "stats", "work")),
            Map.entry("publish", Set.of("analysis", "catalog", "jmhfmt", "machine", "render", "results", "stats", "work")),
            Map.entry("launch", Set.of("analysis", "catalog", "jmhfmt", "machine", "publish", "results", "stats", "strategy",
                    "work")),
            Map.entry("", Set.of("analysis", "catalog", "jmhfmt", "launch", "machine", "publish", "render", "results", "stats",
                    "work")));

    /**
     * The statistics render may read as data: an estimate, a test's result, a figure pooled over runs
     * and a change between sides of runs (their static of(...) is an estimator, held below).
     */
    private static final Set<String> STATS_AS_DATA = Set.of("Estimate", "TestResult", "AcrossRuns", "AcrossRunsChange");

    private static final Pattern USE = Pattern.compile("\\bparbench\\.([a-z]+)\\.([A-Z]\\w*)");

    @Test
    void everyPackageUsesOnlyThePackagesItIsAllowed() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Path source : sources()) {
            String pkg = packageOf(source);
            assertTrue(ALLOWED.containsKey(pkg), "a package the plan does not know: " + pkg + " (" + source + ")");
            Matcher m = USE.matcher(code(source));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                    wrong.add(source + " uses parbench." + used + "." + m.group(2));
                }
                if (pkg.equals("render") && used.equals("stats") && !STATS_AS_DATA.contains(m.group(2))) {
                    wrong.add(source + " uses a statistics routine, parbench.stats." + m.group(2));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Render reads figures; the estimators that make them are the analysis' alone. */
    @Test
    void renderCallsNoEstimator() throws Exception {
        Pattern estimator = Pattern.compile("\\b(Stats|Ratios|SignedRank|UTest|WelchTest|CurveCrossing|LinearFit|PairingChoice|AcrossRuns|AcrossRunsChange)\\.\\w+\\("
                + "|\\bPairing\\.paired\\(|\\.pairedRatio\\(|\\.ratioInterval\\(|\\.shiftInterval\\(");
        List<String> calls = new ArrayList<>();
        for (Path source : sources()) {
            if (packageOf(source).equals("render")) {
                Matcher m = estimator.matcher(code(source));
                while (m.find()) {
                    calls.add(source.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), calls);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws Exception {
        Set<Path> dirs = new TreeSet<>();
        sources().forEach(s -> dirs.add(s.getParent()));
        for (Path dir : dirs) {
            assertTrue(Files.isRegularFile(dir.resolve("package-info.java")), dir + " has no package-info.java");
        }
    }

    @Test
    void noMainFileIsOver350Lines() throws Exception {
        List<String> long_ = new ArrayList<>();
        for (Path source : sources()) {
            long lines = Files.readAllLines(source).size();
            if (lines > 350) {
                long_.add(source + ": " + lines);
            }
        }
        assertEquals(List.of(), long_);
    }

    private static List<Path> sources() throws Exception {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** "" for the root package, else its name below parbench. */
    private static String packageOf(Path source) {
        Path dir = MAIN.relativize(source).getParent();
        return dir == null ? "" : dir.toString();
    }

    /** The source without its comments: a comment may name any class. */
    private static String code(Path source) throws Exception {
        return Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}

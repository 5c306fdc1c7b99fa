package parbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/** The catalog and the benchmark classes name the same things. */
class CatalogTest {

    private static Set<String> benchmarkClasses() {
        return BenchmarkList.defaultList().getAll(null, java.util.List.of()).stream()
                .map(BenchmarkListEntry::getUserClassQName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyBenchmarkClassHasOneEntryAndEveryEntryAClass() {
        Set<String> catalogued = Arrays.stream(Bench.values()).map(Bench::className)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(benchmarkClasses(), catalogued);
    }

    /** Every method has a workload of SuiteRun's, except the waiting work's, which its own analysis reads. */
    @Test
    void everyBenchmarkMethodHasAWorkload() {
        for (BenchmarkListEntry e : BenchmarkList.defaultList().getAll(null, java.util.List.of())) {
            String method = e.getUsername().substring(e.getUsername().lastIndexOf('.') + 1);
            assertTrue(Series.of(e.getUsername(), java.util.Map.of()).isPresent(), e.getUsername());
            boolean waiting = Bench.ofBenchmark(e.getUsername()).orElseThrow().role == Bench.Role.WAITING;
            assertTrue(waiting != Workload.ofMethod(method).isPresent(), e.getUsername());
        }
    }

    @Test
    void labelsAreDistinctOncePoliciesAreNamed() {
        Set<String> labels = new TreeSet<>();
        for (Bench b : Bench.values()) {
            if (b != Bench.UNEVEN_TASKS) {
                assertTrue(labels.add(Series.of(b).label()), b + " repeats a label");
            }
        }
        for (parbench.work.Policy p : parbench.work.Policy.values()) {
            assertTrue(labels.add(new Series(Bench.UNEVEN_TASKS, p, false).label()));
        }
        assertTrue(labels.add(new Series(Bench.COMMON_POOL_STREAMS, null, true).label()));
    }

    @Test
    void benchmarkNamesMapToTheirClass() {
        assertEquals(Bench.FIXED_POOL, Bench.ofBenchmark("parbench.bench.FixedPoolBench.rangeSum").orElseThrow());
        assertTrue(Bench.ofBenchmark("com.example.FixedPoolBench.rangeSum").isEmpty());
        assertEquals(Workload.RANGE_SUM, Workload.ofMethod("rangeSumPerElement").orElseThrow());
        assertTrue(Workload.ofMethod("rangeSumm").isEmpty());
    }

    /** A @Param takes its name from its field: renamed, it would still compile, and the analysis would read nothing. */
    @Test
    void everyParamNameOfTheBenchmarksIsSpelledInTheCatalog() throws Exception {
        Set<String> used = new TreeSet<>();
        for (BenchmarkListEntry e : BenchmarkList.defaultList().getAll(null, java.util.List.of())) {
            e.getParams().orElse(java.util.Map.of()).keySet().forEach(used::add);
        }
        Set<String> named = new TreeSet<>();
        for (java.lang.reflect.Field f : Params.class.getFields()) {
            named.add((String) f.get(null));
        }
        assertEquals(named, used);
        for (Workload w : Workload.values()) {
            assertTrue(w.sizeParam == null || named.contains(w.sizeParam), w.toString());
        }
    }

    /** The lesson of each class is the catalog's: docs/benchmarks.md's table says the same, word for word (less Markdown's code marks). */
    @Test
    void theDocsLessonsAreTheCatalogs() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "benchmarks.md"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `(\\w+Bench)` \\| (.*) \\|$").matcher(doc);
        Set<Bench> seen = java.util.EnumSet.noneOf(Bench.class);
        while (row.find()) {
            String name = row.group(1);
            Bench b = Arrays.stream(Bench.values()).filter(x -> x.simpleName.equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/benchmarks.md names " + name + ", which the catalog does not"));
            assertEquals(b.lesson, row.group(2).replace("`", ""), name);
            seen.add(b);
        }
        assertEquals(java.util.EnumSet.allOf(Bench.class), seen, "every class has its row");
    }
}

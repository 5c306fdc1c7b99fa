package parbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The real JMH result files of other projects in ../shared/testdata, read in place. A test that reads
 * them is marked {@link Shared}: skipped, saying why, when the folder is not beside this clone; CI
 * requires the folder, so there they always run. Tests of the project's own behaviour use OtherSuite
 * or committed runs instead.
 */
public final class TestData {
    public static final Path SHARED = Path.of("..", "shared", "testdata", "jmh-results");

    private TestData() {
    }

    /** On a test or a class that reads these files: it runs only where they are (a parameterized test is then skipped whole). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @EnabledIf(value = "parbench.TestData#present",
            disabledReason = "reads other projects' JMH files: ../shared/testdata/jmh-results is not beside this clone")
    public @interface Shared {
    }

    /** Whether the folder is beside this clone. */
    public static boolean present() {
        return Files.isDirectory(SHARED);
    }

    /** Every JSON file there, however many there are. */
    public static Stream<Path> sharedFiles() throws Exception {
        assertPresent();
        List<Path> files;
        try (Stream<Path> s = Files.list(SHARED)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no JMH result files in " + SHARED.toAbsolutePath());
        return files.stream();
    }

    /** The one file whose name starts with this prefix. */
    public static Path shared(String prefix) throws Exception {
        assertPresent();
        try (Stream<Path> s = Files.list(SHARED)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no file " + prefix + "* in " + SHARED.toAbsolutePath()));
        }
    }

    /** A test that reads them without being marked Shared fails here, on a clone with nothing beside it. */
    private static void assertPresent() {
        assertTrue(present(), "test data missing (mark the test TestData.Shared): " + SHARED.toAbsolutePath());
    }
}

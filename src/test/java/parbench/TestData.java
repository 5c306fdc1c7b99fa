package parbench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real JMH result files of other projects in ../shared/testdata, read in place. A test that reads
 * them is skipped, saying why, when the folder is not beside this clone; CI requires the folder, so
 * there they always run. Tests of the project's own behaviour use OtherSuite or committed runs instead.
 */
public final class TestData {
    public static final Path SHARED = Path.of("..", "shared", "testdata", "jmh-results");

    private TestData() {
    }

    /** Every JSON file there, however many there are. */
    public static Stream<Path> sharedFiles() throws Exception {
        assumePresent();
        List<Path> files;
        try (Stream<Path> s = Files.list(SHARED)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no JMH result files in " + SHARED.toAbsolutePath());
        return files.stream();
    }

    /** The one file whose name starts with this prefix. */
    public static Path shared(String prefix) throws Exception {
        assumePresent();
        try (Stream<Path> s = Files.list(SHARED)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no file " + prefix + "* in " + SHARED.toAbsolutePath()));
        }
    }

    private static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED),
                "other projects' JMH files: ../shared/testdata/jmh-results is not beside this clone");
    }
}

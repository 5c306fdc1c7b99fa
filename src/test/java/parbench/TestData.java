package parbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real JMH result files of other projects in ../shared/testdata, read in place. */
public final class TestData {
    public static final Path SHARED = Path.of("..", "shared", "testdata", "jmh-results");

    private TestData() {
    }

    /** Every JSON file there, however many there are. */
    public static Stream<Path> sharedFiles() throws Exception {
        assertTrue(Files.isDirectory(SHARED), "test data missing: " + SHARED.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(SHARED)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no JMH result files in " + SHARED.toAbsolutePath());
        return files.stream();
    }

    /** The one file whose name starts with this prefix. */
    public static Path shared(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(SHARED)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no file " + prefix + "* in " + SHARED.toAbsolutePath()));
        }
    }
}

package parbench.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {

    @Test
    void runsStartedInTheSameSecondGetDifferentNames(@TempDir Path dir) {
        ResultsFolder folder = new ResultsFolder(dir);
        Instant now = Instant.parse("2026-11-22T01:02:03Z");
        ResultsFolder.Run a = folder.reserve("m", now);
        ResultsFolder.Run b = folder.reserve("m", now);
        assertEquals("20261122-010203", a.stem());
        assertEquals("20261122-010203-2", b.stem());
        assertNotEquals(a.json(), b.json());
    }

    @Test
    void writeNewNeverReplacesAFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("x.json");
        ResultsFolder.writeNew(target, "first".getBytes());
        assertThrows(FileAlreadyExistsException.class, () -> ResultsFolder.writeNew(target, "second".getBytes()));
        assertArrayEquals("first".getBytes(), Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void replaceSwapsOwnFilesWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("README.md");
        ResultsFolder.replace(target, "a".getBytes());
        ResultsFolder.replace(target, "b".getBytes());
        assertArrayEquals("b".getBytes(), Files.readAllBytes(target));
    }

    @Test
    void runOfAResultFile() {
        ResultsFolder.Run run = ResultsFolder.Run.of(Path.of("results/m/20261122-010203.json"));
        assertEquals("20261122-010203", run.stem());
        assertEquals("20261122-010203.machine.json", run.machineJson().getFileName().toString());
        assertEquals("20261122-010203", ResultsFolder.Run.of(Path.of("r/20261122-010203.partial.json")).stem());
    }
}

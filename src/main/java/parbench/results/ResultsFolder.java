package parbench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The results folder on disk: {@code <root>/<machine>/<timestamp>.json} and its companions. Files
 * appear whole or not at all (written to a temporary file, then linked or renamed into place), and
 * a run's files are never written over: a new run that starts in the same second gets a suffix.
 */
public final class ResultsFolder {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;

    public ResultsFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The files of one run, all named after its stem. */
    public record Run(Path dir, String stem) {
        public Path json() {
            return dir.resolve(stem + ".json");
        }
        public Path partialJson() {
            return dir.resolve(stem + ".partial.json");
        }
        public Path machineJson() {
            return dir.resolve(stem + ".machine.json");
        }
        public Path markdown() {
            return dir.resolve(stem + ".md");
        }
        public Path csv() {
            return dir.resolve(stem + ".csv");
        }
        public Path png() {
            return dir.resolve(stem + ".png");
        }
        /** The uneven tasks' traced timelines, where the run measured them. */
        public Path timelinesJson() {
            return dir.resolve(stem + ".timelines.json");
        }

        /** The run that a result file belongs to: X.json, or X.partial.json, becomes stem X. */
        public static Run of(Path json) {
            Path dir = json.toAbsolutePath().getParent();
            String name = json.getFileName().toString();
            String stem = name.endsWith(".partial.json") ? name.substring(0, name.length() - 13)
                    : name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
            return new Run(dir, stem);
        }
    }

    /** Claims a stem no run has used, by creating its partial file: two runs can never share one. */
    public Run reserve(String machine, Instant start) {
        Path dir = root.resolve(machine);
        try {
            Files.createDirectories(dir);
            String base = STAMP.format(start);
            for (int suffix = 1; ; suffix++) {
                Run run = new Run(dir, suffix == 1 ? base : base + "-" + suffix);
                if (Files.exists(run.json()) || Files.exists(run.machineJson())) {
                    continue;
                }
                try {
                    Files.createFile(run.partialJson());
                    return run;
                } catch (FileAlreadyExistsException taken) {
                    // another run claimed it first: try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create results folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new file atomically; fails rather than replace a file that exists. */
    public static void writeNew(Path target, byte[] content) throws IOException {
        Path tmp = temporaryBeside(target, content);
        try {
            Files.createLink(target, tmp); // atomic, and refuses an existing target
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces a file this program owns (the partial result, the index) atomically. */
    public static void replace(Path target, byte[] content) throws IOException {
        Path tmp = temporaryBeside(target, content);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temporaryBeside(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        Files.write(tmp, content);
        return tmp;
    }
}

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
import java.util.List;

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
        /** The uneven tasks' traced timelines, where the run measured them. */
        public Path timelinesJson() {
            return dir.resolve(stem + ".timelines.json");
        }

        /** The files of this run that exist now (not the temporary ones), in name order. */
        public List<Path> files() {
            try (java.util.stream.Stream<Path> all = Files.list(dir)) {
                return all.filter(f -> ownName(f.getFileName().toString())).sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        }

        /** stem.json, stem.md, stem-size-range-sum.png; not stem-2.json, a later run's in the same second. */
        private boolean ownName(String name) {
            return name.startsWith(stem + ".") || name.startsWith(stem + "-") && name.length() > stem.length() + 1
                    && !Character.isDigit(name.charAt(stem.length() + 1));
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

    /** A file of the results could not be written; says which, and why, in one line. */
    public static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        WriteFailed(Path file, IOException cause) {
            super("could not write " + file + " (" + reason(cause) + ")", cause);
            this.file = file;
        }

        public Path file() {
            return file;
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
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Replaces a file atomically (the partial result, the index, a user's -rff). Where the target is
     * no regular file (a device such as /dev/stdout), it is written in place: a rename would replace it.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try {
                Files.write(target, content);
            } catch (IOException e) {
                throw new WriteFailed(target, e);
            }
            return;
        }
        Path tmp = temporaryBeside(target, content);
        try {
            move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path tmp, Path target, StandardCopyOption... also) throws IOException {
        StandardCopyOption[] options = java.util.Arrays.copyOf(also, also.length + 1);
        options[also.length] = StandardCopyOption.ATOMIC_MOVE;
        try {
            Files.move(tmp, target, options);
        } catch (IOException e) {
            throw new WriteFailed(target, e);
        }
    }

    /** The content in a new temporary file beside target; nothing is left behind if it cannot be written whole. */
    private static Path temporaryBeside(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new WriteFailed(target, e);
        }
        try {
            Files.write(tmp, content);
            return tmp;
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new WriteFailed(target, e);
        }
    }

    /** Why a file operation failed, in words: Java's own messages name a path at best. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}

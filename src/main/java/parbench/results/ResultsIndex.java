package parbench.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import parbench.machine.MachineRecord;

/** results/README.md on disk: which runs and saved comparisons the folder holds (newest first), and the file itself. */
public final class ResultsIndex {
    private ResultsIndex() {
    }

    /** A run of the folder: its files, its machine record, and its report's path relative to the folder. */
    public record Entry(ResultsFolder.Run run, MachineRecord record, String reportLink) {
    }

    /** A comparison saved by compare --save: its file's stem, and its Markdown's path relative to the folder. */
    public record Saved(String stem, String link) {
    }

    /** Every run with a readable machine record and a result file, newest first. */
    public static List<Entry> entries(ResultsFolder folder) throws IOException {
        return entries(folder.root(), 2);
    }

    /** The runs in one run's own folder (a machine's, in a results folder), itself among them, newest first. */
    public static List<Entry> beside(ResultsFolder.Run run) throws IOException {
        return entries(run.dir(), 1);
    }

    /** The comparisons saved in the folder's comparisons/, newest first. */
    public static List<Saved> comparisons(ResultsFolder folder) throws IOException {
        Path dir = folder.root().resolve("comparisons");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .sorted(Comparator.reverseOrder()).map(n -> new Saved(n.substring(0, n.length() - 3), "comparisons/" + n)).toList();
        }
    }

    /** The runs under root, depth folders deep, with report links relative to it. */
    private static List<Entry> entries(Path root, int depth) throws IOException {
        List<Path> machines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, depth)) {
            files.filter(p -> p.getFileName().toString().endsWith(".machine.json")).forEach(machines::add);
        }
        machines.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        List<Entry> entries = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path m : machines) {
            MachineRecord record;
            try {
                record = json.readValue(m.toFile(), MachineRecord.class);
            } catch (IOException e) {
                continue;
            }
            ResultsFolder.Run run = ResultsFolder.Run.of(m.resolveSibling(m.getFileName().toString()
                    .replace(".machine.json", ".json")));
            if (Files.exists(run.json())) {
                entries.add(new Entry(run, record, root.toAbsolutePath().relativize(run.markdown().toAbsolutePath()).toString()));
            }
        }
        return entries;
    }

    public static void write(ResultsFolder folder, String markdown) throws IOException {
        ResultsFolder.replace(folder.root().resolve("README.md"), markdown.getBytes(StandardCharsets.UTF_8));
    }
}

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

/** results/README.md on disk: which runs the folder holds (newest first), and the file itself. */
public final class ResultsIndex {
    private ResultsIndex() {
    }

    /** A run of the folder: its files, its machine record, and its report's path relative to the folder. */
    public record Entry(ResultsFolder.Run run, MachineRecord record, String reportLink) {
    }

    /** Every run with a readable machine record and a result file, newest first. */
    public static List<Entry> entries(ResultsFolder folder) throws IOException {
        Path root = folder.root();
        List<Path> machines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
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

package parbench.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import parbench.work.UnevenTasks;

/** The uneven tasks' traced timelines, kept beside a run as {@code <stem>.timelines.json} so that report can draw them again. */
public final class TimelinesFile {
    private TimelinesFile() {
    }

    /** The traced timelines recorded beside a run, or null where it has none. */
    public static UnevenTasks.Traced read(ResultsFolder.Run run) throws IOException {
        Path file = run.timelinesJson();
        return Files.isRegularFile(file) ? new ObjectMapper().readValue(file.toFile(), UnevenTasks.Traced.class) : null;
    }

    public static void write(ResultsFolder.Run run, UnevenTasks.Traced traced) throws IOException {
        ResultsFolder.writeNew(run.timelinesJson(), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(traced));
    }
}

package parbench.worker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a child JVM wrote on its answer channel that was not an answer: a JVM warning, a library's
 * banner, a println. Kept (the first few kilobytes) so that a failure, or a note, can quote it.
 */
public final class StrayOutput {
    private static final int KEPT_BYTES = 4096;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long count;
    private boolean reported;

    void add(int b) {
        count++;
        if (kept.size() < KEPT_BYTES) {
            kept.write(b);
        }
    }

    public long count() {
        return count;
    }

    /** True the first time there is any: the caller says so once, not at every answer. */
    public boolean reportOnce() {
        boolean first = count > 0 && !reported;
        reported |= first;
        return first;
    }

    /** The first line or two of it, quoted, control characters shown as '?': what a message can print. */
    public String quoted(int maxChars) {
        String text = new String(kept.toByteArray(), StandardCharsets.UTF_8).strip();
        String[] lines = text.split("\\R+", 3);
        String firstLines = lines.length > 1 ? lines[0] + " | " + lines[1] : lines[0];
        StringBuilder s = new StringBuilder();
        firstLines.codePoints().limit(maxChars).forEach(c -> s.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        boolean cut = firstLines.length() > maxChars || lines.length > 2 || count > kept.size();
        return "\"" + s + (cut ? "…" : "") + "\" (" + count + (count == 1 ? " byte)" : " bytes)");
    }
}

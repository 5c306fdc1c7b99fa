package parbench.render;

/** The text of a report being written, a line at a time. */
final class Markdown {
    private final StringBuilder text = new StringBuilder();

    /** Appends a line; "" for a blank one. */
    Markdown line(String s) {
        text.append(s).append('\n');
        return this;
    }

    String text() {
        return text.toString();
    }
}

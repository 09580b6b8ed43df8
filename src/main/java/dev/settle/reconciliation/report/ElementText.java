package dev.settle.reconciliation.report;

/**
 * The text of the one element a pain.002 level wants while it is being streamed, kept to
 * {@link Pain002Level#MAX_TEXT} characters so an oversized value cannot grow memory, and handed to the level when
 * the element ends.
 */
final class ElementText {

    private final StringBuilder text = new StringBuilder();

    private Pain002Level level;

    private String path;

    private int depth;

    /** Starts taking the text of the element at {@code path} below {@code level}, open at {@code depth}. */
    void start(Pain002Level level, String path, int depth) {
        // a v10 ReqdExctnDt starts a capture its Dt or DtTm child replaces, so it ends with none
        this.level = level;
        this.path = path;
        this.depth = depth;
        this.text.setLength(0);
    }

    /** Adds characters met at {@code depth}; text of an element nested in the captured one is not its value. */
    void append(char[] characters, int start, int length, int depth) {
        if (this.level != null && depth == this.depth && this.text.length() < Pain002Level.MAX_TEXT) {
            this.text.append(characters, start, Math.min(length, Pain002Level.MAX_TEXT - this.text.length()));
        }
    }

    /** Whether the element ending at {@code depth} is the captured one. */
    boolean endsAt(int depth) {
        return this.level != null && depth == this.depth;
    }

    /** Hands the stripped text to the level and stops capturing. */
    void finish() {
        this.level.take(this.path, this.text.toString().strip());
        this.level = null;
    }
}

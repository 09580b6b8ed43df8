package dev.settle.csvimport;

import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file's header broke the rules, so none of its records is read: thrown by {@link CsvRecordReader#open}.
 * The message names the file and every problem found (each unknown, missing, duplicated and empty column), so one
 * correction of the file is enough.
 */
public class CsvHeaderException extends RuntimeException {

    private final List<String> problems;

    public CsvHeaderException(Path file, List<String> problems) {
        super(file + ": header rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem of the header as a sentence, in the order of the message. */
    public List<String> problems() {
        return problems;
    }
}

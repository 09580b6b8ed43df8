package dev.settle.scheduling;

/** A schedule file that cannot be used; the message names the file and the field. */
public class ScheduleFileException extends RuntimeException {

    public ScheduleFileException(String file, String field, String problem) {
        super("Schedule " + file + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
    }
}

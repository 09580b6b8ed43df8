package dev.settle.order;

/**
 * Who or what moves an instruction, and why: written to the status history with every transition.
 *
 * @param cause the kind of cause
 * @param causeRef the file, execution or request behind it (may be null)
 * @param actor the API key, operator or job
 * @param reason free text (may be null)
 */
public record StatusChange(StatusCause cause, String causeRef, String actor, String reason) {

    public static StatusChange api(String actor) {
        return new StatusChange(StatusCause.API, null, actor, null);
    }
}

package dev.settle.execution;

/** An operator action that does not fit the execution's state; the message says what to do instead. */
public class ExecutionStateException extends RuntimeException {

    /** What is in the way. */
    public enum Problem {
        COMPLETED, RUNNING, NOT_RUNNING, ABANDONED
    }

    private final Problem problem;

    public ExecutionStateException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

package dev.settle.order;

/** A move the status machine does not allow; it is recorded in the history, never applied. */
public class IllegalTransitionException extends RuntimeException {

    private final InstructionStatus from;
    private final InstructionStatus to;

    public IllegalTransitionException(long instructionId, InstructionStatus from, InstructionStatus to) {
        super("Instruction " + instructionId + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public InstructionStatus from() {
        return from;
    }

    public InstructionStatus to() {
        return to;
    }
}

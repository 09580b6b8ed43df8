package dev.settle.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an instruction, and the only place its allowed moves are defined.
 *
 * <pre>
 * INCOMPLETE ⇄ READY → PROCESSING → COMPLETED → FAILED (returned after settlement)
 *      ↘        ↓  ↘                ↘ FAILED (rejected, or given up)
 *       LATE ⇄ (READY/INCOMPLETE)    CANCELLED from INCOMPLETE, READY or LATE
 * PROCESSING → READY: the scheme rejected the attempt for a reason a new attempt may overcome
 * </pre>
 */
public enum InstructionStatus {
    INCOMPLETE, READY, PROCESSING, COMPLETED, FAILED, CANCELLED, LATE;

    private static final Set<InstructionStatus> CHANGEABLE = EnumSet.of(INCOMPLETE, READY, LATE);

    /** Whether the instruction may move from this status to {@code target}. */
    public boolean canMoveTo(InstructionStatus target) {
        return switch (this) {
            case INCOMPLETE -> EnumSet.of(READY, LATE, CANCELLED).contains(target);
            case READY -> EnumSet.of(INCOMPLETE, PROCESSING, LATE, CANCELLED).contains(target);
            case LATE -> EnumSet.of(READY, INCOMPLETE, PROCESSING, CANCELLED).contains(target);
            case PROCESSING -> EnumSet.of(COMPLETED, FAILED, READY).contains(target);
            case COMPLETED -> target == FAILED;
            case FAILED, CANCELLED -> false;
        };
    }

    /** Whether the tenant may still update or cancel it ({@code canUpdate} in responses). */
    public boolean isChangeable() {
        return CHANGEABLE.contains(this);
    }

    /** The name the v1 API shows: {@code SETTLED} for completed, {@code VOID} for cancelled. */
    public String v1Name() {
        return switch (this) {
            case COMPLETED -> "SETTLED";
            case CANCELLED -> "VOID";
            default -> name();
        };
    }
}

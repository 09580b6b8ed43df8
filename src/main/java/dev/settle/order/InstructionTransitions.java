package dev.settle.order;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where every status change is checked against {@link InstructionStatus#canMoveTo} and written to the history.
 * A refused move is recorded in a transaction of its own, so the record survives the caller's rollback.
 */
@Component
public class InstructionTransitions {

    private final StatusHistoryRepository history;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public InstructionTransitions(StatusHistoryRepository history, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.history = history;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Throws {@link IllegalTransitionException}, after recording the attempt, when the move is not allowed. */
    public void verify(Instruction current, InstructionStatus target, StatusChange change) {
        if (current.status() != target && !current.status().canMoveTo(target)) {
            ownTransaction.executeWithoutResult(status -> history.record(current.tenantId(), current.id(),
                    current.status(), target, false, change, clock.instant()));
            throw new IllegalTransitionException(current.id(), current.status(), target);
        }
    }

    /** Records an applied move (nothing when the status did not change). */
    public void applied(Instruction current, InstructionStatus target, StatusChange change) {
        if (current.status() != target) {
            history.record(current.tenantId(), current.id(), current.status(), target, true, change, clock.instant());
        }
    }

    /** Records the status a new instruction starts in. */
    public void created(java.util.UUID tenantId, long instructionId, InstructionStatus initial, StatusChange change) {
        history.record(tenantId, instructionId, null, initial, true, change, clock.instant());
    }
}

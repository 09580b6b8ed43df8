package dev.settle.order;

import dev.settle.webhook.WebhookEventType;
import dev.settle.webhook.WebhookOutbox;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where every status change is checked against {@link InstructionStatus#canMoveTo} and written to the history.
 * A refused move is recorded in a transaction of its own, so the record survives the caller's rollback. Accepted
 * moves and new instructions also write their webhook events, in the caller's transaction.
 */
@Component
public class InstructionTransitions {

    private final StatusHistoryRepository history;
    private final WebhookOutbox outbox;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public InstructionTransitions(StatusHistoryRepository history, WebhookOutbox outbox,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.history = history;
        this.outbox = outbox;
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
            Instant now = clock.instant();
            history.record(current.tenantId(), current.id(), current.status(), target, true, change, now);
            event(current.tenantId(), WebhookEventType.INSTRUCTION_STATUS_CHANGED, current.id(), current.status(),
                    target, change, now);
            if (target == InstructionStatus.LATE) {
                event(current.tenantId(), WebhookEventType.PAYMENT_MISSED, current.id(), current.status(), target,
                        change, now);
            }
        }
    }

    /** Records the status a new instruction starts in. */
    public void created(java.util.UUID tenantId, long instructionId, InstructionStatus initial, StatusChange change) {
        Instant now = clock.instant();
        history.record(tenantId, instructionId, null, initial, true, change, now);
        event(tenantId, WebhookEventType.INSTRUCTION_CREATED, instructionId, null, initial, change, now);
    }

    private void event(java.util.UUID tenantId, WebhookEventType type, long instructionId, InstructionStatus from,
            InstructionStatus to, StatusChange change, Instant now) {
        String reference = change.causeRef() != null ? change.causeRef()
                : change.cause().name().toLowerCase(java.util.Locale.ROOT) + " " + change.actor();
        outbox.record(tenantId, WebhookOutbox.Event.instruction(type, instructionId, from == null ? null : from.name(),
                to.name(), reference, change.reason()), now);
    }
}

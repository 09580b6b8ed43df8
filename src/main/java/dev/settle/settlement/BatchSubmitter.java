package dev.settle.settlement;

import dev.settle.scheme.PaymentGroup;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeUnavailableException;
import dev.settle.scheme.SchemeWriter;
import dev.settle.scheme.SchemeWriterRegistry;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import dev.settle.schemeconfig.SchemeConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands one planned batch to its scheme's writer and records the answer, in one transaction that holds the
 * batch's ledger rows: a second run waits, then finds them recorded and leaves them. A crash before the commit
 * leaves the rows {@code CLAIMED}, so a restart hands the same batch, under the same keys, to the writer again;
 * the writer's idempotency per key (a published file is never written twice) makes that safe.
 */
@Service
public class BatchSubmitter {

    private static final Logger log = LoggerFactory.getLogger(BatchSubmitter.class);

    private final SubmissionLedger ledger;
    private final PaymentRows rows;
    private final OutcomeRecorder outcomes;
    private final SchemeWriterRegistry writers;
    private final SettlementProperties properties;
    private final Clock clock;

    public BatchSubmitter(SubmissionLedger ledger, PaymentRows rows, OutcomeRecorder outcomes,
            SchemeWriterRegistry writers, SettlementProperties properties, Clock clock) {
        this.ledger = ledger;
        this.rows = rows;
        this.outcomes = outcomes;
        this.writers = writers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Submits the batch unless another run already did; answers how many payments this call recorded.
     *
     * @throws SchemeUnavailableException when the scheme stayed unreachable through every try
     */
    @Transactional
    public int submit(SchemeConfig scheme, PlannedFile batch, long executionId) throws SchemeUnavailableException {
        if (!ledger.lockUnsubmitted(batch.batchId())) {
            return 0;
        }
        SchemeWriter writer = writers.writer(scheme.writerType());
        List<PaymentGroup> groups = rows.groups(batch.batchId());
        SubmissionBatch submission = new SubmissionBatch(settingsOf(scheme), batch.batchId(), groups,
                group -> rows.payments(batch.batchId(), group));
        SubmissionResult result = submitWithRetries(writer, submission);
        return outcomes.record(batch, scheme.writerType(), result, executionId, clock.instant());
    }

    private SubmissionResult submitWithRetries(SchemeWriter writer, SubmissionBatch batch)
            throws SchemeUnavailableException {
        Duration wait = properties.unavailableBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                return writer.submit(batch);
            } catch (SchemeUnavailableException e) {
                if (attempt >= properties.unavailableAttempts()) {
                    throw new SchemeUnavailableException("Scheme " + batch.scheme().schemeId() + " unreachable for batch "
                            + batch.batchId() + " after " + attempt + " tries: " + e.getMessage()
                            + ". Nothing of the batch is recorded as sent; restart the execution to send it again "
                            + "under the same keys.", e);
                }
                log.warn("Scheme {} unreachable for batch {} (try {} of {}), trying again in {}: {}",
                        batch.scheme().schemeId(), batch.batchId(), attempt, properties.unavailableAttempts(), wait,
                        e.getMessage());
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration wait) throws SchemeUnavailableException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemeUnavailableException("Interrupted while waiting to try the scheme again", e);
        }
    }

    /** A scheme's configuration as its writer sees it. */
    static SchemeSettings settingsOf(SchemeConfig scheme) {
        return new SchemeSettings(scheme.tenantId(), scheme.schemeId(), scheme.writerType(), scheme.settings());
    }
}

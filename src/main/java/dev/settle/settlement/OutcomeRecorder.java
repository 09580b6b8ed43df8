package dev.settle.settlement;

import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SubmissionResult;
import dev.settle.webhook.OutboxSql;
import dev.settle.webhook.WebhookEventType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Records a scheme's answer for a batch in the ledger and the order store, in the caller's transaction: every row
 * of the batch leaves {@code CLAIMED} exactly once. A rejected payment fails its instruction and transaction with
 * the scheme's reason, or, when a new attempt may succeed, sends the instruction back to {@code READY} for the
 * next run; a mandate whose first collection was rejected before any other went through is {@code FRST} again.
 * The batch's control totals per currency are written in the same transaction.
 */
@Repository
public class OutcomeRecorder {

    private static final String IN_BATCH = BatchRows.of("submission", ":batch");
    private static final String S_IN_BATCH = BatchRows.of("s", ":batch");
    private static final String MARK_WHOLE_BATCH = """
            UPDATE submission SET state = :state, scheme_reference = :reference, last_updated_at = :now
            WHERE %s AND state = 'CLAIMED'
            """.formatted(IN_BATCH);
    private static final String MARK_PAYMENT = """
            UPDATE submission SET state = ?, scheme_reference = ?, reason_code = ?, reason_text = ?, retryable = ?,
                last_updated_at = ?
            WHERE payment_key = ? AND batch_id = ? AND state = 'CLAIMED'
            """;
    private static final String MARK_UNANSWERED = """
            UPDATE submission SET state = 'UNKNOWN', reason_text = :why, last_updated_at = :now
            WHERE %s AND state = 'CLAIMED'
            """.formatted(IN_BATCH);
    // The ledger is found by instruction (its unique attempt index), not by transaction id, which has no index.
    private static final String FAIL_REJECTED_TRANSACTIONS = """
            UPDATE payment_transaction SET status = 'FAILED', last_updated_at = :now,
                additional_information = (SELECT COALESCE(s.reason_code, '') || ': ' || COALESCE(s.reason_text, '')
                    FROM submission s WHERE s.instruction_id = payment_transaction.instruction_id
                        AND s.transaction_id = payment_transaction.id)
            WHERE id IN (SELECT s.transaction_id FROM submission s WHERE %s AND s.state = 'REJECTED')
            """.formatted(S_IN_BATCH);
    private static final String REJECTED_FROM = "FROM submission s JOIN instruction i ON i.id = s.instruction_id";
    private static final String REJECTED_WHERE = "WHERE %s AND s.state = 'REJECTED' AND i.status = 'PROCESSING'"
            .formatted(S_IN_BATCH);
    private static final String REJECTED_TO = "CASE WHEN s.retryable THEN 'READY' ELSE 'FAILED' END";
    private static final String REJECTED_REASON = """
            'rejected by the scheme: ' || COALESCE(s.reason_code, '') || ' ' || COALESCE(s.reason_text, '')
                || CASE WHEN s.retryable THEN ' (retryable: submitted again by the next run)' ELSE '' END""";
    // The history and the events first, while the instructions are still PROCESSING.
    private static final String RECORD_REJECTIONS = """
            INSERT INTO instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            SELECT i.tenant_id, i.id, i.status, %s, TRUE, 'SETTLEMENT_RUN', :causeRef || ' ' || s.payment_key,
                'settlementJob', %s, :now
            %s
            %s
            """.formatted(REJECTED_TO, REJECTED_REASON, REJECTED_FROM, REJECTED_WHERE);
    private static final String RECORD_REJECTION_EVENTS = OutboxSql.instructionEvents(new OutboxSql.EventValues(
            "i.tenant_id", "i.id", "i.status", REJECTED_TO, ":causeRef || ' ' || s.payment_key", REJECTED_REASON,
            ":now"), REJECTED_FROM, REJECTED_WHERE, WebhookEventType.INSTRUCTION_STATUS_CHANGED);
    private static final String FAIL_REJECTED_INSTRUCTIONS = """
            UPDATE instruction SET status = 'FAILED', version = version + 1, last_updated_at = :now, failed_at = :now,
                failed_error_code = (SELECT s.reason_code FROM submission s
                    WHERE %1$s AND s.instruction_id = instruction.id),
                failed_reason = (SELECT s.reason_text FROM submission s
                    WHERE %1$s AND s.instruction_id = instruction.id)
            WHERE status = 'PROCESSING' AND id IN (SELECT s.instruction_id FROM submission s
                WHERE %1$s AND s.state = 'REJECTED' AND s.retryable = FALSE)
            """.formatted(S_IN_BATCH);
    private static final String RETURN_RETRYABLE_TO_READY = """
            UPDATE instruction SET status = 'READY', version = version + 1, last_updated_at = :now,
                forecasted_settlement_date = NULL
            WHERE status = 'PROCESSING' AND id IN (SELECT s.instruction_id FROM submission s
                WHERE %s AND s.state = 'REJECTED' AND s.retryable = TRUE)
            """.formatted(S_IN_BATCH);
    private static final String REOPEN_FIRST_COLLECTION = """
            UPDATE financial_instrument SET sequence_type = 'FRST', last_updated_at = :now
            WHERE sequence_type = 'RCUR'
              AND EXISTS (SELECT 1 FROM submission r WHERE %s AND r.state = 'REJECTED'
                  AND r.sequence_type = 'FRST' AND r.tenant_id = financial_instrument.tenant_id
                  AND r.financial_instrument_id = financial_instrument.id)
              AND NOT EXISTS (SELECT 1 FROM submission o WHERE o.tenant_id = financial_instrument.tenant_id
                  AND o.financial_instrument_id = financial_instrument.id AND o.state <> 'REJECTED')
            """.formatted(BatchRows.of("r", ":batch"));
    private static final String RECORD_TOTALS = """
            INSERT INTO submission_batch_total (batch_id, currency, tenant_id, scheme_id, writer_type, business_date,
                payment_count, control_sum, scheme_reference, submitted_by_execution, submitted_at)
            SELECT batch_id, currency, tenant_id, scheme_id, :writerType, business_date, COUNT(*), SUM(amount),
                :reference, :execution, :now
            FROM submission WHERE %s
            GROUP BY batch_id, currency, tenant_id, scheme_id, business_date
            """.formatted(IN_BATCH);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public OutcomeRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Records the answer for a batch whose rows are all still {@code CLAIMED}; answers the rows recorded. */
    int record(PlannedFile batch, String writerType, SubmissionResult result, long executionId, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("batch", batch.batchId())
                .addValue("now", Timestamp.from(now)).addValue("execution", executionId)
                .addValue("writerType", writerType).addValue("causeRef", "settlementJob:" + executionId);
        int recorded;
        if (result instanceof SubmissionResult.WholeBatch whole) {
            parameters.addValue("state", ledgerState(whole.status(), true)).addValue("reference",
                    whole.schemeReference());
            recorded = named.update(MARK_WHOLE_BATCH, parameters);
        } else {
            parameters.addValue("reference", null);
            recorded = recordPerPayment(batch.batchId(), ((SubmissionResult.PerPayment) result).outcomes(), now);
            recorded += named.update(MARK_UNANSWERED, parameters.addValue("why",
                    "the scheme writer gave no outcome for this payment; resolve it by reconciliation or by hand"));
            named.update(FAIL_REJECTED_TRANSACTIONS, parameters);
            named.update(RECORD_REJECTIONS, parameters);
            named.update(RECORD_REJECTION_EVENTS, parameters);
            named.update(FAIL_REJECTED_INSTRUCTIONS, parameters);
            named.update(RETURN_RETRYABLE_TO_READY, parameters);
            named.update(REOPEN_FIRST_COLLECTION, parameters);
        }
        named.update(RECORD_TOTALS, parameters);
        return recorded;
    }

    private int recordPerPayment(String batchId, List<PaymentOutcome> outcomes, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>(outcomes.size());
        for (PaymentOutcome outcome : outcomes) {
            rows.add(new Object[] {ledgerState(outcome.status(), false), outcome.schemeReference(),
                    truncate(outcome.reasonCode(), 20), truncate(outcome.reasonText(), 500),
                    outcome.status() == PaymentOutcome.Status.REJECTED && outcome.retryable(), at, outcome.key(),
                    batchId});
        }
        int recorded = 0;
        for (int[] counts : jdbc.batchUpdate(MARK_PAYMENT, rows, 1000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        })) {
            for (int count : counts) {
                recorded += Math.max(count, 0);
            }
        }
        return recorded;
    }

    private static String ledgerState(PaymentOutcome.Status status, boolean wholeFile) {
        return switch (status) {
            case ACCEPTED -> SubmissionState.ACCEPTED.name();
            case REJECTED -> SubmissionState.REJECTED.name();
            case PENDING -> (wholeFile ? SubmissionState.SUBMITTED : SubmissionState.PENDING).name();
            case UNKNOWN -> SubmissionState.UNKNOWN.name();
        };
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

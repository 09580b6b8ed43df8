package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeUnavailableException;
import dev.settle.scheme.SchemeWriterRegistry;
import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.settlement.SubmissionState;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves payments whose outcome the scheme never told: ledger rows {@code UNKNOWN}, or {@code PENDING} for
 * longer than a given age, are looked up by key through their scheme's writer. An answer moves the row like a
 * report entry would; an empty answer (the scheme has no trace of the key) makes the attempt a retryable
 * rejection, so the next settlement run submits the instruction again under a new key. A scheme that cannot be
 * reached leaves its rows as they are for the next lookup.
 */
@Service
public class UnresolvedOutcomes {

    private static final String UNRESOLVED = """
            SELECT id, payment_key, tenant_id, scheme_id, state FROM submission
            WHERE state = 'UNKNOWN' OR (state = 'PENDING' AND last_updated_at < :pendingBefore)
            ORDER BY id LIMIT :limit
            """;

    private final NamedParameterJdbcTemplate named;
    private final SchemeRepository schemes;
    private final SchemeWriterRegistry writers;
    private final LedgerEffects effects;
    private final Clock clock;

    public UnresolvedOutcomes(NamedParameterJdbcTemplate named, SchemeRepository schemes, SchemeWriterRegistry writers,
            LedgerEffects effects, Clock clock) {
        this.named = named;
        this.schemes = schemes;
        this.writers = writers;
        this.effects = effects;
        this.clock = clock;
    }

    /** Looks up to {@code limit} unresolved rows; answers how many were resolved. */
    @Transactional
    public int resolve(Duration pendingAge, int limit) {
        Instant now = clock.instant();
        List<Map<String, Object>> rows = named.queryForList(UNRESOLVED, new MapSqlParameterSource("pendingBefore",
                Timestamp.from(now.minus(pendingAge))).addValue("limit", limit));
        int resolved = 0;
        for (Map<String, Object> row : rows) {
            String key = (String) row.get("payment_key");
            Optional<SchemeConfig> scheme = schemes.find((UUID) row.get("tenant_id"), (String) row.get("scheme_id"));
            if (scheme.isEmpty()) {
                continue;
            }
            SchemeConfig config = scheme.get();
            Optional<PaymentOutcome> answer;
            try {
                answer = writers.writer(config.writerType()).status(new SchemeSettings(config.tenantId(),
                        config.schemeId(), config.writerType(), config.settings()), key);
            } catch (SchemeUnavailableException e) {
                continue;
            }
            if (apply(((Number) row.get("id")).longValue(), key, (String) row.get("state"), answer, now)) {
                resolved++;
            }
        }
        return resolved;
    }

    private boolean apply(long id, String key, String state, Optional<PaymentOutcome> answer, Instant now) {
        if (answer.isEmpty()) {
            if (!"UNKNOWN".equals(state)) {
                return false;
            }
            effects.rejectForRetry(List.of(id), lookup(key, "RJCT", "NOTRACE", "the scheme has no trace of this key; "
                    + "submitted again by the next run"), "status lookup", now);
            return true;
        }
        PaymentOutcome outcome = answer.get();
        LedgerMove move = switch (outcome.status()) {
            case ACCEPTED -> LedgerMove.ACCEPT;
            case REJECTED -> LedgerMove.REJECT;
            case PENDING, UNKNOWN -> null;
        };
        if (move == null || move.judge(SubmissionState.valueOf(state)) != LedgerMove.Verdict.APPLY) {
            return false;
        }
        ReportEntry entry = lookup(key, outcome.status().name(), outcome.reasonCode(), outcome.reasonText());
        if (outcome.retryable()) {
            effects.rejectForRetry(List.of(id), entry, "status lookup", now);
        } else {
            effects.apply(move, List.of(id), entry, "status lookup", now);
        }
        return true;
    }

    private static ReportEntry lookup(String key, String status, String reasonCode, String reasonText) {
        return new ReportEntry(0, "lookup|" + key, ReportEntry.EntryType.STATUS, ReportEntry.Scope.PAYMENT, null,
                null, key, null, status, reasonCode, reasonText, null, null, null, null, null);
    }
}

package dev.settle.webhook;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Builds the set-based {@code INSERT … SELECT} that writes instruction events next to a status-history statement,
 * from the same {@code FROM} and {@code WHERE}, so a job writes its events the way it writes its history: one
 * statement per chunk, in the chunk's transaction, never one per row.
 *
 * <p>The statement joins {@code webhook_subscription}: a tenant without an enabled endpoint subscribed to the type
 * gets no row. An uncorrelated {@code EXISTS} on the same table is evaluated once per statement (PostgreSQL plans it
 * as a one-time filter), so while no endpoint at all wants the type the statement reads nothing else.
 */
public final class OutboxSql {

    private static final String INSERT = """
            INSERT INTO webhook_event (endpoint_id, event_type, tenant_id, order_id, instruction_id, previous_status,
                status, reference, detail, occurred_at, delivery_status, attempts, next_attempt_at, retry_since)
            SELECT w.endpoint_id, w.event_type, %2$s, %11$s, %3$s, %4$s, %5$s, %6$s, %7$s, %8$s, 'PENDING', 0, %8$s, %8$s
            %9$s JOIN webhook_subscription w ON w.tenant_id = %2$s AND w.event_type IN (%1$s)
            %10$s AND EXISTS (SELECT 1 FROM webhook_subscription g WHERE g.event_type IN (%1$s))
            """;

    private OutboxSql() {
    }

    /**
     * The statement writing instruction events of the given types for the rows {@code from} and {@code where}
     * select.
     *
     * @param values the SQL expressions of the event's columns over those rows
     * @param from the {@code FROM …} clause (with its joins) of the history statement
     * @param where its {@code WHERE …} clause
     */
    public static String instructionEvents(EventValues values, String from, String where,
            WebhookEventType... types) {
        return statement(values, "NULL", from, where, types);
    }

    /**
     * The statement writing an {@link WebhookEventType#ORDER_CREATED} event for each order {@code from} and
     * {@code where} select.
     */
    public static String orderCreatedEvents(String tenant, String order, String reference, String now, String from,
            String where) {
        return statement(new EventValues(tenant, "NULL", "NULL", "NULL", reference, "NULL", now), order, from, where,
                WebhookEventType.ORDER_CREATED);
    }

    private static String statement(EventValues values, String order, String from, String where,
            WebhookEventType... types) {
        String typeList = Arrays.stream(types).map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
        return INSERT.formatted(typeList, values.tenant(), values.instruction(), values.previousStatus(),
                values.status(), values.reference(), values.detail(), values.now(), from.strip(), where.strip(), order);
    }

    /**
     * SQL expressions for the columns of an instruction event.
     *
     * @param tenant the tenant id ({@code i.tenant_id})
     * @param instruction the instruction id
     * @param previousStatus the status before the change ({@code NULL} for a new instruction)
     * @param status the status after it
     * @param reference what caused it: the run, file and payment key
     * @param detail the reason, or {@code NULL}
     * @param now the time parameter of the statement ({@code :now})
     */
    public record EventValues(String tenant, String instruction, String previousStatus, String status,
            String reference, String detail, String now) {
    }
}

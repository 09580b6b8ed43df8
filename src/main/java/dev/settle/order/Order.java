package dev.settle.order;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A stored order. */
public record Order(long id, UUID tenantId, String orderRef, Map<String, String> metadata, Instant createdAt,
        Instant lastUpdatedAt) {
}

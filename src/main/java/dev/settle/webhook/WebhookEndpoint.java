package dev.settle.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant's endpoint as operators and the API see it: never its secret. */
public record WebhookEndpoint(UUID id, UUID tenantId, String url, List<WebhookEventType> eventTypes, boolean enabled,
        Instant createdAt, Instant lastUpdatedAt) {
}

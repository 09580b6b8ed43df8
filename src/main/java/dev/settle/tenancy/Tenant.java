package dev.settle.tenancy;

import java.time.Instant;
import java.util.UUID;

/** A tenant and the account it belongs to. */
public record Tenant(UUID id, UUID accountId, String accountName, String name, Instant createdAt) {
}

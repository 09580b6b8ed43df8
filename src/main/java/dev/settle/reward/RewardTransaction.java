package dev.settle.reward;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed reward as stored, with the refs of its instruction.
 *
 * @param id the transaction id the tenant polls with
 * @param attempts provider calls started so far
 */
public record RewardTransaction(UUID id, UUID tenantId, String orderRef, String instructionRef, String rewardId,
        RewardStatus status, String provider, String providerReference, String failureReason, int attempts,
        Instant createdAt, Instant lastUpdatedAt) {
}

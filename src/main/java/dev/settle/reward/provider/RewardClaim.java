package dev.settle.reward.provider;

import java.util.Objects;
import java.util.UUID;

/**
 * One reward transaction handed to a {@link RewardProvider}.
 *
 * @param transactionId our key for the claim; the provider's idempotency key (see {@link RewardProvider})
 * @param tenantId the tenant the reward belongs to
 * @param orderRef the tenant's order
 * @param instructionRef the instruction whose reward is claimed
 * @param rewardId the tenant's reward id, 1-100 characters
 * @param attempt 1 on the first call for this transaction, one more on every later call (retries and take-overs)
 */
public record RewardClaim(UUID transactionId, UUID tenantId, String orderRef, String instructionRef,
        String rewardId, int attempt) {

    public RewardClaim {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(rewardId, "rewardId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
        }
    }
}

package dev.settle.reward;

import java.util.UUID;

/**
 * A reward transaction as {@code GET /v2/order-management/rewards/{transactionId}} shows it; timestamps in epoch
 * milliseconds.
 *
 * @param status {@code SETTLING} until the provider's final answer, then {@code SETTLED} or {@code FAILED}
 * @param provider the code of the provider settling it
 * @param providerReference the provider's payout id once {@code SETTLED}
 * @param failureReason why it {@code FAILED}
 */
public record RewardTransactionResponse(UUID transactionId, String orderRef, String instructionRef, String rewardId,
        RewardStatus status, String provider, String providerReference, String failureReason, long created,
        long lastUpdated) {

    static RewardTransactionResponse of(RewardTransaction transaction) {
        return new RewardTransactionResponse(transaction.id(), transaction.orderRef(), transaction.instructionRef(),
                transaction.rewardId(), transaction.status(), transaction.provider(), transaction.providerReference(),
                transaction.failureReason(), transaction.createdAt().toEpochMilli(),
                transaction.lastUpdatedAt().toEpochMilli());
    }
}

package dev.settle.reward;

/**
 * Body of {@code POST …/claim-reward}.
 *
 * @param rewardId the tenant's id of the reward, 1-100 characters; claiming it again is answered with the same
 *     transaction
 */
public record ClaimRewardRequest(String rewardId) {
}

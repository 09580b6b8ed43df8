package dev.settle.reward.sandbox;

import dev.settle.reward.provider.RewardClaim;
import dev.settle.reward.provider.RewardOutcome;
import dev.settle.reward.provider.RewardProvider;
import dev.settle.reward.provider.RewardProviderUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A reward provider for demos and tests that pays nothing out. Its answer depends only on the reward id and the
 * attempt number, so it is deterministic, needs no state and gives the same answer on every node:
 * <ul>
 *   <li>{@code fail-…}: {@code FAILED} with a reason naming the reward;</li>
 *   <li>{@code pending-…}: {@code PENDING} for the first {@value #PENDING_ATTEMPTS} attempts, then settled;</li>
 *   <li>{@code flaky-…}: {@link RewardProviderUnavailableException} on the first attempt, then settled;</li>
 *   <li>anything else: {@code SETTLED}.</li>
 * </ul>
 * A settled claim's reference is {@code sandbox-<uuid>}, the UUID derived from the transaction id, so asking again
 * for the same transaction gives the same reference, as the {@link RewardProvider} contract asks.
 */
@Component
public class SandboxRewardProvider implements RewardProvider {

    /** The code to set in {@code settle.rewards.provider}; the default. */
    public static final String CODE = "SANDBOX";

    /** How many attempts a {@code pending-} reward stays pending. */
    public static final int PENDING_ATTEMPTS = 2;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RewardOutcome claim(RewardClaim claim) throws RewardProviderUnavailableException {
        String rewardId = claim.rewardId();
        if (rewardId.startsWith("fail-")) {
            return RewardOutcome.failed("Sandbox refuses reward '" + rewardId + "': reward ids starting with "
                    + "'fail-' always fail");
        }
        if (rewardId.startsWith("pending-") && claim.attempt() <= PENDING_ATTEMPTS) {
            return RewardOutcome.pending();
        }
        if (rewardId.startsWith("flaky-") && claim.attempt() == 1) {
            throw new RewardProviderUnavailableException("Sandbox dropped the connection for reward '" + rewardId
                    + "' (reward ids starting with 'flaky-' fail to connect on the first attempt)");
        }
        return RewardOutcome.settled(reference(claim.transactionId()));
    }

    /** The reference a settled transaction gets: the same for the same transaction, every time. */
    static String reference(UUID transactionId) {
        return "sandbox-" + UUID.nameUUIDFromBytes(("sandbox-reward:" + transactionId)
                .getBytes(StandardCharsets.UTF_8));
    }
}

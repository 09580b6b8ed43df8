package dev.settle.reward.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.reward.provider.RewardClaim;
import dev.settle.reward.provider.RewardOutcome;
import dev.settle.reward.provider.RewardOutcome.Status;
import dev.settle.reward.provider.RewardProviderUnavailableException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SandboxRewardProviderTests {

    private final SandboxRewardProvider sandbox = new SandboxRewardProvider();
    private final UUID transactionId = UUID.randomUUID();

    @Test
    void ordinaryRewardSettlesWithTheSameReferenceEveryTime() throws Exception {
        RewardOutcome first = sandbox.claim(claim("welcome-bonus", 1));
        RewardOutcome repeat = sandbox.claim(claim("welcome-bonus", 3));
        RewardOutcome otherTransaction = sandbox.claim(new RewardClaim(UUID.randomUUID(), UUID.randomUUID(), "O1",
                "I1", "welcome-bonus", 1));

        assertThat(first.status()).isEqualTo(Status.SETTLED);
        assertThat(first.providerReference()).matches("sandbox-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(repeat.providerReference()).isEqualTo(first.providerReference());
        assertThat(otherTransaction.providerReference()).isNotEqualTo(first.providerReference());
    }

    @Test
    void failPrefixFailsWithAReasonNamingTheReward() throws Exception {
        RewardOutcome outcome = sandbox.claim(claim("fail-r1", 1));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.reason()).contains("fail-r1");
        assertThat(outcome.providerReference()).isNull();
    }

    @Test
    void pendingPrefixStaysPendingForTheFirstAttemptsThenSettles() throws Exception {
        for (int attempt = 1; attempt <= SandboxRewardProvider.PENDING_ATTEMPTS; attempt++) {
            assertThat(sandbox.claim(claim("pending-r1", attempt)).status()).isEqualTo(Status.PENDING);
        }

        RewardOutcome next = sandbox.claim(claim("pending-r1", SandboxRewardProvider.PENDING_ATTEMPTS + 1));

        assertThat(next.status()).isEqualTo(Status.SETTLED);
        assertThat(next.providerReference()).isEqualTo(SandboxRewardProvider.reference(transactionId));
    }

    @Test
    void flakyPrefixIsUnreachableOnceThenSettles() throws Exception {
        assertThatThrownBy(() -> sandbox.claim(claim("flaky-r1", 1)))
                .isInstanceOf(RewardProviderUnavailableException.class)
                .hasMessageContaining("flaky-r1");

        assertThat(sandbox.claim(claim("flaky-r1", 2)).status()).isEqualTo(Status.SETTLED);
    }

    @Test
    void prefixesOnlyCountAtTheStart() throws Exception {
        assertThat(sandbox.claim(claim("not-fail-r1", 1)).status()).isEqualTo(Status.SETTLED);
        assertThat(sandbox.code()).isEqualTo("SANDBOX");
    }

    private RewardClaim claim(String rewardId, int attempt) {
        return new RewardClaim(transactionId, UUID.randomUUID(), "O1", "I1", rewardId, attempt);
    }
}

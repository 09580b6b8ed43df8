package dev.settle.reward;

import dev.settle.reward.provider.RewardClaim;
import dev.settle.reward.provider.RewardOutcome;
import dev.settle.reward.provider.RewardProvider;
import dev.settle.reward.provider.RewardProviderUnavailableException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles due reward transactions with one provider: takes a batch under a lease ({@link DueRewardRepository}),
 * starts each attempt (renewing its lease) and calls the provider outside any database transaction, then records
 * SETTLED, FAILED, or a retry after a back-off; a transaction still pending or unreachable at its last attempt is
 * FAILED with a reason that says so.
 *
 * <p>Safe to run on any number of nodes and threads at once: a transaction is taken by one of them at a time,
 * an attempt is started and its outcome stored only under the attempt number it was taken with. No row lock or
 * database connection is held during a provider call. A node that dies mid-call leaves its transaction to be taken
 * over when the lease runs out; the provider's idempotency per transaction id makes that second call harmless.
 */
public class RewardProcessor {

    private static final Logger log = LoggerFactory.getLogger(RewardProcessor.class);

    private final DueRewardRepository due;
    private final RewardProvider provider;
    private final RewardProperties properties;
    private final Clock clock;

    public RewardProcessor(DueRewardRepository due, RewardProvider provider, RewardProperties properties,
            Clock clock) {
        this.due = due;
        this.provider = provider;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes up to {@code settle.rewards.batch-size} due transactions of this processor's provider and settles
     * each as far as the provider allows.
     *
     * @return how many transactions were taken
     */
    public int processDue() {
        List<RewardClaim> claims = due.takeDue(provider.code(), clock.instant(), properties.lease(),
                properties.batchSize());
        claims.forEach(this::process);
        return claims.size();
    }

    private void process(RewardClaim claim) {
        if (!due.startAttempt(claim, clock.instant(), properties.lease())) {
            log.info("Reward transaction {} was finished or taken over by another node before attempt {}",
                    claim.transactionId(), claim.attempt());
            return;
        }
        RewardOutcome outcome;
        try {
            outcome = Objects.requireNonNull(provider.claim(claim), "the provider returned no outcome");
        } catch (RewardProviderUnavailableException e) {
            log.warn("Reward provider {} unavailable for reward transaction {} (attempt {}): {}", provider.code(),
                    claim.transactionId(), claim.attempt(), e.getMessage());
            report(claim, retryOrGiveUp(claim, "the provider could not be reached: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            log.error("Reward provider {} failed unexpectedly on reward transaction {} (attempt {})",
                    provider.code(), claim.transactionId(), claim.attempt(), e);
            report(claim, retryOrGiveUp(claim, "the provider failed unexpectedly: " + e));
            return;
        }
        report(claim, switch (outcome.status()) {
            case SETTLED -> due.settled(claim, outcome.providerReference(), clock.instant());
            case FAILED -> due.failed(claim, outcome.reason(), clock.instant());
            case PENDING -> retryOrGiveUp(claim, "the provider still reported the reward pending");
        });
    }

    private boolean retryOrGiveUp(RewardClaim claim, String why) {
        if (claim.attempt() >= properties.maxAttempts()) {
            return due.failed(claim, "Gave up after " + claim.attempt() + " attempts; at the last one " + why,
                    clock.instant());
        }
        return due.retryAt(claim, clock.instant().plus(properties.backoff(claim.attempt())), clock.instant());
    }

    private static void report(RewardClaim claim, boolean stored) {
        if (!stored) {
            log.warn("Outcome of reward transaction {} (attempt {}) not stored: the call outlived its lease and "
                    + "another node took the transaction over", claim.transactionId(), claim.attempt());
        }
    }
}

package dev.settle.reward.provider;

import java.util.Objects;

/**
 * What a {@link RewardProvider} says about one claim. Build it with {@link #settled}, {@link #failed} or
 * {@link #pending}.
 *
 * @param status the provider's verdict
 * @param providerReference the provider's id of the payout, present exactly when {@code SETTLED}
 * @param reason why the provider refused, present exactly when {@code FAILED}
 */
public record RewardOutcome(Status status, String providerReference, String reason) {

    /** The longest provider reference a transaction stores. */
    public static final int MAX_REFERENCE_LENGTH = 100;

    /** The provider's verdict on a claim. */
    public enum Status {
        /** Paid out; final. */
        SETTLED,
        /** Refused for good; final. */
        FAILED,
        /** Not finished yet; ask again later. */
        PENDING
    }

    public RewardOutcome {
        Objects.requireNonNull(status, "status");
        if ((status == Status.SETTLED) != (providerReference != null)) {
            throw new IllegalArgumentException("A provider reference is given exactly when the reward is SETTLED");
        }
        if (providerReference != null
                && (providerReference.isBlank() || providerReference.length() > MAX_REFERENCE_LENGTH)) {
            throw new IllegalArgumentException("A provider reference must be 1-" + MAX_REFERENCE_LENGTH
                    + " characters, was '" + providerReference + "'");
        }
        if ((status == Status.FAILED) != (reason != null && !reason.isBlank())) {
            throw new IllegalArgumentException("A reason is given exactly when the reward FAILED");
        }
    }

    /** Paid out; {@code providerReference} is the provider's id of the payout, 1-100 characters. */
    public static RewardOutcome settled(String providerReference) {
        return new RewardOutcome(Status.SETTLED, providerReference, null);
    }

    /** Refused for good, with a reason an operator or the tenant can act on. */
    public static RewardOutcome failed(String reason) {
        return new RewardOutcome(Status.FAILED, null, reason);
    }

    /** Accepted but not finished; the processor asks again after a back-off. */
    public static RewardOutcome pending() {
        return new RewardOutcome(Status.PENDING, null, null);
    }
}

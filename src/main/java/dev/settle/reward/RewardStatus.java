package dev.settle.reward;

/**
 * The life of a reward transaction: {@code SETTLING} from the claim until the provider's final answer, then
 * {@code SETTLED} or {@code FAILED} for good. Only the reward processor moves it, and only out of
 * {@code SETTLING} (guarded in SQL).
 */
public enum RewardStatus {
    /** Claimed; the processor is asking the provider. */
    SETTLING,
    /** Paid out by the provider, with its reference. */
    SETTLED,
    /** Refused by the provider, or given up after the last attempt, with the reason. */
    FAILED
}

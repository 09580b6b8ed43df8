package dev.settle.reward.provider;

/**
 * The provider could not be reached or gave no usable answer (connection refused, time-out, 5xx, unreadable
 * response), so nothing is known about the claim. The processor retries it after a back-off, up to
 * {@code settle.rewards.max-attempts}. A definitive refusal is a {@link RewardOutcome#failed(String)} outcome,
 * never this exception.
 */
public class RewardProviderUnavailableException extends Exception {

    public RewardProviderUnavailableException(String message) {
        super(message);
    }

    public RewardProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

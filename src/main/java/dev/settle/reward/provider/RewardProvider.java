package dev.settle.reward.provider;

/**
 * Settles claimed rewards with whoever pays them out. One implementation is active per node, chosen by its
 * {@link #code()} in {@code settle.rewards.provider}; the reward processor calls it in the background for every
 * reward transaction still {@code SETTLING}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Idempotent per {@link RewardClaim#transactionId()}.</b> The same claim can arrive more than once: after a
 *       {@link RewardOutcome#pending() PENDING} answer, after a {@link RewardProviderUnavailableException}, after
 *       a node died between calling the provider and recording the outcome, or when a call outlived
 *       {@code settle.rewards.lease} and another node took the transaction over. Repeats must never pay out twice:
 *       pass the transaction id on as the provider's idempotency key, and answer a repeat of a finished claim
 *       with the same outcome (the same provider reference) as the first time.</li>
 *   <li><b>Never writes our database.</b> The outcome is returned as data; the processor stores it, guarded so
 *       that a late or duplicate answer cannot overwrite a newer one.</li>
 *   <li><b>Thread safe.</b> One instance serves every thread of the node and may be called concurrently for
 *       different transactions; keep no per-call state in fields.</li>
 *   <li><b>Bounded in time.</b> Return or throw well within {@code settle.rewards.lease} (set HTTP connect and read
 *       timeouts below it); past the lease another node may call again for the same transaction.</li>
 * </ul>
 *
 * <h2>What the answers mean</h2>
 * <ul>
 *   <li>{@link RewardOutcome#settled(String) SETTLED}: paid out; final.</li>
 *   <li>{@link RewardOutcome#failed(String) FAILED}: definitively refused (unknown reward, not eligible, ...);
 *       final, never retried. Report it as an outcome, not as an exception.</li>
 *   <li>{@link RewardOutcome#pending() PENDING}: accepted but not finished; the processor asks again after a
 *       back-off.</li>
 *   <li>{@link RewardProviderUnavailableException}: the provider could not be reached or gave no usable answer, so
 *       nothing is known; retried after a back-off.</li>
 *   <li>Any other exception is treated as a defect of the implementation: logged with its stack trace and retried
 *       like an unavailable provider.</li>
 * </ul>
 * Pending answers and failures to reach the provider count as attempts; after {@code settle.rewards.max-attempts}
 * the transaction is {@code FAILED} with a reason that says so.
 */
public interface RewardProvider {

    /**
     * The stable code of this provider, stored on every transaction it settles and matched against
     * {@code settle.rewards.provider}: upper case, at most 40 characters, never changed once in use.
     */
    String code();

    /**
     * Asks the provider to settle one claimed reward, or for the state of a claim already sent.
     *
     * @param claim the transaction to settle, with the attempt number for logging
     * @return the outcome, never null
     * @throws RewardProviderUnavailableException when the provider could not be reached; the claim is retried
     */
    RewardOutcome claim(RewardClaim claim) throws RewardProviderUnavailableException;
}

package dev.settle.reward;

import dev.settle.reward.provider.RewardClaim;
import dev.settle.reward.provider.RewardOutcome;
import dev.settle.reward.provider.RewardProvider;
import dev.settle.reward.provider.RewardProviderUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider for tests that records every call (the attempt numbers per transaction) and every time two calls for
 * one transaction overlapped, then answers as told.
 */
final class CountingRewardProvider implements RewardProvider {

    /** How the provider answers a claim. */
    @FunctionalInterface
    interface Answer {
        RewardOutcome apply(RewardClaim claim) throws RewardProviderUnavailableException;
    }

    private final String code;
    private final Answer answer;
    private final Duration callTime;
    private final Map<UUID, List<Integer>> attempts = new ConcurrentHashMap<>();
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final List<UUID> overlaps = new CopyOnWriteArrayList<>();

    CountingRewardProvider(String code, Duration callTime, Answer answer) {
        this.code = code;
        this.callTime = callTime;
        this.answer = answer;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RewardOutcome claim(RewardClaim claim) throws RewardProviderUnavailableException {
        attempts.computeIfAbsent(claim.transactionId(), id -> new CopyOnWriteArrayList<>()).add(claim.attempt());
        if (!inFlight.add(claim.transactionId())) {
            overlaps.add(claim.transactionId());
        }
        try {
            Thread.sleep(callTime.toMillis());
            return answer.apply(claim);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RewardProviderUnavailableException("interrupted", e);
        } finally {
            inFlight.remove(claim.transactionId());
        }
    }

    /** The attempt numbers this provider was called with, per transaction. */
    Map<UUID, List<Integer>> attempts() {
        return attempts;
    }

    int calls() {
        return attempts.values().stream().mapToInt(List::size).sum();
    }

    /** Transactions that had two calls in flight at once. */
    List<UUID> overlaps() {
        return overlaps;
    }
}

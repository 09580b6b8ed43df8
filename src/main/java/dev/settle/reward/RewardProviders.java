package dev.settle.reward;

import dev.settle.reward.provider.RewardProvider;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The reward providers of this node and the one in use. Resolved once at start-up, so a misconfigured node
 * refuses to start instead of accepting claims nobody will settle.
 */
@Component
public class RewardProviders {

    private final RewardProvider active;

    /**
     * @throws IllegalStateException when two providers share a code, or none has the configured one
     */
    public RewardProviders(List<RewardProvider> providers, RewardProperties properties) {
        Map<String, RewardProvider> byCode = new TreeMap<>();
        for (RewardProvider provider : providers) {
            RewardProvider clash = byCode.putIfAbsent(provider.code(), provider);
            if (clash != null) {
                throw new IllegalStateException("Two reward providers have the code '" + provider.code() + "': "
                        + clash.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        this.active = byCode.get(properties.provider());
        if (active == null) {
            throw new IllegalStateException("settle.rewards.provider is '" + properties.provider()
                    + "' but no reward provider has that code; available: " + byCode.keySet());
        }
    }

    /** The provider new claims are recorded against and the processor calls. */
    public RewardProvider active() {
        return active;
    }
}

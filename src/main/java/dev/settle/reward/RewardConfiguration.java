package dev.settle.reward;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reward processing: the {@link RewardProcessor} bound to the active provider on every node, and its schedule in
 * the web server only, so operator commands never settle rewards behind the operator's back.
 */
@Configuration(proxyBeanMethods = false)
public class RewardConfiguration {

    @Bean
    RewardProcessor rewardProcessor(DueRewardRepository due, RewardProviders providers, RewardProperties properties,
            Clock clock) {
        return new RewardProcessor(due, providers.active(), properties, clock);
    }

    /** Runs the processor every {@code settle.rewards.poll-interval} in the API server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @EnableScheduling
    static class Polling {

        private static final Logger log = LoggerFactory.getLogger(Polling.class);
        private static final String INTERVAL = "${settle.rewards.poll-interval:"
                + RewardProperties.DEFAULT_POLL_INTERVAL + "}";

        private final RewardProcessor processor;
        private final RewardProperties properties;

        Polling(RewardProcessor processor, RewardProperties properties) {
            this.processor = processor;
            this.properties = properties;
        }

        /** Works through every due transaction, a batch at a time, then waits for the next interval. */
        @Scheduled(initialDelayString = INTERVAL, fixedDelayString = INTERVAL)
        void poll() {
            try {
                int taken;
                do {
                    taken = processor.processDue();
                } while (taken == properties.batchSize());
            } catch (DataAccessException e) {
                // Transactions taken before the failure are retried once their lease runs out.
                log.warn("Reward processing stopped until the next interval: {}", e.getMessage());
            }
        }
    }
}

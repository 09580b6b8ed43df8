package dev.settle.webhook;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The dispatcher and what it is built from; tests replace the jitter source and the clock. */
@Configuration(proxyBeanMethods = false)
public class WebhookConfiguration {

    /** The jitter of retry waits: uniform in [0, 1). */
    @Bean
    @ConditionalOnMissingBean(name = "webhookJitter")
    DoubleSupplier webhookJitter() {
        return () -> ThreadLocalRandom.current().nextDouble();
    }

    @Bean
    WebhookDispatcher webhookDispatcher(WebhookDeliveries deliveries, WebhookPayloads payloads,
            WebhookEndpoints endpoints, WebhookMetrics metrics, WebhookProperties properties,
            PlatformTransactionManager transactionManager, DoubleSupplier webhookJitter, Clock clock) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new WebhookDispatcher(deliveries, payloads, endpoints,
                new WebhookSender(client, properties.requestTimeout()), new RetrySchedule(properties, webhookJitter),
                metrics, properties, new TransactionTemplate(transactionManager), clock);
    }
}

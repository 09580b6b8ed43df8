package dev.settle.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.reward.provider.RewardClaim;
import dev.settle.reward.provider.RewardOutcome;
import dev.settle.reward.provider.RewardProvider;
import dev.settle.reward.sandbox.SandboxRewardProvider;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Which provider a node uses, and that a node with no provider for the configured code does not start. */
class RewardProvidersIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Providers.class);

    @Test
    void sandboxIsTheDefault() {
        runner.run(context -> assertThat(context.getBean(RewardProviders.class).active())
                .isInstanceOf(SandboxRewardProvider.class));
    }

    @Test
    void configuredCodeChoosesTheProvider() {
        runner.withUserConfiguration(Acme.class).withPropertyValues("settle.rewards.provider=ACME")
                .run(context -> assertThat(context.getBean(RewardProviders.class).active().code()).isEqualTo("ACME"));
    }

    @Test
    void startUpFailsWhenNoProviderHasTheConfiguredCode() {
        runner.withPropertyValues("settle.rewards.provider=ACME").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalStateException.class)
                    .hasMessage("settle.rewards.provider is 'ACME' but no reward provider has that code; "
                            + "available: [SANDBOX]");
        });
    }

    @Test
    void startUpFailsWhenTwoProvidersShareACode() {
        runner.withBean("secondSandbox", RewardProvider.class, () -> provider(SandboxRewardProvider.CODE))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageStartingWith("Two reward providers have the code 'SANDBOX'");
                });
    }

    @Test
    void invalidSettingsStopStartUpNamingTheProperty() {
        runner.withPropertyValues("settle.rewards.lease=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("settle.rewards.lease must be a positive duration");
        });
        runner.withPropertyValues("settle.rewards.poll-interval=500ms").run(context -> assertThat(
                context.getBean(RewardProperties.class).pollInterval()).isEqualTo(Duration.ofMillis(500)));
    }

    private static RewardProvider provider(String code) {
        return new RewardProvider() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public RewardOutcome claim(RewardClaim claim) {
                return RewardOutcome.pending();
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RewardProperties.class)
    @Import({RewardProviders.class, SandboxRewardProvider.class})
    static class Providers {
    }

    @Configuration(proxyBeanMethods = false)
    static class Acme {
        @Bean
        RewardProvider acme() {
            return provider("ACME");
        }
    }
}

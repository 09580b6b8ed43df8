package dev.settle.schemeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemeConfigTests {

    static SchemeConfig scheme(Set<String> currencies, Set<String> directions, Map<String, String> settings) {
        return new SchemeConfig(UUID.randomUUID(), "psp-1", "PSP", "PSP_HTTP", currencies, directions, "TARGET2", 1,
                LocalTime.of(14, 0), ZoneId.of("Europe/Brussels"), false, 10_000, settings, true,
                Instant.parse("2026-11-21T12:00:00Z"));
    }

    @Test
    void supportsOnlyItsDirectionsAndCurrencies() {
        SchemeConfig scheme = scheme(Set.of("EUR", "GBP"), Set.of("CREDIT"), Map.of());

        assertThat(scheme.supports("CREDIT", "GBP")).isTrue();
        assertThat(scheme.supports("DEBIT", "EUR")).isFalse();
        assertThat(scheme.supports("CREDIT", "USD")).isFalse();
        assertThat(scheme.supports(null, "EUR")).isFalse();
    }

    @Test
    void toStringHidesSecretSettings() {
        SchemeConfig scheme = scheme(Set.of("EUR"), Set.of("CREDIT"), Map.of("baseUrl", "https://psp.example",
                "apiKey", "sk_live_abc", "clientSecret", "s3cr3t", "PASSWORD", "hunter2", "authToken", "t0k",
                "credentialRef", "vault:psp"));

        assertThat(scheme.toString()).contains("baseUrl=https://psp.example", "apiKey=<hidden>", "PASSWORD=<hidden>")
                .doesNotContain("sk_live_abc", "s3cr3t", "hunter2", "t0k", "vault:psp");
    }

    @Test
    void visibleSettingsLeaveOutEverySecretKind() {
        Map<String, String> settings = Map.of("originatorIban", "DE89370400440532013000", "creditorId", "DE98ZZZ09999999999",
                "signingKeyAlias", "k1", "webhookSecret", "s", "password", "p", "accessToken", "t", "Credential", "c");

        assertThat(SchemeSettings.visible(settings)).containsOnlyKeys("creditorId", "originatorIban");
    }

    @Test
    void copiesItsCollectionsSortedAndUnmodifiable() {
        SchemeConfig scheme = scheme(Set.of("GBP", "EUR"), Set.of("DEBIT", "CREDIT"), Map.of("b", "2", "a", "1"));

        assertThat(scheme.currencies()).containsExactly("EUR", "GBP");
        assertThat(scheme.directions()).containsExactly("CREDIT", "DEBIT");
        assertThat(scheme.settings().keySet()).containsExactly("a", "b");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> scheme.currencies().add("USD"));
    }
}

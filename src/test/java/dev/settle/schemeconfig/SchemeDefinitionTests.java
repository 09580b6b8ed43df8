package dev.settle.schemeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemeDefinitionTests {

    static final Set<String> WRITERS = Set.of("SANDBOX", "SEPA_SCT", "SEPA_SDD_CORE");
    static final Set<String> CALENDARS = Set.of("TARGET2", "UK");

    static SchemeDefinition definition(String writer, List<String> currencies, List<String> directions, String calendar,
            String cutOff, String zone) {
        return new SchemeDefinition("sandbox-eu", "Sandbox EU", writer, currencies, directions, calendar, 1, cutOff, zone,
                false, 10_000, Map.of("apiKey", "k"));
    }

    static SchemeDefinition valid() {
        return definition("SANDBOX", List.of("EUR", "GBP"), List.of("CREDIT", "DEBIT"), "TARGET2", "14:00", "Europe/Brussels");
    }

    @Test
    void acceptsAValidDefinition() {
        assertThat(valid().problems(WRITERS, CALENDARS)).isEmpty();
        assertThat(definition("sepa_sct", List.of("eur"), List.of("credit"), "target2", "09:30", "Europe/Berlin").problems(WRITERS, CALENDARS))
                .isEmpty();
    }

    @Test
    void buildsANormalisedEnabledConfig() {
        UUID tenant = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-21T12:00:00Z");

        SchemeConfig config = definition("sandbox", List.of("gbp", "EUR", "GBP"), List.of("debit"), "uk", "14:00",
                "Europe/London").toConfig(tenant, now, WRITERS, CALENDARS);

        assertThat(config.tenantId()).isEqualTo(tenant);
        assertThat(config.writerType()).isEqualTo("SANDBOX");
        assertThat(config.currencies()).containsExactly("EUR", "GBP");
        assertThat(config.directions()).containsExactly("DEBIT");
        assertThat(config.calendar()).isEqualTo("UK");
        assertThat(config.cutOffTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(config.cutOffZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.settings()).containsEntry("apiKey", "k");
        assertThat(config.enabled()).isTrue();
        assertThat(config.createdAt()).isEqualTo(now);
    }

    @Test
    void refusesAnUnknownWriterType() {
        assertThat(definition("SEPA_INSTANT", List.of("EUR"), List.of("CREDIT"), "TARGET2", "14:00", "UTC").problems(WRITERS, CALENDARS))
                .containsExactly("writer type 'SEPA_INSTANT' is unknown; use one of [SANDBOX, SEPA_SCT, SEPA_SDD_CORE]");
    }

    @Test
    void refusesAnUnknownCurrencyAndNeedsOne() {
        assertThat(definition("SANDBOX", List.of("EUR", "EURO", "ZZZ"), List.of("CREDIT"), "TARGET2", "14:00", "UTC")
                .problems(WRITERS, CALENDARS)).containsExactly("currency 'EURO' is not an ISO 4217 code", "currency 'ZZZ' is not an ISO 4217 code");
        assertThat(definition("SANDBOX", List.of(), List.of("CREDIT"), "TARGET2", "14:00", "UTC").problems(WRITERS, CALENDARS))
                .containsExactly("at least one currency is needed");
    }

    @Test
    void refusesAnUnknownDirection() {
        assertThat(definition("SANDBOX", List.of("EUR"), List.of("REFUND"), "TARGET2", "14:00", "UTC").problems(WRITERS, CALENDARS))
                .containsExactly("direction 'REFUND' must be CREDIT or DEBIT");
    }

    @Test
    void sepaWritersCarryEuroInTheirOwnDirectionOnly() {
        assertThat(definition("SEPA_SCT", List.of("EUR", "GBP"), List.of("CREDIT", "DEBIT"), "TARGET2", "14:00", "UTC")
                .problems(WRITERS, CALENDARS)).containsExactly("SEPA_SCT carries EUR only, got [EUR, GBP]",
                        "SEPA_SCT supports CREDIT only, got [CREDIT, DEBIT]");
        assertThat(definition("SEPA_SDD_CORE", List.of("EUR"), List.of("CREDIT"), "TARGET2", "14:00", "UTC").problems(WRITERS, CALENDARS))
                .containsExactly("SEPA_SDD_CORE supports DEBIT only, got [CREDIT]");
    }

    @Test
    void refusesAnUnknownCalendar() {
        assertThat(definition("SANDBOX", List.of("EUR"), List.of("CREDIT"), "NYSE", "14:00", "UTC").problems(WRITERS, CALENDARS))
                .containsExactly("calendar 'NYSE' is unknown; use one of [TARGET2, UK]");
    }

    @Test
    void refusesABadCutOffTimeAndZone() {
        assertThat(definition("SANDBOX", List.of("EUR"), List.of("CREDIT"), "TARGET2", "25:00", "Europe/Nowhere").problems(WRITERS, CALENDARS))
                .containsExactly("cut-off '25:00' is not a time of day HH:mm",
                        "time zone 'Europe/Nowhere' is unknown; use a region id such as Europe/Brussels");
    }

    @Test
    void refusesABadIdNameLeadTimeAndFileSize() {
        SchemeDefinition definition = new SchemeDefinition("bad id", " ", "SANDBOX", List.of("EUR"), List.of("CREDIT"),
                "TARGET2", -1, "14:00", "UTC", false, 0, Map.of(" ", "v"));

        assertThat(definition.problems(WRITERS, CALENDARS)).containsExactly(
                "scheme id 'bad id' must be 1-50 characters of A-Z, a-z, 0-9, '-', '_' or '.'",
                "name must be 1-100 characters", "lead time must be 0 or more business days, got -1",
                "maximum items per file must be 1 or more, got 0", "setting keys must not be blank");
    }

    @Test
    void refusesToBuildAnInvalidConfig() {
        assertThatIllegalArgumentException().isThrownBy(() -> definition("NOPE", List.of("EUR"), List.of("CREDIT"),
                "TARGET2", "14:00", "Mars/Olympus").toConfig(UUID.randomUUID(), Instant.now(), WRITERS, CALENDARS))
                .withMessageContaining("writer type 'NOPE'").withMessageContaining("time zone 'Mars/Olympus'");
    }

    @Test
    void toStringHidesSecretSettings() {
        assertThat(valid().toString()).contains("apiKey=<hidden>");
    }
}

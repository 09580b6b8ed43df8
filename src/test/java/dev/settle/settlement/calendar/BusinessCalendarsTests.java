package dev.settle.settlement.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

class BusinessCalendarsTests {

    static BusinessCalendars calendars(Map<String, List<LocalDate>> extraClosingDays) {
        return new BusinessCalendars(new CalendarProperties(extraClosingDays));
    }

    /** Binds {@code settle.calendars.*} the way Spring Boot binds application properties. */
    static CalendarProperties bind(Map<String, String> properties) {
        Binder binder = new Binder(List.of(new MapConfigurationPropertySource(properties)), null,
                ApplicationConversionService.getSharedInstance());
        return binder.bindOrCreate("settle.calendars", CalendarProperties.class);
    }

    @Test
    void findsEachCalendarByItsCode() {
        BusinessCalendars calendars = calendars(Map.of());

        assertThat(calendars.codes()).containsExactly("TARGET2", "UK");
        assertThat(calendars.get("TARGET2")).isInstanceOf(Target2Calendar.class);
        assertThat(calendars.get("UK")).isInstanceOf(UkCalendar.class);
    }

    @Test
    void refusesAnUnknownCodeNamingTheKnownOnes() {
        BusinessCalendars calendars = calendars(Map.of());

        assertThatIllegalArgumentException().isThrownBy(() -> calendars.get("uk"))
                .withMessage("unknown business-day calendar 'uk'; known calendars: [TARGET2, UK]");
        assertThatIllegalArgumentException().isThrownBy(() -> calendars.get(null))
                .withMessage("unknown business-day calendar 'null'; known calendars: [TARGET2, UK]");
    }

    @Test
    void closesACalendarOnItsExtraClosingDaysOnly() {
        BusinessCalendars calendars = calendars(Map.of("UK", List.of(of(2022, 9, 19), of(2023, 5, 8))));

        BusinessCalendar uk = calendars.get("UK");
        assertThat(uk.code()).isEqualTo("UK");
        assertThat(uk.isBusinessDay(of(2022, 9, 19))).isFalse();
        assertThat(uk.isBusinessDay(of(2023, 5, 8))).isFalse();
        assertThat(uk.isBusinessDay(of(2022, 9, 20))).isTrue();
        assertThat(uk.isBusinessDay(of(2022, 12, 27))).isFalse();
        assertThat(uk.minusBusinessDays(of(2022, 9, 20), 1)).isEqualTo(of(2022, 9, 16));
        assertThat(calendars.get("TARGET2").isBusinessDay(of(2022, 9, 19))).isTrue();
    }

    @Test
    void refusesExtraClosingDaysForAnUnknownCalendar() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendars(Map.of("TARGET", List.of(of(2026, 6, 1)), "UK", List.of())))
                .withMessage("settle.calendars.extra-closing-days names unknown calendars [TARGET];"
                        + " known calendars: [TARGET2, UK]");
    }

    @Test
    void bindsExtraClosingDaysFromIsoDatesInConfiguration() {
        CalendarProperties properties = bind(Map.of(
                "settle.calendars.extra-closing-days.UK[0]", "2022-09-19",
                "settle.calendars.extra-closing-days.UK[1]", "2023-05-08",
                "settle.calendars.extra-closing-days.TARGET2", "2026-06-01,2026-06-02"));

        assertThat(properties.extraClosingDays()).containsOnly(
                Map.entry("UK", List.of(of(2022, 9, 19), of(2023, 5, 8))),
                Map.entry("TARGET2", List.of(of(2026, 6, 1), of(2026, 6, 2))));
        assertThat(new BusinessCalendars(properties).get("TARGET2").isBusinessDay(of(2026, 6, 2))).isFalse();
    }

    @Test
    void hasNoExtraClosingDaysWhenNoneAreConfigured() {
        assertThat(bind(Map.of()).extraClosingDays()).isEmpty();
    }
}

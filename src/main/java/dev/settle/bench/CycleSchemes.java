package dev.settle.bench;

import dev.settle.schemeconfig.SchemeCatalog;
import dev.settle.schemeconfig.SchemeDefinition;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.settlement.calendar.BusinessCalendar;
import dev.settle.settlement.calendar.BusinessCalendars;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The schemes of one cycle run, named after the run so its settlement touches nothing else in the database: SEPA
 * credit transfers and SEPA core direct debits in euro (files the bank simulator answers) and a sandbox PSP for
 * payouts in pounds and dollars (answered when submitted, rejecting the same cents the simulated bank rejects). The
 * business date is the first day at least a week ahead that both calendars open, and each route's settledByDate is
 * the latest that is due on it, so every instruction is settled on time.
 */
@Component
class CycleSchemes {

    static final int MAX_ITEMS_PER_FILE = 50_000;
    private static final String IBAN = "DE02120300000000202051";
    private static final String BIC = "BYLADEM1001";

    private final SchemeCatalog catalog;
    private final SchemeRepository schemes;
    private final BusinessCalendars calendars;
    private final Clock clock;

    CycleSchemes(SchemeCatalog catalog, SchemeRepository schemes, BusinessCalendars calendars, Clock clock) {
        this.catalog = catalog;
        this.schemes = schemes;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * One run's schemes.
     *
     * @param fileOutboxes where the SEPA schemes publish their files
     */
    record Run(LocalDate businessDate, List<String> schemeIds, String pspSchemeId, List<Path> fileOutboxes,
            BenchmarkFiles.Routes routes) {
    }

    Run create(UUID tenantId, String tag, Path outbox) {
        BusinessCalendar target2 = calendars.get("TARGET2");
        BusinessCalendar uk = calendars.get("UK");
        LocalDate businessDate = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(7);
        while (!target2.isBusinessDay(businessDate) || !uk.isBusinessDay(businessDate)) {
            businessDate = businessDate.plusDays(1);
        }
        String credits = "CYCLE-SCT-" + tag;
        String debits = "CYCLE-SDD-" + tag;
        String psp = "CYCLE-PSP-" + tag;
        Path creditFiles = outbox.resolve(credits);
        Path debitFiles = outbox.resolve(debits);
        List<SchemeDefinition> definitions = List.of(
                new SchemeDefinition(credits, "Cycle SEPA credit transfers", "SEPA_SCT", List.of("EUR"),
                        List.of("CREDIT"), "TARGET2", 1, "14:00", "Europe/Brussels", false, MAX_ITEMS_PER_FILE,
                        Map.of("originatorName", "Settle Bench", "originatorIban", IBAN, "originatorBic", BIC,
                                "outputDirectory", creditFiles.toString())),
                new SchemeDefinition(debits, "Cycle SEPA core direct debits", "SEPA_SDD_CORE", List.of("EUR"),
                        List.of("DEBIT"), "TARGET2", 2, "12:00", "Europe/Brussels", false, MAX_ITEMS_PER_FILE,
                        Map.of("creditorName", "Settle Bench", "creditorIban", IBAN, "creditorBic", BIC,
                                "creditorSchemeId", "DE98ZZZ09999999999", "outputDirectory", debitFiles.toString())),
                new SchemeDefinition(psp, "Cycle sandbox PSP", "SANDBOX", List.of("GBP", "USD"),
                        List.of("CREDIT", "DEBIT"), "UK", 0, "16:00", "Europe/London", false, MAX_ITEMS_PER_FILE,
                        Map.of("sandbox.reject-cents", "13,14,15")));
        definitions.forEach(definition -> schemes.insert(catalog.toConfig(definition, tenantId)));
        BenchmarkFiles.Routes routes = new BenchmarkFiles.Routes(
                new BenchmarkFiles.Route(credits, target2.plusBusinessDays(businessDate, 1)),
                new BenchmarkFiles.Route(debits, target2.plusBusinessDays(businessDate, 2)),
                new BenchmarkFiles.Route(psp, businessDate), List.of("GBP", "USD"));
        return new Run(businessDate, List.of(credits, debits, psp), psp, List.of(creditFiles, debitFiles), routes);
    }
}

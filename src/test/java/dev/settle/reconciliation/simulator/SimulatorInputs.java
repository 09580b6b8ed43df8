package dev.settle.reconciliation.simulator;

import dev.settle.scheme.Payment;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import dev.settle.scheme.sepa.SepaCreditTransferSchemeWriter;
import dev.settle.scheme.sepa.SepaDirectDebitSchemeWriter;
import dev.settle.scheme.sepa.SepaProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published pain.001 and pain.008 files written by our own scheme writers, with amounts that hit every rule of the
 * simulated bank, in three blocks: the third is rejected whole.
 */
public final class SimulatorInputs {

    public static final String OUR_IBAN = "DE89370400440532013000";

    /** 2031-03-17, a Monday. */
    public static final LocalDate MONDAY = LocalDate.of(2031, 3, 17);

    public static final LocalDate TUESDAY = MONDAY.plusDays(1);

    public static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T08:15:00Z"), ZoneOffset.UTC);

    /** Key and amount of each payment, by block: its execution / collection date and, for debits, sequence type. */
    static final List<Object[]> PAYMENTS = List.of(
            new Object[] {"S101-1", "100.00", MONDAY, "RCUR"},
            new Object[] {"S102-1", "10.13", MONDAY, "RCUR"},
            new Object[] {"S103-1", "40.31", MONDAY, "RCUR"},
            new Object[] {"S104-2", "7.250", MONDAY, "RCUR"},
            new Object[] {"S105-1", "20.14", TUESDAY, "FRST"},
            new Object[] {"S106-1", "30.15", TUESDAY, "FRST"},
            new Object[] {"S107-1", "50.32", TUESDAY, "FRST"},
            new Object[] {"S108-1", "0.01", TUESDAY, "FRST"},
            new Object[] {"S109-3", "60.13", WEDNESDAY, "RCUR"});

    private SimulatorInputs() {
    }

    /** A pain.001 file {@code <batchId>.xml} in {@code directory}; {@code painVersion} {@code 03} or {@code 09}. */
    public static Path creditTransfers(Path directory, String batchId, String painVersion) throws Exception {
        SchemeSettings scheme = scheme("SEPA_SCT", Map.of("originatorName", "Settle GmbH", "originatorIban", OUR_IBAN,
                "originatorBic", "COBADEFFXXX", "painVersion", painVersion, SepaProperties.OUTPUT_DIRECTORY,
                directory.toString()));
        List<Payment> payments = PAYMENTS.stream().map(p -> payment((String) p[0], (String) p[1], (LocalDate) p[2],
                "CREDIT", null)).toList();
        return published(new SepaCreditTransferSchemeWriter(new SepaProperties(directory), CLOCK)
                .submit(SubmissionBatch.of(scheme, batchId, payments)));
    }

    /** A pain.008 file {@code <batchId>.xml} in {@code directory}; {@code painVersion} {@code 02} or {@code 08}. */
    public static Path directDebits(Path directory, String batchId, String painVersion) throws Exception {
        SchemeSettings scheme = scheme("SEPA_SDD_CORE", Map.of("creditorName", "Settle GmbH", "creditorIban",
                OUR_IBAN, "creditorBic", "COBADEFFXXX", "creditorSchemeId", "DE98ZZZ09999999999", "painVersion",
                painVersion, SepaProperties.OUTPUT_DIRECTORY, directory.toString()));
        List<Payment> payments = PAYMENTS.stream().map(p -> payment((String) p[0], (String) p[1], (LocalDate) p[2],
                "DEBIT", (String) p[3])).toList();
        return published(new SepaDirectDebitSchemeWriter(new SepaProperties(directory), CLOCK)
                .submit(SubmissionBatch.of(scheme, batchId, payments)));
    }

    private static Payment payment(String key, String amount, LocalDate date, String direction, String sequence) {
        return new Payment(key, "I-" + key, direction, new BigDecimal(amount), "EUR", date,
                new Payment.Counterparty("Zoë Léger", "FR1420041010050500013M02606", null,
                        sequence == null ? null : "MANDATE-" + key, sequence == null ? null : LocalDate.of(2030, 1, 15),
                        sequence, null), "Invoice " + key);
    }

    private static SchemeSettings scheme(String writerType, Map<String, String> settings) {
        return new SchemeSettings(UUID.fromString("5e1f0c3a-7d2b-4c1e-9a8f-0b6d2e4f1a3c"), "SEPA-EUR", writerType,
                settings);
    }

    private static Path published(SubmissionResult result) {
        return Path.of(((SubmissionResult.WholeBatch) result).schemeReference());
    }
}

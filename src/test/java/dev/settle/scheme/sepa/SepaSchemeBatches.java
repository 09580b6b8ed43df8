package dev.settle.scheme.sepa;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentGroup;
import dev.settle.scheme.PaymentReader;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SubmissionBatch;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Batches, payments and file checks shared by the SEPA scheme writer tests. */
final class SepaSchemeBatches {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T08:15:00Z"), ZoneOffset.UTC);

    static final LocalDate MONDAY = LocalDate.of(2031, 3, 17);

    static final LocalDate TUESDAY = LocalDate.of(2031, 3, 18);

    private SepaSchemeBatches() {
    }

    static Payment credit(String key, String amount, LocalDate executionDate) {
        return new Payment(key, "I-" + key, "CREDIT", new BigDecimal(amount), "EUR", executionDate,
                new Payment.Counterparty("Jürgen Müller", "DE02120300000000202051", "BYLADEM1001", null, null, null,
                        null), null);
    }

    static Payment debit(String key, String amount, LocalDate collectionDate, String sequenceType) {
        return new Payment(key, "I-" + key, "DEBIT", new BigDecimal(amount), "EUR", collectionDate,
                new Payment.Counterparty("Zoë Léger", "FR1420041010050500013M02606", null, "MANDATE-" + key,
                        LocalDate.of(2030, 1, 15), sequenceType, null), "Membership " + key);
    }

    static Payment withCurrency(Payment payment, String currency) {
        return new Payment(payment.key(), payment.instructionRef(), payment.direction(), payment.amount(), currency,
                payment.executionDate(), payment.counterparty(), payment.remittanceInformation());
    }

    static Payment withDirection(Payment payment, String direction) {
        return new Payment(payment.key(), payment.instructionRef(), direction, payment.amount(), payment.currency(),
                payment.executionDate(), payment.counterparty(), payment.remittanceInformation());
    }

    static SchemeSettings scheme(String writerType, Map<String, String> settings) {
        return new SchemeSettings(UUID.fromString("5e1f0c3a-7d2b-4c1e-9a8f-0b6d2e4f1a3c"), "SEPA-EUR",
                writerType, settings);
    }

    /** The sum of the payments' amounts. */
    static BigDecimal sum(List<Payment> payments) {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static JsonNode manifest(Path file) throws Exception {
        return JsonMapper.shared().readTree(Files.readAllBytes(file.resolveSibling(file.getFileName()
                + ".manifest.json")));
    }

    /**
     * A batch like {@link SubmissionBatch#of} whose reader counts the streams it opens and the ones closed, as a
     * database cursor would need.
     */
    static final class CountingBatch {

        final AtomicInteger opened = new AtomicInteger();

        final AtomicInteger closed = new AtomicInteger();

        final SubmissionBatch batch;

        CountingBatch(SchemeSettings scheme, String batchId, List<Payment> payments) {
            SubmissionBatch plain = SubmissionBatch.of(scheme, batchId, payments);
            PaymentReader counting = (PaymentGroup group) -> {
                this.opened.incrementAndGet();
                Stream<Payment> stream = plain.read(group);
                return stream.onClose(this.closed::incrementAndGet);
            };
            this.batch = new SubmissionBatch(scheme, batchId, plain.groups(), counting);
        }

    }

}

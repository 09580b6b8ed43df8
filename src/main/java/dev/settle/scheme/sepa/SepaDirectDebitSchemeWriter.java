package dev.settle.scheme.sepa;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentGroup;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SubmissionBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code SEPA_SDD_CORE}: each batch becomes one pain.008 SEPA Core direct debit file {@code <batchId>.xml}
 * (message id = batch id) with one collection block {@code <batchId>-<n>} per payment group, in group order,
 * carrying the group's collection date and sequence type ({@code FRST} or {@code RCUR}), published with its
 * manifest in the scheme's directory (see {@link SepaProperties}). Every payment is answered {@code PENDING} under
 * the file's absolute path; the bank's reports tell the outcome. A restart finds the published file again instead
 * of writing a second one.
 * <p>
 * Scheme settings: {@code creditorName}, {@code creditorIban}, optional {@code creditorBic},
 * {@code creditorSchemeId}, optional {@code painVersion} ({@code 02} or {@code 08}, default {@code 08}), optional
 * {@value SepaProperties#OUTPUT_DIRECTORY}. Payments must be euro {@code DEBIT}s with a mandate id and signature
 * date.
 */
@Component
public class SepaDirectDebitSchemeWriter extends SepaFileSchemeWriter {

    /** The writer type of SEPA Core direct debit schemes. */
    public static final String CODE = "SEPA_SDD_CORE";

    private static final Map<String, Pain008Version> VERSIONS = Map.of("02", Pain008Version.V02, "08",
            Pain008Version.V08);

    private final Map<Pain008Version, Pain008Writer> writers = new EnumMap<>(Pain008Version.class);

    public SepaDirectDebitSchemeWriter(SepaProperties properties, Clock clock) {
        super(properties, clock);
        for (Pain008Version version : Pain008Version.values()) {
            this.writers.put(version, new Pain008Writer(version));
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void write(SubmissionBatch batch, Path directory, String fileName, OffsetDateTime creationTime) {
        SchemeSettings scheme = batch.scheme();
        Creditor creditor = new Creditor(scheme.required("creditorName"), scheme.required("creditorIban"),
                scheme.get("creditorBic", null), scheme.required("creditorSchemeId"));
        Pain008Writer writer = this.writers.get(version(scheme, VERSIONS, "08"));
        List<CollectionBlock> blocks = new ArrayList<>();
        Map<CollectionBlock, PaymentGroup> groups = new HashMap<>();
        for (PaymentGroup group : batch.groups()) {
            CollectionBlock block = new CollectionBlock(blockId(batch, blocks.size()), group.executionDate(),
                    sequenceType(batch, group), group.count(), group.total());
            blocks.add(block);
            groups.put(block, group);
        }
        DirectDebitFileHeader header = new DirectDebitFileHeader(batch.batchId(), creationTime, batch.count(),
                PublishedBatch.total(batch), creditor);
        try (BlockStreams<CollectionBlock, DirectDebit> debits = new BlockStreams<>(
                (block) -> batch.read(groups.get(block)).map((payment) -> debit(batch, payment)))) {
            writer.write(directory, fileName, header, blocks, debits);
        }
    }

    private static String sequenceType(SubmissionBatch batch, PaymentGroup group) {
        if (!Pain008Checks.SEQUENCE_TYPES.contains(group.sequenceType())) {
            throw new IllegalStateException("Batch " + batch.batchId() + ": the group collected on "
                    + group.executionDate() + " has sequence type '" + group.sequenceType() + "'; "
                    + CODE + " collects FRST and RCUR only");
        }
        return group.sequenceType();
    }

    private static DirectDebit debit(SubmissionBatch batch, Payment payment) {
        checked(batch, payment, "DEBIT");
        Payment.Counterparty debtor = payment.counterparty();
        if (debtor.mandateId() == null || debtor.mandateSignedOn() == null) {
            throw new IllegalStateException("Batch " + batch.batchId() + ", payment " + payment.key()
                    + ": a direct debit needs the mandate id and the date it was signed");
        }
        return new DirectDebit(payment.key(), payment.amount(), debtor.name(), debtor.iban(), debtor.bic(),
                debtor.mandateId(), debtor.mandateSignedOn(), remittance(payment));
    }

}

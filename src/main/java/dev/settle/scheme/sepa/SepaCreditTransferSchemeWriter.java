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
 * {@code SEPA_SCT}: each batch becomes one pain.001 credit transfer file {@code <batchId>.xml} (message id =
 * batch id) with one payment information block {@code <batchId>-<n>} per payment group, in group order, published
 * with its manifest in the scheme's directory (see {@link SepaProperties}). Every payment is answered
 * {@code PENDING} under the file's absolute path; the bank's reports tell the outcome. A restart finds the
 * published file again instead of writing a second one.
 * <p>
 * Scheme settings: {@code originatorName}, {@code originatorIban}, optional {@code originatorBic}, optional
 * {@code painVersion} ({@code 03} or {@code 09}, default {@code 09}), optional
 * {@value SepaProperties#OUTPUT_DIRECTORY}. Payments must be euro {@code CREDIT}s.
 */
@Component
public class SepaCreditTransferSchemeWriter extends SepaFileSchemeWriter {

    /** The writer type of SEPA credit transfer schemes. */
    public static final String CODE = "SEPA_SCT";

    private static final Map<String, Pain001Version> VERSIONS = Map.of("03", Pain001Version.V03, "09",
            Pain001Version.V09);

    private final Map<Pain001Version, Pain001Writer> writers = new EnumMap<>(Pain001Version.class);

    public SepaCreditTransferSchemeWriter(SepaProperties properties, Clock clock) {
        super(properties, clock);
        for (Pain001Version version : Pain001Version.values()) {
            this.writers.put(version, new Pain001Writer(version));
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void write(SubmissionBatch batch, Path directory, String fileName, OffsetDateTime creationTime) {
        SchemeSettings scheme = batch.scheme();
        Originator originator = new Originator(scheme.required("originatorName"), scheme.required("originatorIban"),
                scheme.get("originatorBic", null));
        Pain001Writer writer = this.writers.get(version(scheme, VERSIONS, "09"));
        List<PaymentBlock> blocks = new ArrayList<>();
        Map<PaymentBlock, PaymentGroup> groups = new HashMap<>();
        for (PaymentGroup group : batch.groups()) {
            PaymentBlock block = new PaymentBlock(blockId(batch, blocks.size()), group.executionDate(),
                    group.count(), group.total());
            blocks.add(block);
            groups.put(block, group);
        }
        FileHeader header = new FileHeader(batch.batchId(), creationTime, batch.count(),
                PublishedBatch.total(batch), originator);
        try (BlockStreams<PaymentBlock, CreditTransfer> transfers = new BlockStreams<>(
                (block) -> batch.read(groups.get(block)).map((payment) -> transfer(batch, payment)))) {
            writer.write(directory, fileName, header, blocks, transfers);
        }
    }

    private static CreditTransfer transfer(SubmissionBatch batch, Payment payment) {
        checked(batch, payment, "CREDIT");
        Payment.Counterparty creditor = payment.counterparty();
        return new CreditTransfer(payment.key(), payment.amount(), creditor.name(), creditor.iban(), creditor.bic(),
                remittance(payment));
    }

}

package dev.settle.scheme.sepa;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeWriter;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the SEPA file schemes share: one file {@code <batchId>.xml} per batch in the scheme's directory (see
 * {@link SepaProperties#directory}), found again rather than rewritten when a restart submits the batch again,
 * every payment answered {@code PENDING} under the file's absolute path, and the status look-up by EndToEndId.
 * <p>
 * Published files must stay in the directory: a process that hands them to the bank copies them, it does not
 * move them, or a restart of a batch whose file was moved away would write it again. Subclasses keep no
 * per-batch state, so one instance serves several batches at once.
 */
abstract class SepaFileSchemeWriter implements SchemeWriter {

    private final SepaProperties properties;

    private final Clock clock;

    SepaFileSchemeWriter(SepaProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public SubmissionResult submit(SubmissionBatch batch) {
        Path directory = this.properties.directory(batch.scheme());
        try {
            Files.createDirectories(directory);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the directory " + directory + " of scheme "
                    + batch.scheme().schemeId(), ex);
        }
        String fileName = batch.batchId() + ".xml";
        Path file = SepaPublication.file(directory, fileName);
        if (!PublishedBatch.isPublished(batch, file)) {
            write(batch, directory, fileName, OffsetDateTime.now(this.clock));
        }
        return SubmissionResult.wholeBatch(PaymentOutcome.Status.PENDING, file.toAbsolutePath().toString());
    }

    /**
     * {@code PENDING} under the published file holding the key; {@code UNKNOWN} when the file holding it is complete
     * but its manifest is missing (a restart of its batch publishes the manifest, so the key is not safe to submit
     * elsewhere); else empty. Files learn outcomes from the bank's reports, not from here; this only says whether a
     * key was handed over, so that an empty answer (safe to submit again) is true. It reads every file of the
     * scheme: meant for the rare unknown outcome.
     */
    @Override
    public Optional<PaymentOutcome> status(SchemeSettings settings, String key) {
        return EndToEndIdSearch.find(this.properties.directory(settings), key).map((file) -> Files.exists(
                SepaPublication.manifestOf(file)) ? PaymentOutcome.pending(key, file.toAbsolutePath().toString())
                        : PaymentOutcome.unknown(key, file.toAbsolutePath() + " holds it but has no manifest yet; "
                                + "restart the settlement execution of its batch to publish it"));
    }

    /** Writes and publishes the batch's file, named {@code fileName}, in {@code directory}. */
    abstract void write(SubmissionBatch batch, Path directory, String fileName, OffsetDateTime creationTime);

    /** The payment information id of the batch's group at {@code index} (from zero). */
    static String blockId(SubmissionBatch batch, int index) {
        return batch.batchId() + "-" + (index + 1);
    }

    /**
     * Fails naming the batch and key unless the payment is in euro, goes in {@code direction} and names the
     * counterparty's account.
     */
    static Payment checked(SubmissionBatch batch, Payment payment, String direction) {
        if (!SepaDialect.EUR.equals(payment.currency()) || !direction.equals(payment.direction())) {
            throw new IllegalStateException("Batch " + batch.batchId() + ", payment " + payment.key() + ": a "
                    + payment.direction() + " in " + payment.currency() + "; scheme " + batch.scheme().schemeId()
                    + " (" + batch.scheme().writerType() + ") takes " + direction + " payments in EUR only");
        }
        Payment.Counterparty counterparty = payment.counterparty();
        if (counterparty == null || counterparty.name() == null || counterparty.iban() == null) {
            throw new IllegalStateException("Batch " + batch.batchId() + ", payment " + payment.key()
                    + ": the counterparty's name and IBAN are needed for a SEPA file");
        }
        return payment;
    }

    /** The remittance text: the payment's own, else the tenant's instruction reference. */
    static String remittance(Payment payment) {
        return payment.remittanceInformation() != null ? payment.remittanceInformation() : payment.instructionRef();
    }

    /** The message version the scheme's {@code painVersion} setting names, or {@code fallback}. */
    static <V> V version(SchemeSettings scheme, Map<String, V> versions, String fallback) {
        String code = scheme.get("painVersion", fallback);
        V version = versions.get(code);
        if (version == null) {
            throw new IllegalStateException("Scheme " + scheme.schemeId() + " (" + scheme.writerType()
                    + "): setting 'painVersion' is '" + code + "'; use one of " + new TreeMap<>(versions).keySet());
        }
        return version;
    }

}

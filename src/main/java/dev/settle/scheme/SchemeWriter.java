package dev.settle.scheme;

import java.util.Optional;

/**
 * Submits payments to one kind of payment scheme. Implementations are Spring beans; the
 * {@link SchemeWriterRegistry} finds them by {@link #code()}. See the package documentation for the contract.
 */
public interface SchemeWriter {

    /** The writer type schemes are configured with, e.g. {@code SEPA_SCT}; never changes. */
    String code();

    /**
     * Submits a batch and answers one outcome per payment. Called again with the same batch id and keys after a
     * restart: the answer must then be the same, and nothing may be paid twice.
     *
     * @throws SchemeUnavailableException when the scheme could not be reached at all (retryable)
     */
    SubmissionResult submit(SubmissionBatch batch) throws SchemeUnavailableException;

    /**
     * What the scheme knows of a payment key, for reconciliation; empty when it has no trace of it.
     *
     * @throws SchemeUnavailableException when the scheme could not be reached (retryable)
     */
    Optional<PaymentOutcome> status(SchemeSettings settings, String key) throws SchemeUnavailableException;
}

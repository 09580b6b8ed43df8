package dev.settle.scheme;

import java.util.List;

/**
 * Payments for one scheme submitted together.
 *
 * @param batchId our id of the batch: the file's message id, or the API batch's reference; the same on a resend
 */
public record SubmissionBatch(SchemeSettings scheme, String batchId, List<Payment> payments) {

    public SubmissionBatch {
        payments = List.copyOf(payments);
    }
}

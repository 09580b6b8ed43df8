package dev.settle.scheme;

import java.util.List;
import java.util.Objects;

/**
 * What a scheme answered for a batch: one outcome for every payment. An API answers payment by payment
 * ({@link PerPayment}); a file handed over whole gives every payment of the batch the same outcome
 * ({@link WholeBatch}), typically {@code PENDING} under the file's reference until the bank's report arrives.
 */
public sealed interface SubmissionResult {

    /** One outcome per payment, in any order. A payment of the batch with no outcome here counts as UNKNOWN. */
    record PerPayment(List<PaymentOutcome> outcomes) implements SubmissionResult {

        public PerPayment {
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * The same outcome for every payment of the batch.
     *
     * @param status never {@code REJECTED}: a refused file is a {@link PerPayment} answer or an exception
     * @param schemeReference the file's name or the scheme's batch reference
     */
    record WholeBatch(PaymentOutcome.Status status, String schemeReference) implements SubmissionResult {

        public WholeBatch {
            Objects.requireNonNull(status, "status");
            if (status == PaymentOutcome.Status.REJECTED) {
                throw new IllegalArgumentException("A whole batch is not rejected without a reason per payment");
            }
        }
    }

    static SubmissionResult perPayment(List<PaymentOutcome> outcomes) {
        return new PerPayment(outcomes);
    }

    static SubmissionResult wholeBatch(PaymentOutcome.Status status, String schemeReference) {
        return new WholeBatch(status, schemeReference);
    }
}

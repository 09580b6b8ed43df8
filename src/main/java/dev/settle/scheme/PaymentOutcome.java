package dev.settle.scheme;

/**
 * What a scheme answered for one payment.
 *
 * @param key the payment's key
 * @param schemeReference the scheme's own reference (file id, PSP payment id) when it has one
 * @param reasonCode the scheme's code for a rejection (e.g. {@code AC04}), else null
 * @param reasonText the scheme's text for a rejection, or why the outcome is unknown, else null
 * @param retryable for a rejection: a new attempt under a new key may succeed (a technical or timing reason), so
 *     the instruction is submitted again by a later run instead of failing
 */
public record PaymentOutcome(String key, Status status, String schemeReference, String reasonCode, String reasonText,
        boolean retryable) {

    /** The four answers a scheme can give. */
    public enum Status {
        /** Taken for execution. */
        ACCEPTED,
        /** Refused; the reason says why. Final for this attempt. */
        REJECTED,
        /** Received, decision to come (reconciliation learns it). */
        PENDING,
        /** It may or may not have gone through: never resubmit blindly; reconciliation or an operator decides. */
        UNKNOWN
    }

    public static PaymentOutcome accepted(String key, String schemeReference) {
        return new PaymentOutcome(key, Status.ACCEPTED, schemeReference, null, null, false);
    }

    /** A final rejection: the instruction fails with this reason. */
    public static PaymentOutcome rejected(String key, String reasonCode, String reasonText) {
        return new PaymentOutcome(key, Status.REJECTED, null, reasonCode, reasonText, false);
    }

    /** A rejection a new attempt may overcome: the instruction is submitted again, under a new key. */
    public static PaymentOutcome rejectedRetryable(String key, String reasonCode, String reasonText) {
        return new PaymentOutcome(key, Status.REJECTED, null, reasonCode, reasonText, true);
    }

    public static PaymentOutcome pending(String key, String schemeReference) {
        return new PaymentOutcome(key, Status.PENDING, schemeReference, null, null, false);
    }

    public static PaymentOutcome unknown(String key, String why) {
        return new PaymentOutcome(key, Status.UNKNOWN, null, null, why, false);
    }
}

package dev.settle.settlement;

/** Where one submission attempt stands in the ledger. */
public enum SubmissionState {
    /** Claimed from the order store; not yet handed to the scheme. */
    CLAIMED,
    /** Written into a published file or sent; the scheme has not answered yet. */
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    PENDING,
    /** It may or may not have gone through: never resubmitted blindly. */
    UNKNOWN,
    /** The money moved: the scheme reported it settled or the account shows it booked. */
    SETTLED,
    /** It came back after it settled (an R-transaction return or reversal). */
    RETURNED
}

package dev.settle.reconciliation;

/** What became of a report entry. */
public enum EntryOutcome {
    /** It moved ledger rows (and their instructions and transactions) forward, or added a refund or chargeback. */
    APPLIED,
    /** Its rows were already where it says, or further: recorded, nothing changed. */
    STALE,
    /** It says nothing that moves a row (an informational or partial status). */
    IGNORED,
    /** Taken before, from this or another file: applied once, so nothing more to do. */
    DUPLICATE,
    /** An operator has to look at it: see the exceptions inbox. */
    EXCEPTION
}

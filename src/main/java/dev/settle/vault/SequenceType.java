package dev.settle.vault;

/**
 * The SEPA direct-debit sequence type of a mandate: {@code FRST} until its first collection has been made,
 * {@code RCUR} for every collection after that.
 */
public enum SequenceType {
    FRST,
    RCUR
}

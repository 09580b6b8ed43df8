/**
 * Reconciliation: what schemes report back applied to the submission ledger and the order store, once per entry,
 * through the one status machine: settled, rejected, returned; late reports ignored; what cannot be applied kept
 * in the exceptions inbox. The readers of the report formats live in {@code report}.
 */
package dev.settle.reconciliation;
